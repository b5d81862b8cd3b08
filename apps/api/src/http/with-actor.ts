import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, SessionService } from '@parity/identity';
import { sendDomainError } from './send-domain-error';
import { SESSION_COOKIE } from './session-cookie';

/**
 * The preamble of a REST endpoint behind the session cookie: resolves the actor (null when signed out; the service
 * decides what that means), runs `handle`, and answers a domain error as { code, message } with its status.
 * Anything else is rethrown to Nest.
 */
export async function withActor(
  sessions: SessionService,
  request: FastifyRequest,
  reply: FastifyReply,
  handle: (actor: Actor | null) => Promise<void>,
): Promise<void> {
  try {
    await handle(await sessions.resolve(request.cookies[SESSION_COOKIE] ?? null));
  } catch (error) {
    await sendDomainError(reply, error);
  }
}
