import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isLocale } from '@parity/curriculum';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import { EmailMessage, EmailOutbox, EmailStatus } from '@parity/shared/mail';
import { NotificationKind } from '../copy/notification-kind';
import { renderNotificationEmail } from '../copy/notification-email';
import { NotificationStatus } from '../notification/notification-status.enum';
import { quietUntil } from '../preference/quiet-until';
import { notificationParams } from '../notification/notification-params-view';
import { actionUrl } from '../notification/action-url';
import { STILL_APPLIES_SQL } from './still-applies-sql';

export type DeliveryOutcome = 'delivered' | 'skipped' | 'already-done' | 'missing';

interface Row {
  id: string;
  email_message_id: string | null;
  user_id: string;
  kind: NotificationKind;
  target_id: string;
  params: Record<string, unknown>;
  mandatory: boolean;
  status: NotificationStatus;
  email: string;
  display_name: string;
  locale: string;
  time_zone: string;
  institution_id: string;
  pref_email: boolean | null;
  pref_in_app: boolean | null;
  quiet_start: number | null;
  quiet_end: number | null;
}

/** Only a coaching session an hour away is urgent enough to break someone's quiet hours. */
const URGENT = new Set([NotificationKind.SESSION_UPCOMING]);

/**
 * Delivers one reminder, once: the row is locked and only a pending one goes on. At send time it re-checks that
 * the reminder still applies and what the person chose (channels per kind; a mandatory reminder always reaches the
 * app); the e-mail is written to the outbox in the same transaction, after the person's quiet hours. Call inside a
 * transaction; hand the returned e-mail to `EmailOutbox.dispatch` after commit.
 */
@Injectable()
export class NotificationDelivery {
  constructor(
    private readonly outbox: EmailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async deliver(
    em: EntityManager,
    notificationId: string,
    now = new Date(),
  ): Promise<{ outcome: DeliveryOutcome; email: EmailMessage | null }> {
    const [row] = await em.execute<Row[]>(
      `select n.id, n.email_message_id, n.user_id, n.kind, n.target_id, n.params, n.mandatory, n.status,
         u.email, u.display_name, u.locale, u.time_zone, u.institution_id,
         p.email as pref_email, p.in_app as pref_in_app, q.start_minute as quiet_start, q.end_minute as quiet_end
       from notification n
       join user_account u on u.id = n.user_id
       left join notification_preference p on p.user_id = n.user_id and p.kind = n.kind
       left join quiet_hours q on q.user_id = n.user_id
       where n.id = ?
       for update of n`,
      [notificationId],
    );
    if (!row) return { outcome: 'missing', email: null };
    if (row.status !== NotificationStatus.PENDING) {
      // Delivered by a run killed before it handed the e-mail over: hand it over now (its job id is its own id).
      const email = row.email_message_id
        ? await em.findOne(EmailMessage, { id: row.email_message_id, status: EmailStatus.PENDING })
        : null;
      return { outcome: 'already-done', email };
    }
    const check = STILL_APPLIES_SQL[row.kind];
    const applies = check
      ? (await em.execute<{ applies: boolean }[]>(check, [row.target_id]))[0]?.applies
      : true;
    if (!applies) return this.skip(em, row.id, 'no-longer-applies');
    const inApp = row.mandatory || (row.pref_in_app ?? true);
    const byEmail = row.pref_email ?? true;
    if (!inApp && !byEmail) return this.skip(em, row.id, 'turned-off');

    let email: EmailMessage | null = null;
    if (byEmail) {
      const locale = isLocale(row.locale) ? row.locale : 'en';
      const quiet =
        row.quiet_start !== null && row.quiet_end !== null && !URGENT.has(row.kind)
          ? quietUntil(now, row.time_zone, row.quiet_start, row.quiet_end)
          : null;
      const rendered = renderNotificationEmail({
        kind: row.kind,
        params: notificationParams(row.kind, row.params, locale, now),
        locale,
        timeZone: row.time_zone,
        recipientName: row.display_name,
        actionUrl: actionUrl(this.config.PUBLIC_URL, row.kind, row.target_id),
        settingsUrl: new URL('/notifications/settings', this.config.PUBLIC_URL).toString(),
      });
      email = this.outbox.write(em, {
        kind: `reminder-${row.kind}`,
        to: row.email,
        locale,
        institutionId: row.institution_id,
        notBefore: quiet,
        ...rendered,
      });
    }
    await em.execute(
      `update notification set status = 'delivered', in_app = ?, delivered_at = ?, email_message_id = ? where id = ?`,
      [inApp, now, email?.id ?? null, row.id],
    );
    return { outcome: 'delivered', email };
  }

  private async skip(
    em: EntityManager,
    id: string,
    reason: string,
  ): Promise<{ outcome: DeliveryOutcome; email: null }> {
    await em.execute(`update notification set status = 'skipped', skipped_reason = ? where id = ?`, [
      reason,
      id,
    ]);
    return { outcome: 'skipped', email: null };
  }
}
