import { NOTIFICATION_KINDS, NotificationKind } from './notification-kind';
import { NOTIFICATION_LOCALES } from './notification-locale';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH, renderNotificationText } from './notification-text';
import { SAMPLE_PARAMS } from './sample-params.testing';

const BELGRADE = 'Europe/Belgrade';

function dueSoonTitle(locale: string, daysLeft: number): string {
  const params = { ...SAMPLE_PARAMS[NotificationKind.DUE_SOON], daysLeft };
  return renderNotificationText(NotificationKind.DUE_SOON, params, locale, BELGRADE).title;
}

describe('renderNotificationText', () => {
  describe.each(NOTIFICATION_KINDS)('%s', (kind) => {
    const english = renderNotificationText(kind, SAMPLE_PARAMS[kind], 'en', BELGRADE);

    it.each(NOTIFICATION_LOCALES)('renders complete text within the limits in %s', (locale) => {
      const text = renderNotificationText(kind, SAMPLE_PARAMS[kind], locale, BELGRADE);
      for (const part of [text.title, text.body]) {
        expect(part).not.toMatch(/undefined|NaN|null|\[object/);
        expect(part.trim()).not.toBe('');
      }
      expect(Array.from(text.title).length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
      expect(Array.from(text.body).length).toBeLessThanOrEqual(MAX_BODY_LENGTH);
      if (locale !== 'en') {
        expect(text.title).not.toBe(english.title);
        expect(text.body).not.toBe(english.body);
      }
    });
  });

  it('writes Serbian Cyrillic and Macedonian in Cyrillic, Montenegrin in ijekavian Latin', () => {
    const params = SAMPLE_PARAMS[NotificationKind.NOT_STARTED];
    expect(renderNotificationText(NotificationKind.NOT_STARTED, params, 'sr-Cyrl', BELGRADE).title).toMatch(
      /^Још нисте започели/,
    );
    expect(renderNotificationText(NotificationKind.NOT_STARTED, params, 'mk', BELGRADE).body).toContain(
      'Рок: 15 декември 2026',
    );
    expect(renderNotificationText(NotificationKind.NOT_STARTED, params, 'cnr', BELGRADE).title).toMatch(
      /^Još nijeste započeli/,
    );
  });

  it('falls back to English for a locale Parity does not write', () => {
    expect(dueSoonTitle('de', 7)).toBe('Due in 7 days: Gender perspective in operations');
  });

  it('shows a due date of 16:00 UTC as 17:00 in Belgrade and 16:00 in London, with the zone', () => {
    const params = SAMPLE_PARAMS[NotificationKind.DUE_SOON];
    expect(renderNotificationText(NotificationKind.DUE_SOON, params, 'en', BELGRADE).body).toBe(
      'Complete “Gender perspective in operations” by 30 November 2026 at 17:00 CET. This course is mandatory.',
    );
    expect(renderNotificationText(NotificationKind.DUE_SOON, params, 'en', 'Europe/London').body).toContain(
      '30 November 2026 at 16:00 GMT',
    );
    for (const locale of NOTIFICATION_LOCALES) {
      expect(renderNotificationText(NotificationKind.DUE_SOON, params, locale, BELGRADE).body).toContain(
        '17:00',
      );
      expect(
        renderNotificationText(NotificationKind.DUE_SOON, params, locale, 'Europe/London').body,
      ).toContain('16:00');
    }
    expect(renderNotificationText(NotificationKind.DUE_SOON, params, 'hr', BELGRADE).body).toBe(
      'Završite tečaj „Gender perspective in operations”. Rok: 30. studenoga 2026. u 17:00 CET. Tečaj je obvezan.',
    );
  });

  it.each([
    ['hr', ['1 dan', '2 dana', '5 dana', '21 dan']],
    ['sr-Cyrl', ['1 дан', '2 дана', '5 дана', '21 дан']],
    ['cnr', ['1 dan', '2 dana', '5 dana', '21 dan']],
    ['mk', ['1 ден', '2 дена', '5 дена', '21 ден']],
    ['sq', ['1 ditë', '2 ditë', '5 ditë', '21 ditë']],
    ['en', ['1 day', '2 days', '5 days', '21 days']],
  ])('counts 1, 2, 5 and 21 days in %s with the right plural form', (locale, expected) => {
    expect([1, 2, 5, 21].map((days) => dueSoonTitle(locale, days))).toEqual(
      expected.map((count) => expect.stringMatching(new RegExp(` ${count}[: ]`))),
    );
  });

  it('declines hours, minutes and overdue assignments in Croatian', () => {
    const session = (hoursLeft: number, durationMinutes: number) =>
      renderNotificationText(
        NotificationKind.SESSION_UPCOMING,
        { ...SAMPLE_PARAMS[NotificationKind.SESSION_UPCOMING], hoursLeft, durationMinutes },
        'hr',
        BELGRADE,
      );
    expect(session(1, 1).title).toContain('za 1 sat:');
    expect(session(24, 2).title).toContain('za 24 sata:');
    expect(session(24, 2).body).toContain('Trajanje: 2 minute.');
    expect(session(5, 45).body).toContain('Trajanje: 45 minuta.');
    const digest = (total: number) =>
      renderNotificationText(
        NotificationKind.ESCALATION_DIGEST,
        { ...SAMPLE_PARAMS[NotificationKind.ESCALATION_DIGEST], total },
        'hr',
        BELGRADE,
      ).body;
    expect([1, 2, 5, 21].map(digest)).toEqual([
      expect.stringContaining(': 1 prekoračen rok.'),
      expect.stringContaining(': 2 prekoračena roka.'),
      expect.stringContaining(': 5 prekoračenih rokova.'),
      expect.stringContaining(': 21 prekoračen rok.'),
    ]);
  });

  it('shortens a long course title, not the deadline, to fit the limits', () => {
    const params = {
      ...SAMPLE_PARAMS[NotificationKind.DUE_SOON],
      courseTitle: 'Gender equality '.repeat(20),
    };
    const text = renderNotificationText(NotificationKind.DUE_SOON, params, 'sr-Cyrl', BELGRADE);
    expect(Array.from(text.title).length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(text.title).toMatch(/^Рок истиче за 7 дана: Gender equality .*…$/);
    expect(Array.from(text.body).length).toBeLessThanOrEqual(MAX_BODY_LENGTH);
    expect(text.body).toMatch(/…“\. Рок: 30\. новембар 2026\. 17:00 CET\. Курс је обавезан\.$/);
  });
});
