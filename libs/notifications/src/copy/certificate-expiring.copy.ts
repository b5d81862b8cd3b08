import type { CertificateExpiringParams } from './notification-params';
import type { KindCopyDefinition } from './kind-copy';

/** Sent before a certificate lapses; the button opens the certificates page, where renewal is explained. */
export const CERTIFICATE_EXPIRING_COPY: KindCopyDefinition<CertificateExpiringParams> = {
  titleField: 'courseTitle',
  bodyField: 'courseTitle',
  locales: {
    en: {
      title: (p, f) => `Certificate expires in ${f.days(p.daysLeft)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Your certificate for “${p.courseTitle}” expires on ${f.date(p.expiresAt)}. See how to renew it.`,
      action: 'View your certificates',
    },
    bs: {
      title: (p, f) => `Certifikat ističe za ${f.days(p.daysLeft)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Vaš certifikat za kurs „${p.courseTitle}“ uskoro ističe. Datum isteka: ${f.date(p.expiresAt)} ` +
        'Provjerite kako ga obnoviti.',
      action: 'Moji certifikati',
    },
    hr: {
      title: (p, f) => `Certifikat istječe za ${f.days(p.daysLeft)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Vaš certifikat za tečaj „${p.courseTitle}” uskoro istječe. Datum isteka: ${f.date(p.expiresAt)} ` +
        'Provjerite kako ga obnoviti.',
      action: 'Moji certifikati',
    },
    'sr-Latn': {
      title: (p, f) => `Sertifikat ističe za ${f.days(p.daysLeft)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Vaš sertifikat za kurs „${p.courseTitle}“ uskoro ističe. Datum isteka: ${f.date(p.expiresAt)} ` +
        'Proverite kako da ga obnovite.',
      action: 'Moji sertifikati',
    },
    'sr-Cyrl': {
      title: (p, f) => `Сертификат истиче за ${f.days(p.daysLeft)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Ваш сертификат за курс „${p.courseTitle}“ ускоро истиче. Датум истека: ${f.date(p.expiresAt)} ` +
        'Проверите како да га обновите.',
      action: 'Моји сертификати',
    },
    cnr: {
      title: (p, f) => `Sertifikat ističe za ${f.days(p.daysLeft)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Vaš sertifikat za kurs „${p.courseTitle}“ uskoro ističe. Datum isteka: ${f.date(p.expiresAt)} ` +
        'Provjerite kako da ga obnovite.',
      action: 'Moji sertifikati',
    },
    mk: {
      title: (p, f) => `Сертификатот истекува за ${f.days(p.daysLeft)}: ${p.courseTitle}`,
      body: (p, f) =>
        `Вашиот сертификат за курсот „${p.courseTitle}“ наскоро истекува. Датум на истекување: ${f.date(p.expiresAt)} ` +
        'Проверете како да го обновите.',
      action: 'Мои сертификати',
    },
    sq: {
      title: (p, f) => `Edhe ${f.days(p.daysLeft)} deri në skadimin e certifikatës: ${p.courseTitle}`,
      body: (p, f) =>
        `Certifikata juaj për kursin “${p.courseTitle}” skadon së shpejti. Data e skadimit: ${f.date(p.expiresAt)}. ` +
        'Shihni si ta rinovoni.',
      action: 'Certifikatat e mia',
    },
  },
};
