/** The words of a report in one language: enum values, headers, measure and dimension names. */
export interface ReportCopy {
  female: string;
  male: string;
  military: string;
  civilian: string;
  general_officer: string;
  senior_officer: string;
  junior_officer: string;
  nco: string;
  enlisted: string;
  notRecorded: string;
  total: string;
  people: string;
  suppressed: string;
  measures: Record<string, string>;
  dimensions: Record<string, string>;
}

const MEASURES_EN = {
  enrolments: 'Enrolments',
  completions: 'Completions',
  completion_rate: 'Completion rate (%)',
  on_time_completion_rate: 'On-time completion rate (%)',
  overdue: 'Overdue',
  quiz_pass_rate: 'Quiz pass rate (%)',
  quiz_average_best_score: 'Average best quiz score (%)',
  knowledge_gain: 'Average knowledge gain (points)',
  certificates_issued: 'Certificates issued',
  certificates_valid: 'Valid certificates',
  certificates_expired: 'Expired certificates',
  days_to_complete: 'Average days to complete',
  coaching_engagements: 'Coaching engagements started',
  coaching_sessions_held: 'Coaching sessions held',
};

const DIMENSIONS_EN = {
  sex: 'Sex',
  staff_category: 'Staff category',
  rank_group: 'Rank group',
  institution: 'Institution',
  unit: 'Unit',
  country: 'Country',
  course: 'Course',
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
  language: 'Language',
};

export const EN: ReportCopy = {
  female: 'Women',
  male: 'Men',
  military: 'Military',
  civilian: 'Civilian',
  general_officer: 'General officers (OF-6+)',
  senior_officer: 'Senior officers (OF-3–5)',
  junior_officer: 'Junior officers (OF-1–2)',
  nco: 'NCOs (OR-5–9)',
  enlisted: 'Enlisted (OR-1–4)',
  notRecorded: 'Not recorded',
  total: 'Total',
  people: 'People',
  suppressed: '<5',
  measures: MEASURES_EN,
  dimensions: DIMENSIONS_EN,
};

/** Bosnian, Croatian, Serbian (Latin) and Montenegrin share most words; differences are spelled out. */
const SHTOKAVIAN: ReportCopy = {
  female: 'Žene',
  male: 'Muškarci',
  military: 'Vojno osoblje',
  civilian: 'Civilno osoblje',
  general_officer: 'Generali (OF-6+)',
  senior_officer: 'Viši oficiri (OF-3–5)',
  junior_officer: 'Niži oficiri (OF-1–2)',
  nco: 'Podoficiri (OR-5–9)',
  enlisted: 'Vojnici (OR-1–4)',
  notRecorded: 'Nije evidentirano',
  total: 'Ukupno',
  people: 'Osobe',
  suppressed: '<5',
  measures: {
    enrolments: 'Upisi',
    completions: 'Završeni kursevi',
    completion_rate: 'Stopa završetka (%)',
    on_time_completion_rate: 'Završeno na vrijeme (%)',
    overdue: 'Kasni',
    quiz_pass_rate: 'Prolaznost na testu (%)',
    quiz_average_best_score: 'Prosječan najbolji rezultat (%)',
    knowledge_gain: 'Prosječan porast znanja (bodovi)',
    certificates_issued: 'Izdani certifikati',
    certificates_valid: 'Važeći certifikati',
    certificates_expired: 'Istekli certifikati',
    days_to_complete: 'Prosječno dana do završetka',
    coaching_engagements: 'Započeti coachinzi',
    coaching_sessions_held: 'Održane coaching sesije',
  },
  dimensions: {
    sex: 'Spol',
    staff_category: 'Kategorija osoblja',
    rank_group: 'Grupa činova',
    institution: 'Institucija',
    unit: 'Jedinica',
    country: 'Država',
    course: 'Kurs',
    month: 'Mjesec',
    quarter: 'Tromjesečje',
    year: 'Godina',
    language: 'Jezik',
  },
};

export const BS: ReportCopy = SHTOKAVIAN;

export const HR: ReportCopy = {
  ...SHTOKAVIAN,
  nco: 'Dočasnici (OR-5–9)',
  measures: {
    ...SHTOKAVIAN.measures,
    completions: 'Završeni tečajevi',
    quiz_pass_rate: 'Prolaznost na ispitu (%)',
  },
  dimensions: { ...SHTOKAVIAN.dimensions, course: 'Tečaj' },
};

export const SR_LATN: ReportCopy = {
  ...SHTOKAVIAN,
  measures: {
    ...SHTOKAVIAN.measures,
    certificates_issued: 'Izdati sertifikati',
    certificates_valid: 'Važeći sertifikati',
    certificates_expired: 'Istekli sertifikati',
    coaching_engagements: 'Započeti koučinzi',
    coaching_sessions_held: 'Održane koučing sesije',
  },
  dimensions: { ...SHTOKAVIAN.dimensions, sex: 'Pol', quarter: 'Kvartal' },
};

export const CNR: ReportCopy = SR_LATN;

export const MK: ReportCopy = {
  female: 'Жени',
  male: 'Мажи',
  military: 'Воен персонал',
  civilian: 'Цивилен персонал',
  general_officer: 'Генерали (OF-6+)',
  senior_officer: 'Виши офицери (OF-3–5)',
  junior_officer: 'Пониски офицери (OF-1–2)',
  nco: 'Подофицери (OR-5–9)',
  enlisted: 'Војници (OR-1–4)',
  notRecorded: 'Не е евидентирано',
  total: 'Вкупно',
  people: 'Лица',
  suppressed: '<5',
  measures: {
    enrolments: 'Запишувања',
    completions: 'Завршени курсеви',
    completion_rate: 'Стапка на завршување (%)',
    on_time_completion_rate: 'Завршено навреме (%)',
    overdue: 'Задоцнети',
    quiz_pass_rate: 'Положени тестови (%)',
    quiz_average_best_score: 'Просечен најдобар резултат (%)',
    knowledge_gain: 'Просечен пораст на знаење (поени)',
    certificates_issued: 'Издадени сертификати',
    certificates_valid: 'Важечки сертификати',
    certificates_expired: 'Истечени сертификати',
    days_to_complete: 'Просечно денови до завршување',
    coaching_engagements: 'Започнати коучинзи',
    coaching_sessions_held: 'Одржани коучинг сесии',
  },
  dimensions: {
    sex: 'Пол',
    staff_category: 'Категорија на персонал',
    rank_group: 'Група на чинови',
    institution: 'Институција',
    unit: 'Единица',
    country: 'Држава',
    course: 'Курс',
    month: 'Месец',
    quarter: 'Квартал',
    year: 'Година',
    language: 'Јазик',
  },
};

export const SQ: ReportCopy = {
  female: 'Gra',
  male: 'Burra',
  military: 'Personel ushtarak',
  civilian: 'Personel civil',
  general_officer: 'Gjeneralë (OF-6+)',
  senior_officer: 'Oficerë të lartë (OF-3–5)',
  junior_officer: 'Oficerë të rinj (OF-1–2)',
  nco: 'Nënoficerë (OR-5–9)',
  enlisted: 'Ushtarë (OR-1–4)',
  notRecorded: 'I paregjistruar',
  total: 'Gjithsej',
  people: 'Persona',
  suppressed: '<5',
  measures: {
    enrolments: 'Regjistrime',
    completions: 'Përfundime',
    completion_rate: 'Shkalla e përfundimit (%)',
    on_time_completion_rate: 'Përfunduar në kohë (%)',
    overdue: 'Me vonesë',
    quiz_pass_rate: 'Shkalla e kalimit të testit (%)',
    quiz_average_best_score: 'Rezultati mesatar më i mirë (%)',
    knowledge_gain: 'Rritja mesatare e njohurive (pikë)',
    certificates_issued: 'Certifikata të lëshuara',
    certificates_valid: 'Certifikata të vlefshme',
    certificates_expired: 'Certifikata të skaduara',
    days_to_complete: 'Ditë mesatare deri në përfundim',
    coaching_engagements: 'Coaching-e të filluara',
    coaching_sessions_held: 'Seanca coaching-u të mbajtura',
  },
  dimensions: {
    sex: 'Gjinia',
    staff_category: 'Kategoria e personelit',
    rank_group: 'Grupi i gradave',
    institution: 'Institucioni',
    unit: 'Njësia',
    country: 'Shteti',
    course: 'Kursi',
    month: 'Muaji',
    quarter: 'Tremujori',
    year: 'Viti',
    language: 'Gjuha',
  },
};
