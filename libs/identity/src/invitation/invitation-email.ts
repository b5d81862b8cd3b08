import { escapeHtml } from '@parity/shared/mail';

interface InvitationCopy {
  subject: string;
  greeting: (name: string) => string;
  body: (institution: string) => string;
  action: string;
  expiry: (date: string) => string;
  ignore: string;
}

/** The invitation e-mail in every language Parity speaks (Montenegrin uses Latin script, Macedonian Cyrillic). */
const ENGLISH: InvitationCopy = {
  subject: 'You are invited to Parity',
  greeting: (name) => `Hello ${name},`,
  body: (institution) =>
    `${institution} has created an account for you on Parity, the gender equality learning platform.`,
  action: 'Choose your password',
  expiry: (date) => `This link can be used once and expires on ${date}.`,
  ignore: 'If you did not expect this message, you can ignore it.',
};

const COPY: Record<string, InvitationCopy> = {
  en: ENGLISH,
  bs: {
    subject: 'Pozvani ste na Parity',
    greeting: (name) => `Poštovani/a ${name},`,
    body: (institution) =>
      `${institution} vam je otvorila račun na Parity, platformi za učenje o rodnoj ravnopravnosti.`,
    action: 'Odaberite lozinku',
    expiry: (date) => `Link se može iskoristiti jednom i ističe ${date}.`,
    ignore: 'Ako niste očekivali ovu poruku, možete je zanemariti.',
  },
  hr: {
    subject: 'Pozvani ste na Parity',
    greeting: (name) => `Poštovani/a ${name},`,
    body: (institution) =>
      `${institution} otvorila vam je račun na Parity, platformi za učenje o ravnopravnosti spolova.`,
    action: 'Odaberite lozinku',
    expiry: (date) => `Poveznica se može iskoristiti jednom i istječe ${date}.`,
    ignore: 'Ako niste očekivali ovu poruku, možete je zanemariti.',
  },
  'sr-Latn': {
    subject: 'Pozvani ste na Parity',
    greeting: (name) => `Poštovani/a ${name},`,
    body: (institution) =>
      `${institution} vam je otvorila nalog na Parity, platformi za učenje o rodnoj ravnopravnosti.`,
    action: 'Izaberite lozinku',
    expiry: (date) => `Link može da se iskoristi jednom i ističe ${date}.`,
    ignore: 'Ako niste očekivali ovu poruku, možete je zanemariti.',
  },
  'sr-Cyrl': {
    subject: 'Позвани сте на Parity',
    greeting: (name) => `Поштовани/а ${name},`,
    body: (institution) =>
      `${institution} вам је отворила налог на Parity, платформи за учење о родној равноправности.`,
    action: 'Изаберите лозинку',
    expiry: (date) => `Линк може да се искористи једном и истиче ${date}.`,
    ignore: 'Ако нисте очекивали ову поруку, можете је занемарити.',
  },
  cnr: {
    subject: 'Pozvani ste na Parity',
    greeting: (name) => `Poštovani/a ${name},`,
    body: (institution) =>
      `${institution} vam je otvorila nalog na Parity, platformi za učenje o rodnoj ravnopravnosti.`,
    action: 'Izaberite lozinku',
    expiry: (date) => `Link se može iskoristiti jednom i ističe ${date}.`,
    ignore: 'Ako nijeste očekivali ovu poruku, možete je zanemariti.',
  },
  mk: {
    subject: 'Поканети сте на Parity',
    greeting: (name) => `Почитуван/а ${name},`,
    body: (institution) =>
      `${institution} ви отвори профил на Parity, платформата за учење за родова еднаквост.`,
    action: 'Изберете лозинка',
    expiry: (date) => `Врската може да се искористи еднаш и истекува на ${date}.`,
    ignore: 'Ако не ја очекувавте оваа порака, можете да ја занемарите.',
  },
  sq: {
    subject: 'Jeni ftuar në Parity',
    greeting: (name) => `Përshëndetje ${name},`,
    body: (institution) =>
      `${institution} ka krijuar një llogari për ju në Parity, platformën e të mësuarit për barazinë gjinore.`,
    action: 'Zgjidhni fjalëkalimin',
    expiry: (date) => `Kjo lidhje mund të përdoret një herë dhe skadon më ${date}.`,
    ignore: 'Nëse nuk e prisnit këtë mesazh, mund ta injoroni.',
  },
};

/** Intl locale for dates: Montenegrin falls back to Serbian Latin formatting where the runtime lacks `cnr`. */
const INTL_LOCALE: Record<string, string> = { cnr: 'sr-Latn-ME', 'sr-Latn': 'sr-Latn', 'sr-Cyrl': 'sr-Cyrl' };

export const SUPPORTED_LOCALES = Object.keys(COPY);

export function renderInvitationEmail(input: {
  locale: string;
  timeZone: string;
  name: string;
  institution: string;
  link: string;
  expiresAt: Date;
}): { subject: string; text: string; html: string } {
  const copy = COPY[input.locale] ?? ENGLISH;
  const date = new Intl.DateTimeFormat(INTL_LOCALE[input.locale] ?? input.locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: input.timeZone,
  }).format(input.expiresAt);
  const text = [
    copy.greeting(input.name),
    '',
    copy.body(input.institution),
    '',
    `${copy.action}: ${input.link}`,
    '',
    copy.expiry(date),
    copy.ignore,
  ].join('\n');
  const html = `<!doctype html><html lang="${escapeHtml(input.locale)}"><body style="font-family:sans-serif;line-height:1.5">
<p>${escapeHtml(copy.greeting(input.name))}</p>
<p>${escapeHtml(copy.body(input.institution))}</p>
<p><a href="${escapeHtml(input.link)}" style="display:inline-block;padding:10px 16px;background:#1d4e89;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(copy.action)}</a></p>
<p>${escapeHtml(copy.expiry(date))}<br>${escapeHtml(copy.ignore)}</p>
</body></html>`;
  return { subject: copy.subject, text, html };
}
