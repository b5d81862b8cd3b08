import type { CopyFormat } from './copy-format';
import type { NotificationLocale } from './notification-locale';

/** One kind's words in one language: the short in-app title and body (also the e-mail's subject and message). */
export interface KindCopy<P> {
  title(params: P, format: CopyFormat): string;
  body(params: P, format: CopyFormat): string;
  /** The label of the e-mail's button. */
  action: string;
}

/** The params fields holding free text of any length (a course title, a link): shortened first when text is too long. */
export type TextField<P> = { [F in keyof P]: P[F] extends string ? F : never }[keyof P];

/** One kind in every language, plus which field to shorten so the in-app title and body fit their limits. */
export interface KindCopyDefinition<P> {
  titleField: TextField<P>;
  bodyField: TextField<P>;
  locales: Record<NotificationLocale, KindCopy<P>>;
}
