import type { ExportCopy } from './export-copy';

/** Bosnian; Croatian, Serbian and Montenegrin differ in a few words, spelled out below. */
export const BS: ExportCopy = {
  aboutSheet: 'O izvještaju',
  aboutTitle: 'O ovom izvještaju',
  summaryTitle: 'Sažetak izvještaja',
  measure: 'Pokazatelj',
  breakdown: 'Prikaz po',
  noBreakdown: 'Bez podjele (ukupno)',
  filters: 'Filteri',
  noFilters: 'Nema',
  quizzes: 'Test',
  period: 'Period',
  from: 'od {0}',
  before: 'prije {0}',
  subUnitsOf: 'jedinice unutar: {0}',
  generatedAt: 'Izrađeno',
  suppressionTitle: 'Mali brojevi',
  threshold:
    'Podaci o manje od {0} osoba nisu prikazani; umjesto njih piše „<{0}“, kako niko ne bi mogao biti prepoznat.',
  complementary:
    'Neki drugi podaci su također skriveni i prikazani kao „<{0}“, kako se skriveni podatak ne bi mogao izračunati iz zbirova.',
  emptyCells: 'Prazno polje znači da nema podataka za stopu ili prosjek.',
  totals: 'U zbirovima se svaka osoba broji jednom.',
  hidden: 'skriveno',
  page: 'Stranica {0} od {1}',
};

export const HR: ExportCopy = {
  ...BS,
  filters: 'Filtri',
  quizzes: 'Ispit',
  period: 'Razdoblje',
  threshold:
    'Podaci o manje od {0} osoba nisu prikazani; umjesto njih piše „<{0}”, kako nitko ne bi mogao biti prepoznat.',
  complementary:
    'Neki drugi podaci također su skriveni i prikazani kao „<{0}”, kako se skriveni podatak ne bi mogao izračunati iz zbrojeva.',
  totals: 'U zbrojevima se svaka osoba broji jednom.',
};

export const SR_LATN: ExportCopy = {
  ...BS,
  aboutSheet: 'O izveštaju',
  aboutTitle: 'O ovom izveštaju',
  summaryTitle: 'Sažetak izveštaja',
  noBreakdown: 'Bez podele (ukupno)',
  before: 'pre {0}',
  threshold:
    'Podaci o manje od {0} osoba nisu prikazani; umesto njih piše „<{0}“, kako niko ne bi mogao biti prepoznat.',
  complementary:
    'Neki drugi podaci su takođe skriveni i prikazani kao „<{0}“, kako se skriveni podatak ne bi mogao izračunati iz zbirova.',
  emptyCells: 'Prazno polje znači da nema podataka za stopu ili prosek.',
  page: 'Strana {0} od {1}',
};

/** Montenegrin: Serbian vocabulary, ijekavian spelling. */
export const CNR: ExportCopy = {
  ...SR_LATN,
  aboutSheet: BS.aboutSheet,
  aboutTitle: BS.aboutTitle,
  summaryTitle: BS.summaryTitle,
  noBreakdown: BS.noBreakdown,
  before: BS.before,
  threshold: BS.threshold,
  emptyCells: BS.emptyCells,
};

export const MK: ExportCopy = {
  aboutSheet: 'За извештајот',
  aboutTitle: 'За овој извештај',
  summaryTitle: 'Преглед на извештајот',
  measure: 'Показател',
  breakdown: 'Приказ по',
  noBreakdown: 'Без поделба (вкупно)',
  filters: 'Филтри',
  noFilters: 'Нема',
  quizzes: 'Тест',
  period: 'Период',
  from: 'од {0}',
  before: 'пред {0}',
  subUnitsOf: 'единици во: {0}',
  generatedAt: 'Изработено',
  suppressionTitle: 'Мали бројки',
  threshold:
    'Податоците за помалку од {0} лица не се прикажани; наместо нив стои „<{0}“, за никој да не може да биде препознаен.',
  complementary:
    'Некои други податоци исто така се скриени и прикажани како „<{0}“, за скриен податок да не може да се пресмета од збировите.',
  emptyCells: 'Празно поле значи дека нема податоци за стапка или просек.',
  totals: 'Во збировите секое лице се брои еднаш.',
  hidden: 'скриено',
  page: 'Страница {0} од {1}',
};

export const SQ: ExportCopy = {
  aboutSheet: 'Rreth raportit',
  aboutTitle: 'Rreth këtij raporti',
  summaryTitle: 'Përmbledhje e raportit',
  measure: 'Treguesi',
  breakdown: 'Ndarja sipas',
  noBreakdown: 'Pa ndarje (gjithsej)',
  filters: 'Filtrat',
  noFilters: 'Asnjë',
  quizzes: 'Testi',
  period: 'Periudha',
  from: 'nga {0}',
  before: 'para {0}',
  subUnitsOf: 'njësitë brenda: {0}',
  generatedAt: 'Krijuar',
  suppressionTitle: 'Numrat e vegjël',
  threshold:
    'Shifrat për më pak se {0} persona nuk shfaqen; në vend të tyre shkruhet „<{0}“, që askush të mos identifikohet.',
  complementary:
    'Disa shifra të tjera janë fshehur gjithashtu dhe shfaqen si „<{0}“, që një shifër e fshehur të mos nxirret nga totalet.',
  emptyCells: 'Një qelizë bosh do të thotë se nuk ka të dhëna për një shkallë ose një mesatare.',
  totals: 'Në totale çdo person numërohet një herë.',
  hidden: 'e fshehur',
  page: 'Faqja {0} nga {1}',
};
