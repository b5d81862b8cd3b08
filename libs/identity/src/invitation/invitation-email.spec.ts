import { renderInvitationEmail, SUPPORTED_LOCALES } from './invitation-email';

const base = {
  timeZone: 'Europe/Podgorica',
  name: 'Ana <Anić>',
  institution: 'Ministry of Defence',
  link: 'https://parity.example/accept-invitation#token=abc',
  expiresAt: new Date('2026-12-01T09:30:00Z'),
};

describe('the invitation e-mail', () => {
  it('exists in all eight languages, each written in that language (no English copies)', () => {
    expect([...SUPPORTED_LOCALES].sort()).toEqual([
      'bs',
      'cnr',
      'en',
      'hr',
      'mk',
      'sq',
      'sr-Cyrl',
      'sr-Latn',
    ]);
    const english = renderInvitationEmail({ ...base, locale: 'en' });
    const bodies = SUPPORTED_LOCALES.map((locale) => renderInvitationEmail({ ...base, locale }).text);
    expect(new Set(bodies).size).toBe(8);
    for (const locale of SUPPORTED_LOCALES.filter((l) => l !== 'en')) {
      expect(renderInvitationEmail({ ...base, locale }).subject).not.toBe(english.subject);
    }
  });

  it('shows the expiry in the person’s time zone and carries the link in text and HTML', () => {
    const mail = renderInvitationEmail({ ...base, locale: 'en' });
    expect(mail.text).toContain('10:30');
    expect(mail.text).toContain(base.link);
    expect(mail.html).toContain('href="https://parity.example/accept-invitation#token=abc"');
  });

  it('escapes names in the HTML body', () => {
    const mail = renderInvitationEmail({ ...base, locale: 'sr-Cyrl' });
    expect(mail.html).toContain('Ana &lt;Anić&gt;');
    expect(mail.html).not.toContain('<Anić>');
    expect(mail.subject).toBe('Позвани сте на Parity');
  });

  it('falls back to English for an unknown locale', () => {
    expect(renderInvitationEmail({ ...base, locale: 'de' }).subject).toBe('You are invited to Parity');
  });
});
