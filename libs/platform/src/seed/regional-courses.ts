/**
 * The courses of the generated catalogue besides the demo course (each a published copy of its content under its own
 * title): the training a regional gender programme offers. `validityMonths`: certificates expire (refresher courses).
 */
export const REGIONAL_COURSES: {
  title: Record<string, string>;
  popularity: number;
  validityMonths: number | null;
}[] = [
  {
    title: {
      en: 'Gender perspectives in military operations',
      'sr-Latn': 'Rodna perspektiva u vojnim operacijama',
      mk: 'Родова перспектива во воените операции',
    },
    popularity: 2,
    validityMonths: null,
  },
  {
    title: {
      en: 'Preventing sexual harassment and discrimination',
      'sr-Latn': 'Sprečavanje seksualnog uznemiravanja i diskriminacije',
      mk: 'Спречување сексуално вознемирување и дискриминација',
    },
    popularity: 2.5,
    validityMonths: 12,
  },
  {
    title: {
      en: 'Gender-based violence: recognising and referring',
      'sr-Latn': 'Rodno zasnovano nasilje: prepoznavanje i upućivanje',
      mk: 'Родово базирано насилство: препознавање и упатување',
    },
    popularity: 1.5,
    validityMonths: null,
  },
  {
    title: {
      en: 'Gender-responsive leadership for commanders',
      'sr-Latn': 'Rodno odgovorno liderstvo za komandante',
      mk: 'Родово одговорно лидерство за командантите',
    },
    popularity: 1,
    validityMonths: null,
  },
  {
    title: {
      en: 'Gender analysis in defence planning',
      'sr-Latn': 'Rodna analiza u planiranju odbrane',
      mk: 'Родова анализа во планирањето на одбраната',
    },
    popularity: 1,
    validityMonths: null,
  },
  {
    title: {
      en: 'Equality law and institutional mechanisms',
      'sr-Latn': 'Zakon o ravnopravnosti i institucionalni mehanizmi',
      mk: 'Закон за еднаквост и институционални механизми',
    },
    popularity: 1.2,
    validityMonths: 24,
  },
  {
    title: {
      en: 'Inclusive recruitment and retention',
      'sr-Latn': 'Inkluzivno regrutovanje i zadržavanje kadra',
      mk: 'Инклузивно регрутирање и задржување на кадарот',
    },
    popularity: 0.8,
    validityMonths: null,
  },
  {
    title: {
      en: 'Gender focal points: the role in practice',
      'sr-Latn': 'Kontakt osobe za rodna pitanja: uloga u praksi',
      mk: 'Лица за контакт за родови прашања: улогата во пракса',
    },
    popularity: 0.7,
    validityMonths: null,
  },
  {
    title: {
      en: 'Gender-sensitive communication',
      'sr-Latn': 'Rodno osetljiva komunikacija',
      mk: 'Родово чувствителна комуникација',
    },
    popularity: 1,
    validityMonths: null,
  },
  {
    title: {
      en: 'Women in peacekeeping missions',
      'sr-Latn': 'Žene u mirovnim misijama',
      mk: 'Жените во мировните мисии',
    },
    popularity: 0.9,
    validityMonths: null,
  },
  {
    title: {
      en: 'Work–life balance and parental rights in the armed forces',
      'sr-Latn': 'Usklađivanje posla i porodice i roditeljska prava u vojsci',
      mk: 'Рамнотежа меѓу работата и семејството и родителските права во армијата',
    },
    popularity: 0.6,
    validityMonths: 12,
  },
];

/** The demo course (the copies' source) is the most popular. */
export const SOURCE_COURSE_POPULARITY = 3;
