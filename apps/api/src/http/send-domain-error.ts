import type { FastifyReply } from 'fastify';
import { DomainError } from '@parity/shared/errors';
import { httpStatusOf } from '../graphql/error-codes';

/** Answers a domain error as { code, message } with its HTTP status, as the other REST endpoints do; rethrows the rest. */
export async function sendDomainError(reply: FastifyReply, error: unknown): Promise<void> {
  if (error instanceof DomainError && !reply.sent) {
    await reply
      .status(httpStatusOf(error.code))
      .header('Cache-Control', 'no-store')
      .send({ code: error.code, message: error.message, ...error.details });
    return;
  }
  throw error;
}
