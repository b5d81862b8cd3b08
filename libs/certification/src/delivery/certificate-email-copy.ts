/** The words of the certificate e-mail. */
export interface CertificateEmailCopy {
  subject: (course: string) => string;
  greeting: (name: string) => string;
  body: (course: string, institution: string) => string;
  validUntil: (date: string) => string;
  verify: string;
  mine: string;
}

const ENGLISH: CertificateEmailCopy = {
  subject: (course) => `Your certificate: ${course}`,
  greeting: (name) => `Hello ${name},`,
  body: (course, institution) =>
    `congratulations on completing “${course}”. ${institution} has issued your certificate.`,
  validUntil: (date) => `It is valid until ${date}.`,
  verify: 'Anyone can check it at',
  mine: 'Download the PDF and the digital badge from My certificates',
};

/** Every language Parity speaks; Montenegrin in Latin script, Macedonian and Serbian Cyrillic in Cyrillic. */
export const CERTIFICATE_EMAIL_COPY: Record<string, CertificateEmailCopy> = {
  en: ENGLISH,
  bs: {
    subject: (course) => `Vaš certifikat: ${course}`,
    greeting: (name) => `Poštovani/a ${name},`,
    body: (course, institution) =>
      `čestitamo na završetku kursa „${course}”. ${institution} vam je izdala certifikat.`,
    validUntil: (date) => `Važi do ${date}.`,
    verify: 'Svako ga može provjeriti na',
    mine: 'PDF i digitalni bedž preuzmite u Mojim certifikatima',
  },
  hr: {
    subject: (course) => `Vaš certifikat: ${course}`,
    greeting: (name) => `Poštovani/a ${name},`,
    body: (course, institution) =>
      `čestitamo na završetku tečaja „${course}”. ${institution} izdala vam je certifikat.`,
    validUntil: (date) => `Vrijedi do ${date}.`,
    verify: 'Svatko ga može provjeriti na',
    mine: 'PDF i digitalnu značku preuzmite u Mojim certifikatima',
  },
  'sr-Latn': {
    subject: (course) => `Vaš sertifikat: ${course}`,
    greeting: (name) => `Poštovani/a ${name},`,
    body: (course, institution) =>
      `čestitamo na završetku kursa „${course}”. ${institution} vam je izdala sertifikat.`,
    validUntil: (date) => `Važi do ${date}.`,
    verify: 'Svako može da ga proveri na',
    mine: 'PDF i digitalni bedž preuzmite u Mojim sertifikatima',
  },
  'sr-Cyrl': {
    subject: (course) => `Ваш сертификат: ${course}`,
    greeting: (name) => `Поштовани/а ${name},`,
    body: (course, institution) =>
      `честитамо на завршетку курса „${course}”. ${institution} вам је издала сертификат.`,
    validUntil: (date) => `Важи до ${date}.`,
    verify: 'Свако може да га провери на',
    mine: 'PDF и дигитални беџ преузмите у Мојим сертификатима',
  },
  cnr: {
    subject: (course) => `Vaš sertifikat: ${course}`,
    greeting: (name) => `Poštovani/a ${name},`,
    body: (course, institution) =>
      `čestitamo na završetku kursa „${course}”. ${institution} vam je izdala sertifikat.`,
    validUntil: (date) => `Važi do ${date}.`,
    verify: 'Svako ga može provjeriti na',
    mine: 'PDF i digitalni bedž preuzmite u Mojim sertifikatima',
  },
  mk: {
    subject: (course) => `Вашиот сертификат: ${course}`,
    greeting: (name) => `Почитуван/а ${name},`,
    body: (course, institution) =>
      `ви честитаме за завршувањето на обуката „${course}“. ${institution} ви издаде сертификат.`,
    validUntil: (date) => `Важи до ${date}.`,
    verify: 'Секој може да го провери на',
    mine: 'PDF-от и дигиталната значка преземете ги во Моите сертификати',
  },
  sq: {
    subject: (course) => `Certifikata juaj: ${course}`,
    greeting: (name) => `Përshëndetje ${name},`,
    body: (course, institution) =>
      `urime për përfundimin e kursit “${course}”. ${institution} ju ka lëshuar certifikatën.`,
    validUntil: (date) => `Është e vlefshme deri më ${date}.`,
    verify: 'Kushdo mund ta verifikojë në',
    mine: 'Shkarkoni PDF-në dhe distinktivin dixhital te Certifikatat e mia',
  },
};

export const certificateEmailCopy = (locale: string): CertificateEmailCopy =>
  CERTIFICATE_EMAIL_COPY[locale] ?? ENGLISH;
