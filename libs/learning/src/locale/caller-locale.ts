import type { EntityManager } from '@mikro-orm/postgresql';
import { isLocale, type Locale } from '@parity/curriculum';
import { loadById, User, type GqlContext } from '@parity/identity';

/**
 * The language to show content in: the one the client reads in (its interface language, see GqlContext.locale),
 * else the caller's profile language (loaded once per request), else English.
 */
export async function callerLocale(ctx: GqlContext, em: EntityManager): Promise<Locale> {
  if (ctx.locale && isLocale(ctx.locale)) return ctx.locale;
  if (!ctx.actor) return 'en';
  const user = await loadById(ctx.loaders, em, User, ctx.actor.userId);
  return isLocale(user.locale) ? user.locale : 'en';
}
