import { NOTIFICATION_KINDS, NotificationKind } from './notification-kind';
import { NOTIFICATION_LOCALES } from './notification-locale';
import { MAX_DIGEST_ITEMS } from './notification-params';
import { renderNotificationEmail } from './notification-email';
import { SAMPLE_PARAMS } from './sample-params.testing';

const LINKS = {
  actionUrl: 'https://parity.test/learn/enrolments/42?from=mail&x=1',
  settingsUrl: 'https://parity.test/settings/notifications?token=abc&kind=due_soon',
};

describe('renderNotificationEmail', () => {
  describe.each(NOTIFICATION_KINDS)('%s', (kind) => {
    it.each(NOTIFICATION_LOCALES)('greets, links to act and to settings in %s', (locale) => {
      const mail = renderNotificationEmail({
        kind,
        params: SAMPLE_PARAMS[kind],
        locale,
        timeZone: 'Europe/Sarajevo',
        recipientName: 'Amra Hodžić',
        ...LINKS,
      });
      for (const part of [mail.subject, mail.text, mail.html]) {
        expect(part).not.toMatch(/undefined|NaN|\[object/);
      }
      expect(mail.text).toContain('Amra Hodžić');
      expect(mail.text).toContain(LINKS.actionUrl);
      expect(mail.text).toContain(LINKS.settingsUrl);
      expect(mail.html).toContain('Amra Hodžić');
      expect(mail.html).toContain('href="https://parity.test/learn/enrolments/42?from=mail&amp;x=1"');
      expect(mail.html).toContain(
        'href="https://parity.test/settings/notifications?token=abc&amp;kind=due_soon"',
      );
      expect(mail.html).toContain(`<html lang="${locale}">`);
    });
  });

  it('writes the English settings footer as one line with the link', () => {
    const mail = renderNotificationEmail({
      kind: NotificationKind.INACTIVE,
      params: SAMPLE_PARAMS[NotificationKind.INACTIVE],
      locale: 'en',
      timeZone: 'Europe/Skopje',
      recipientName: 'Ana',
      ...LINKS,
    });
    expect(mail.subject).toBe('Continue where you left off: Preventing sexual harassment');
    expect(mail.text.split('\n')).toEqual([
      'Hello Ana,',
      '',
      'You have completed 45% of “Preventing sexual harassment”. Your last activity was on 20 October 2026.',
      '',
      `Continue the course: ${LINKS.actionUrl}`,
      '',
      '—',
      `Change which reminders you receive: ${LINKS.settingsUrl}`,
    ]);
  });

  it('escapes a course title and a name containing HTML', () => {
    const mail = renderNotificationEmail({
      kind: NotificationKind.DUE_SOON,
      params: {
        ...SAMPLE_PARAMS[NotificationKind.DUE_SOON],
        courseTitle: '<script>alert("x")</script> & co',
      },
      locale: 'bs',
      timeZone: 'Europe/Sarajevo',
      recipientName: '<b>Mirza</b>',
      ...LINKS,
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>Mirza');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(mail.text).toContain('„<script>alert("x")</script> & co“');
  });

  it('lists digest items in a table and as lines, capped with a count of the rest', () => {
    const item = {
      personName: 'Ana <Anić>',
      courseTitle: 'UNSCR 1325',
      dueAt: '2026-11-30T16:00:00Z',
      overdueDays: 2,
    };
    const mail = renderNotificationEmail({
      kind: NotificationKind.ESCALATION_DIGEST,
      params: { institutionName: 'MO BiH', items: Array.from({ length: 60 }, () => item), total: 75 },
      locale: 'hr',
      timeZone: 'Europe/Sarajevo',
      recipientName: 'Admin',
      ...LINKS,
    });
    expect(mail.subject).toBe('Prekoračeni rokovi: MO BiH');
    expect(mail.text).toContain('MO BiH: 75 prekoračenih rokova.');
    expect(mail.text).toContain(
      '- Ana <Anić> — UNSCR 1325 — Rok: 30. studenoga 2026. u 17:00 CET — Kašnjenje: 2 dana',
    );
    expect(mail.text.match(/^- Ana/gm)).toHaveLength(MAX_DIGEST_ITEMS);
    expect(mail.text).toContain('… i još 25. Cijeli popis nalazi se u pregledu.');
    expect(mail.html).toContain(
      '<th style="padding:4px 8px;border-bottom:1px solid #ddd;text-align:left">Osoba</th>',
    );
    expect(mail.html.match(/<tr><td/g)).toHaveLength(MAX_DIGEST_ITEMS);
    expect(mail.html).toContain('>Ana &lt;Anić&gt;</td>');
  });
});
