import { createCopyFormat } from './copy-format';
import { fitToLength } from './fit-to-length';
import { NOTIFICATION_COPY } from './notification-copy-table';
import type { NotificationKind } from './notification-kind';
import { resolveNotificationLocale } from './notification-locale';
import type { NotificationParamsOf } from './notification-params';

/** In-app limits: the title fits one line of the notification list, the body two lines of the panel. */
export const MAX_TITLE_LENGTH = 80;
export const MAX_BODY_LENGTH = 200;

export interface NotificationText {
  title: string;
  body: string;
}

/**
 * The short in-app text of a notification, in the person's language and time zone. Rendered when shown, from the
 * stored params, so a person who changes language sees old notifications in the new one.
 */
export function renderNotificationText<K extends NotificationKind>(
  kind: K,
  params: NotificationParamsOf<K>,
  locale: string,
  timeZone: string,
): NotificationText {
  const resolved = resolveNotificationLocale(locale);
  const definition = NOTIFICATION_COPY[kind];
  const copy = definition.locales[resolved];
  const format = createCopyFormat(resolved, timeZone);
  const { titleField, bodyField } = definition;
  return {
    title: fitToLength(MAX_TITLE_LENGTH, String(params[titleField]), (value) =>
      copy.title({ ...params, [titleField]: value }, format),
    ),
    body: fitToLength(MAX_BODY_LENGTH, String(params[bodyField]), (value) =>
      copy.body({ ...params, [bodyField]: value }, format),
    ),
  };
}
