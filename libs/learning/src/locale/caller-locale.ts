import type { EntityManager } from '@mikro-orm/postgresql';
import { isLocale, type Locale } from '@parity/curriculum';
import { loadById, User, type GqlContext } from '@parity/identity';

/** The caller's language (User.locale), loaded once per request; English for an unknown value. */
export async function callerLocale(ctx: GqlContext, em: EntityManager): Promise<Locale> {
  if (!ctx.actor) return 'en';
  const user = await loadById(ctx.loaders, em, User, ctx.actor.userId);
  return isLocale(user.locale) ? user.locale : 'en';
}
