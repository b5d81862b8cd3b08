import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionCookie } from '@parity/identity';

export const SESSION_COOKIE = 'parity_session';

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site posts), Secure when the
 * public address is https, scoped to the whole site, expiring with the server-side session.
 */
export function sessionCookie(request: FastifyRequest, reply: FastifyReply, secure: boolean): SessionCookie {
  return {
    token: request.cookies[SESSION_COOKIE] ?? null,
    set(token, expiresAt) {
      void reply.setCookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'lax',
        secure,
        path: '/',
        expires: expiresAt,
      });
    },
    clear() {
      void reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
    },
  };
}
