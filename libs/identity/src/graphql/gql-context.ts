import type { LoaderRegistry } from '@parity/shared/database';
import type { Actor } from '../authz/actor';

/** The session cookie of the current request, set and cleared by the HTTP layer. */
export interface SessionCookie {
  readonly token: string | null;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** What every resolver gets: the caller, where the request came from, the cookie, per-request loaders. */
export interface GqlContext {
  actor: Actor | null;
  ip: string;
  session: SessionCookie;
  loaders: LoaderRegistry;
  /**
   * The language the client reads in, when its Accept-Language names one of Parity's exactly (the web app sends its
   * interface language): course content follows it; without it, the profile's language.
   */
  locale?: string | null;
}
