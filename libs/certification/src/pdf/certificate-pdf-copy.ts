/** Every label printed on a certificate, in one language. */
export interface CertificatePdfCopy {
  heading: string;
  certifies: string;
  completed: string;
  /** The heading of a certificate of participation (a completed coaching engagement); also its title's prefix. */
  participationHeading: string;
  /** Between the holder's name and the programme's on a certificate of participation. */
  participated: string;
  issuedOn: (date: string) => string;
  validUntil: (date: string) => string;
  serial: (serial: string) => string;
  verifyAt: (url: string) => string;
}

const ENGLISH: CertificatePdfCopy = {
  heading: 'Certificate of completion',
  certifies: 'This certifies that',
  completed: 'has completed',
  participationHeading: 'Certificate of participation',
  participated: 'has taken part in the coaching programme',
  issuedOn: (date) => `Issued on ${date}`,
  validUntil: (date) => `Valid until ${date}`,
  serial: (serial) => `Certificate no. ${serial}`,
  verifyAt: (url) => `Verify at ${url}`,
};

/**
 * The certificate in every language Parity speaks (Montenegrin uses Latin script, Macedonian Cyrillic). The South
 * Slavic past tense is gendered and the holder's gender is not known, so "završio/la" follows the slash form the
 * invitation e-mail uses ("Poštovani/a"); the Macedonian aorist and the Albanian perfect are not gendered.
 */
const COPY: Record<string, CertificatePdfCopy> = {
  en: ENGLISH,
  bs: {
    heading: 'Certifikat o završetku',
    certifies: 'Ovim se potvrđuje da je',
    completed: 'uspješno završio/la',
    participationHeading: 'Certifikat o učešću',
    participated: 'učestvovao/la u koučing programu',
    issuedOn: (date) => `Izdato ${date}`,
    validUntil: (date) => `Vrijedi do ${date}`,
    serial: (serial) => `Broj certifikata ${serial}`,
    verifyAt: (url) => `Provjerite na ${url}`,
  },
  hr: {
    heading: 'Potvrda o završetku',
    certifies: 'Ovime se potvrđuje da je',
    completed: 'uspješno završio/la',
    participationHeading: 'Potvrda o sudjelovanju',
    participated: 'sudjelovao/la u coaching programu',
    issuedOn: (date) => `Izdano ${date}`,
    validUntil: (date) => `Vrijedi do ${date}`,
    serial: (serial) => `Broj potvrde ${serial}`,
    verifyAt: (url) => `Provjerite na ${url}`,
  },
  'sr-Latn': {
    heading: 'Sertifikat o završetku',
    certifies: 'Ovim se potvrđuje da je',
    completed: 'uspešno završio/la',
    participationHeading: 'Sertifikat o učešću',
    participated: 'učestvovao/la u koučing programu',
    issuedOn: (date) => `Izdato ${date}`,
    validUntil: (date) => `Važi do ${date}`,
    serial: (serial) => `Broj sertifikata ${serial}`,
    verifyAt: (url) => `Proverite na ${url}`,
  },
  'sr-Cyrl': {
    heading: 'Сертификат о завршетку',
    certifies: 'Овим се потврђује да је',
    completed: 'успешно завршио/ла',
    participationHeading: 'Сертификат о учешћу',
    participated: 'учествовао/ла у коучинг програму',
    issuedOn: (date) => `Издато ${date}`,
    validUntil: (date) => `Важи до ${date}`,
    serial: (serial) => `Број сертификата ${serial}`,
    verifyAt: (url) => `Проверите на ${url}`,
  },
  cnr: {
    heading: 'Sertifikat o završetku',
    certifies: 'Ovim se potvrđuje da je',
    completed: 'uspješno završio/la',
    participationHeading: 'Sertifikat o učešću',
    participated: 'učestvovao/la u koučing programu',
    issuedOn: (date) => `Izdato ${date}`,
    validUntil: (date) => `Važi do ${date}`,
    serial: (serial) => `Broj sertifikata ${serial}`,
    verifyAt: (url) => `Provjerite na ${url}`,
  },
  mk: {
    heading: 'Сертификат за завршување',
    certifies: 'Со ова се потврдува дека',
    completed: 'успешно ја заврши обуката',
    participationHeading: 'Сертификат за учество',
    participated: 'учествуваше во програмата за коучинг',
    issuedOn: (date) => `Издаден на ${date}`,
    validUntil: (date) => `Важи до ${date}`,
    serial: (serial) => `Број на сертификат ${serial}`,
    verifyAt: (url) => `Проверете на ${url}`,
  },
  sq: {
    heading: 'Certifikatë përfundimi',
    certifies: 'Vërtetohet se',
    completed: 'ka përfunduar me sukses',
    participationHeading: 'Certifikatë pjesëmarrjeje',
    participated: 'ka marrë pjesë në programin e coaching-ut',
    issuedOn: (date) => `Lëshuar më ${date}`,
    validUntil: (date) => `E vlefshme deri më ${date}`,
    serial: (serial) => `Nr. i certifikatës ${serial}`,
    verifyAt: (url) => `Verifikoni në ${url}`,
  },
};

/** Intl locale for dates: Montenegrin is formatted as Serbian Latin for Montenegro where the runtime lacks `cnr`. */
const INTL_LOCALE: Record<string, string> = { cnr: 'sr-Latn-ME' };

/** The locales with their own copy; any other locale is rendered in English. */
export const CERTIFICATE_PDF_LOCALES: readonly string[] = Object.keys(COPY);

/** The supported locale a certificate is rendered in (unknown locales fall back to English). */
export function certificateLocale(locale: string): string {
  return COPY[locale] ? locale : 'en';
}

/** The labels for a locale, English when the locale is unknown. */
export function certificateCopy(locale: string): CertificatePdfCopy {
  return COPY[certificateLocale(locale)] ?? ENGLISH;
}

/** Building an Intl.DateTimeFormat costs more than setting a page of text; there are 8 locales × a few zones. */
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a date (no time: a certificate is valid for whole days) in the locale and the learner's time zone; an
 * unknown zone throws a RangeError (zones are validated where they are stored).
 */
export function formatCertificateDate(date: Date, locale: string, timeZone: string): string {
  const supported = certificateLocale(locale);
  const key = `${supported} ${timeZone}`;
  let format = DATE_FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[supported] ?? supported, { dateStyle: 'long', timeZone });
    DATE_FORMATS.set(key, format);
  }
  return format.format(date);
}
