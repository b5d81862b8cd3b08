import type { Locale } from '@parity/curriculum';

/** The words of the public verification page. */
export interface VerifyPageCopy {
  title: string;
  valid: string;
  expired: string;
  revoked: string;
  reason: string;
  holder: string;
  course: string;
  /** The label of a certificate of participation's title (it has no course). */
  certificate: string;
  institution: string;
  issued: string;
  expires: string;
  never: string;
  notFoundTitle: string;
  notFound: string;
  limitedTitle: string;
  limited: string;
  language: string;
  note: string;
}

export const VERIFY_PAGE_COPY: Record<Locale, VerifyPageCopy> = {
  en: {
    title: 'Certificate verification',
    valid: 'This certificate is valid.',
    expired: 'This certificate has expired.',
    revoked: 'This certificate has been revoked.',
    reason: 'Reason',
    holder: 'Awarded to',
    course: 'Course',
    certificate: 'Certificate',
    institution: 'Issued by',
    issued: 'Date of issue',
    expires: 'Valid until',
    never: 'Does not expire',
    notFoundTitle: 'Certificate not found',
    notFound: 'No certificate has this verification code. Check the code on the certificate and try again.',
    limitedTitle: 'Too many checks',
    limited: 'Too many verifications came from your network. Please try again in a few minutes.',
    language: 'Language',
    note: 'Verified by Parity, the gender equality learning platform. The page shows only what the certificate states.',
  },
  bs: {
    title: 'Provjera certifikata',
    valid: 'Ovaj certifikat je važeći.',
    expired: 'Ovom certifikatu je istekao rok važenja.',
    revoked: 'Ovaj certifikat je opozvan.',
    reason: 'Razlog',
    holder: 'Dodijeljen',
    course: 'Kurs',
    certificate: 'Certifikat',
    institution: 'Izdala',
    issued: 'Datum izdavanja',
    expires: 'Važi do',
    never: 'Ne ističe',
    notFoundTitle: 'Certifikat nije pronađen',
    notFound:
      'Nijedan certifikat nema ovaj kod za provjeru. Provjerite kod na certifikatu i pokušajte ponovo.',
    limitedTitle: 'Previše provjera',
    limited: 'Iz vaše mreže stiglo je previše provjera. Pokušajte ponovo za nekoliko minuta.',
    language: 'Jezik',
    note: 'Provjerio Parity, platforma za učenje o rodnoj ravnopravnosti. Stranica prikazuje samo ono što piše na certifikatu.',
  },
  hr: {
    title: 'Provjera certifikata',
    valid: 'Ovaj certifikat je valjan.',
    expired: 'Ovom certifikatu je istekla valjanost.',
    revoked: 'Ovaj certifikat je opozvan.',
    reason: 'Razlog',
    holder: 'Dodijeljen',
    course: 'Tečaj',
    certificate: 'Potvrda',
    institution: 'Izdala',
    issued: 'Datum izdavanja',
    expires: 'Vrijedi do',
    never: 'Ne istječe',
    notFoundTitle: 'Certifikat nije pronađen',
    notFound:
      'Nijedan certifikat nema ovaj kôd za provjeru. Provjerite kôd na certifikatu i pokušajte ponovno.',
    limitedTitle: 'Previše provjera',
    limited: 'Iz vaše mreže stiglo je previše provjera. Pokušajte ponovno za nekoliko minuta.',
    language: 'Jezik',
    note: 'Provjerio Parity, platforma za učenje o ravnopravnosti spolova. Stranica prikazuje samo ono što piše na certifikatu.',
  },
  'sr-Latn': {
    title: 'Provera sertifikata',
    valid: 'Ovaj sertifikat je važeći.',
    expired: 'Ovom sertifikatu je istekao rok važenja.',
    revoked: 'Ovaj sertifikat je opozvan.',
    reason: 'Razlog',
    holder: 'Dodeljen',
    course: 'Kurs',
    certificate: 'Sertifikat',
    institution: 'Izdala',
    issued: 'Datum izdavanja',
    expires: 'Važi do',
    never: 'Ne ističe',
    notFoundTitle: 'Sertifikat nije pronađen',
    notFound: 'Nijedan sertifikat nema ovaj kod za proveru. Proverite kod na sertifikatu i pokušajte ponovo.',
    limitedTitle: 'Previše provera',
    limited: 'Iz vaše mreže je stiglo previše provera. Pokušajte ponovo za nekoliko minuta.',
    language: 'Jezik',
    note: 'Proverio Parity, platforma za učenje o rodnoj ravnopravnosti. Stranica prikazuje samo ono što piše na sertifikatu.',
  },
  'sr-Cyrl': {
    title: 'Провера сертификата',
    valid: 'Овај сертификат је важећи.',
    expired: 'Овом сертификату је истекао рок важења.',
    revoked: 'Овај сертификат је опозван.',
    reason: 'Разлог',
    holder: 'Додељен',
    course: 'Курс',
    certificate: 'Сертификат',
    institution: 'Издала',
    issued: 'Датум издавања',
    expires: 'Важи до',
    never: 'Не истиче',
    notFoundTitle: 'Сертификат није пронађен',
    notFound: 'Ниједан сертификат нема овај код за проверу. Проверите код на сертификату и покушајте поново.',
    limitedTitle: 'Превише провера',
    limited: 'Из ваше мреже је стигло превише провера. Покушајте поново за неколико минута.',
    language: 'Језик',
    note: 'Проверио Parity, платформа за учење о родној равноправности. Страница приказује само оно што пише на сертификату.',
  },
  cnr: {
    title: 'Provjera sertifikata',
    valid: 'Ovaj sertifikat je važeći.',
    expired: 'Ovom sertifikatu je istekao rok važenja.',
    revoked: 'Ovaj sertifikat je opozvan.',
    reason: 'Razlog',
    holder: 'Dodijeljen',
    course: 'Kurs',
    certificate: 'Sertifikat',
    institution: 'Izdala',
    issued: 'Datum izdavanja',
    expires: 'Važi do',
    never: 'Ne ističe',
    notFoundTitle: 'Sertifikat nije pronađen',
    notFound:
      'Nijedan sertifikat nema ovaj kod za provjeru. Provjerite kod na sertifikatu i pokušajte ponovo.',
    limitedTitle: 'Previše provjera',
    limited: 'Iz vaše mreže je stiglo previše provjera. Pokušajte ponovo za nekoliko minuta.',
    language: 'Jezik',
    note: 'Provjerio Parity, platforma za učenje o rodnoj ravnopravnosti. Stranica prikazuje samo ono što piše na sertifikatu.',
  },
  mk: {
    title: 'Проверка на сертификат',
    valid: 'Овој сертификат е важечки.',
    expired: 'На овој сертификат му истече важноста.',
    revoked: 'Овој сертификат е отповикан.',
    reason: 'Причина',
    holder: 'Доделен на',
    course: 'Обука',
    certificate: 'Сертификат',
    institution: 'Издаден од',
    issued: 'Датум на издавање',
    expires: 'Важи до',
    never: 'Не истекува',
    notFoundTitle: 'Сертификатот не е пронајден',
    notFound:
      'Ниеден сертификат нема ваков код за проверка. Проверете го кодот на сертификатот и обидете се повторно.',
    limitedTitle: 'Премногу проверки',
    limited: 'Од вашата мрежа пристигнаа премногу проверки. Обидете се повторно за неколку минути.',
    language: 'Јазик',
    note: 'Проверено од Parity, платформата за учење за родова еднаквост. Страницата го прикажува само она што го наведува сертификатот.',
  },
  sq: {
    title: 'Verifikimi i certifikatës',
    valid: 'Kjo certifikatë është e vlefshme.',
    expired: 'Kjo certifikatë ka skaduar.',
    revoked: 'Kjo certifikatë është revokuar.',
    reason: 'Arsyeja',
    holder: 'I/E dhënë',
    course: 'Kursi',
    certificate: 'Certifikata',
    institution: 'Lëshuar nga',
    issued: 'Data e lëshimit',
    expires: 'E vlefshme deri më',
    never: 'Nuk skadon',
    notFoundTitle: 'Certifikata nuk u gjet',
    notFound:
      'Asnjë certifikatë nuk ka këtë kod verifikimi. Kontrolloni kodin në certifikatë dhe provoni përsëri.',
    limitedTitle: 'Shumë verifikime',
    limited: 'Nga rrjeti juaj erdhën shumë verifikime. Ju lutemi provoni përsëri pas disa minutash.',
    language: 'Gjuha',
    note: 'Verifikuar nga Parity, platforma e të mësuarit për barazinë gjinore. Faqja tregon vetëm atë që shkruan certifikata.',
  },
};

/** Each language named in itself, for the page's language links. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  bs: 'Bosanski',
  hr: 'Hrvatski',
  'sr-Latn': 'Srpski',
  'sr-Cyrl': 'Српски',
  cnr: 'Crnogorski',
  mk: 'Македонски',
  sq: 'Shqip',
};
