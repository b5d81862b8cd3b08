/** The words of the certificate e-mail. */
export interface CertificateEmailCopy {
  subject: (course: string) => string;
  greeting: (name: string) => string;
  body: (course: string, institution: string) => string;
  /** The body of a certificate of participation (a completed coaching engagement). */
  participationBody: (programme: string, institution: string) => string;
  validUntil: (date: string) => string;
  verify: string;
  mine: string;
}

const ENGLISH: CertificateEmailCopy = {
  subject: (course) => `Your certificate: ${course}`,
  greeting: (name) => `Hello ${name},`,
  body: (course, institution) =>
    `congratulations on completing “${course}”. ${institution} has issued your certificate.`,
  participationBody: (programme, institution) =>
    `congratulations on completing the coaching programme “${programme}”. ${institution} has issued your certificate of participation.`,
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
    participationBody: (programme, institution) =>
      `čestitamo na završetku koučing programa „${programme}”. ${institution} vam je izdala certifikat o učešću.`,
    validUntil: (date) => `Važi do ${date}.`,
    verify: 'Svako ga može provjeriti na',
    mine: 'PDF i digitalni bedž preuzmite u Mojim certifikatima',
  },
  hr: {
    subject: (course) => `Vaš certifikat: ${course}`,
    greeting: (name) => `Poštovani/a ${name},`,
    body: (course, institution) =>
      `čestitamo na završetku tečaja „${course}”. ${institution} izdala vam je certifikat.`,
    participationBody: (programme, institution) =>
      `čestitamo na završetku coaching programa „${programme}”. ${institution} izdala vam je potvrdu o sudjelovanju.`,
    validUntil: (date) => `Vrijedi do ${date}.`,
    verify: 'Svatko ga može provjeriti na',
    mine: 'PDF i digitalnu značku preuzmite u Mojim certifikatima',
  },
  'sr-Latn': {
    subject: (course) => `Vaš sertifikat: ${course}`,
    greeting: (name) => `Poštovani/a ${name},`,
    body: (course, institution) =>
      `čestitamo na završetku kursa „${course}”. ${institution} vam je izdala sertifikat.`,
    participationBody: (programme, institution) =>
      `čestitamo na završetku koučing programa „${programme}”. ${institution} vam je izdala sertifikat o učešću.`,
    validUntil: (date) => `Važi do ${date}.`,
    verify: 'Svako može da ga proveri na',
    mine: 'PDF i digitalni bedž preuzmite u Mojim sertifikatima',
  },
  'sr-Cyrl': {
    subject: (course) => `Ваш сертификат: ${course}`,
    greeting: (name) => `Поштовани/а ${name},`,
    body: (course, institution) =>
      `честитамо на завршетку курса „${course}”. ${institution} вам је издала сертификат.`,
    participationBody: (programme, institution) =>
      `честитамо на завршетку коучинг програма „${programme}”. ${institution} вам је издала сертификат о учешћу.`,
    validUntil: (date) => `Важи до ${date}.`,
    verify: 'Свако може да га провери на',
    mine: 'PDF и дигитални беџ преузмите у Мојим сертификатима',
  },
  cnr: {
    subject: (course) => `Vaš sertifikat: ${course}`,
    greeting: (name) => `Poštovani/a ${name},`,
    body: (course, institution) =>
      `čestitamo na završetku kursa „${course}”. ${institution} vam je izdala sertifikat.`,
    participationBody: (programme, institution) =>
      `čestitamo na završetku koučing programa „${programme}”. ${institution} vam je izdala sertifikat o učešću.`,
    validUntil: (date) => `Važi do ${date}.`,
    verify: 'Svako ga može provjeriti na',
    mine: 'PDF i digitalni bedž preuzmite u Mojim sertifikatima',
  },
  mk: {
    subject: (course) => `Вашиот сертификат: ${course}`,
    greeting: (name) => `Почитуван/а ${name},`,
    body: (course, institution) =>
      `ви честитаме за завршувањето на обуката „${course}“. ${institution} ви издаде сертификат.`,
    participationBody: (programme, institution) =>
      `ви честитаме за завршувањето на програмата за коучинг „${programme}“. ${institution} ви издаде сертификат за учество.`,
    validUntil: (date) => `Важи до ${date}.`,
    verify: 'Секој може да го провери на',
    mine: 'PDF-от и дигиталната значка преземете ги во Моите сертификати',
  },
  sq: {
    subject: (course) => `Certifikata juaj: ${course}`,
    greeting: (name) => `Përshëndetje ${name},`,
    body: (course, institution) =>
      `urime për përfundimin e kursit “${course}”. ${institution} ju ka lëshuar certifikatën.`,
    participationBody: (programme, institution) =>
      `urime për përfundimin e programit të coaching-ut “${programme}”. ${institution} ju ka lëshuar certifikatën e pjesëmarrjes.`,
    validUntil: (date) => `Është e vlefshme deri më ${date}.`,
    verify: 'Kushdo mund ta verifikojë në',
    mine: 'Shkarkoni PDF-në dhe distinktivin dixhital te Certifikatat e mia',
  },
};

export const certificateEmailCopy = (locale: string): CertificateEmailCopy =>
  CERTIFICATE_EMAIL_COPY[locale] ?? ENGLISH;
