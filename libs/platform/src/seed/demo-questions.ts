/** Ten questions of mixed types for the demo course's bank, in English, Serbian (Latin) and Macedonian. */
type Text = { en: string; 'sr-Latn': string; mk: string };
const tr = (text: Text) => Object.entries(text).map(([locale, value]) => ({ locale, text: value }));

export const DEMO_BANK_NAME: Text = {
  en: 'UNSCR 1325 basics',
  'sr-Latn': 'Osnove Rezolucije 1325',
  mk: 'Основи на Резолуцијата 1325',
};

/** Question inputs as the studio sends them (validated by the same schema before they are stored). */
export const DEMO_QUESTIONS: { key: string; input: Record<string, unknown> }[] = [
  {
    key: 'year',
    input: {
      type: 'single_choice',
      category: 'wps',
      prompt: tr({
        en: '<p>In which year was UNSCR 1325 adopted?</p>',
        'sr-Latn': '<p>Koje godine je usvojena Rezolucija 1325?</p>',
        mk: '<p>Која година е усвоена Резолуцијата 1325?</p>',
      }),
      choices: [
        { text: tr({ en: '1995', 'sr-Latn': '1995', mk: '1995' }) },
        { text: tr({ en: '2000', 'sr-Latn': '2000', mk: '2000' }), correct: true },
        { text: tr({ en: '2013', 'sr-Latn': '2013', mk: '2013' }) },
      ],
      feedback: {
        correct: tr({
          en: '<p>Yes: October 2000.</p>',
          'sr-Latn': '<p>Da: oktobar 2000.</p>',
          mk: '<p>Да: октомври 2000.</p>',
        }),
      },
    },
  },
  {
    key: 'pillars',
    input: {
      type: 'multiple_choice',
      category: 'wps',
      partialCredit: 'proportional',
      points: 2,
      prompt: tr({
        en: '<p>Which are pillars of the Women, Peace and Security agenda?</p>',
        'sr-Latn': '<p>Koji su stubovi agende Žene, mir i bezbednost?</p>',
        mk: '<p>Кои се столбовите на агендата Жени, мир и безбедност?</p>',
      }),
      choices: [
        { text: tr({ en: 'Participation', 'sr-Latn': 'Učešće', mk: 'Учество' }), correct: true },
        { text: tr({ en: 'Protection', 'sr-Latn': 'Zaštita', mk: 'Заштита' }), correct: true },
        { text: tr({ en: 'Prevention', 'sr-Latn': 'Prevencija', mk: 'Превенција' }), correct: true },
        { text: tr({ en: 'Conscription', 'sr-Latn': 'Regrutacija', mk: 'Регрутација' }) },
      ],
    },
  },
  {
    key: 'gender-not-sex',
    input: {
      type: 'true_false',
      category: 'gender',
      trueFalseAnswer: false,
      prompt: tr({
        en: '<p>“Gender” and “sex” mean the same thing.</p>',
        'sr-Latn': '<p>„Rod“ i „pol“ znače isto.</p>',
        mk: '<p>„Род“ и „пол“ значат исто.</p>',
      }),
      feedback: {
        general: tr({
          en: '<p>Sex is biological; gender is social.</p>',
          'sr-Latn': '<p>Pol je biološki, rod je društveni.</p>',
          mk: '<p>Полот е биолошки, родот е општествен.</p>',
        }),
      },
    },
  },
  {
    key: 'bih-first',
    input: {
      type: 'true_false',
      category: 'wps',
      trueFalseAnswer: true,
      prompt: tr({
        en: '<p>Bosnia and Herzegovina was the first in the region to adopt a 1325 action plan.</p>',
        'sr-Latn': '<p>Bosna i Hercegovina je prva u regionu usvojila akcioni plan za 1325.</p>',
        mk: '<p>Босна и Херцеговина прва во регионот донесе акциски план за 1325.</p>',
      }),
    },
  },
  {
    key: 'cedaw',
    input: {
      type: 'single_choice',
      category: 'wps',
      prompt: tr({
        en: '<p>Which convention stresses women’s participation in all contexts?</p>',
        'sr-Latn': '<p>Koja konvencija naglašava učešće žena u svim kontekstima?</p>',
        mk: '<p>Која конвенција го нагласува учеството на жените во сите контексти?</p>',
      }),
      choices: [
        { text: tr({ en: 'CEDAW', 'sr-Latn': 'CEDAW', mk: 'CEDAW' }), correct: true },
        {
          text: tr({
            en: 'The Geneva Conventions',
            'sr-Latn': 'Ženevske konvencije',
            mk: 'Женевските конвенции',
          }),
        },
      ],
    },
  },
  {
    key: 'mainstreaming',
    input: {
      type: 'short_answer',
      category: 'gender',
      prompt: tr({
        en: '<p>What is the process of assessing the implications for women and men of any planned action called?</p>',
        'sr-Latn':
          '<p>Kako se zove proces procene posledica svake planirane aktivnosti po žene i muškarce?</p>',
        mk: '<p>Како се вика процесот на проценка на последиците од секоја планирана активност врз жените и мажите?</p>',
      }),
      acceptedAnswers: [
        { locale: 'en', text: 'gender mainstreaming' },
        { locale: 'sr-Latn', text: 'rodno osvešćivanje' },
        { locale: 'sr-Latn', text: 'uvođenje rodne perspektive' },
        { locale: 'mk', text: 'родово интегрирање' },
      ],
      diacriticSensitive: false,
    },
  },
  {
    key: 'match',
    input: {
      type: 'matching',
      category: 'gender',
      prompt: tr({
        en: '<p>Match each role with what it does.</p>',
        'sr-Latn': '<p>Povežite svaku ulogu sa onim što radi.</p>',
        mk: '<p>Поврзете ја секоја улога со она што го прави.</p>',
      }),
      choices: [
        {
          text: tr({
            en: 'Gender focal point',
            'sr-Latn': 'Kontakt osoba za rodna pitanja',
            mk: 'Контакт-лице за родови прашања',
          }),
          match: tr({ en: 'Advises the unit', 'sr-Latn': 'Savetuje jedinicu', mk: 'Ја советува единицата' }),
        },
        {
          text: tr({ en: 'Gender coach', 'sr-Latn': 'Rodni trener', mk: 'Родов коуч' }),
          match: tr({
            en: 'Works one to one with a commander',
            'sr-Latn': 'Radi pojedinačno sa komandantom',
            mk: 'Работи поединечно со командант',
          }),
        },
        {
          text: tr({ en: 'Coordination board', 'sr-Latn': 'Koordinacioni odbor', mk: 'Координативно тело' }),
          match: tr({
            en: 'Follows the action plan',
            'sr-Latn': 'Prati akcioni plan',
            mk: 'Го следи акцискиот план',
          }),
        },
      ],
    },
  },
  {
    key: 'order',
    input: {
      type: 'ordering',
      category: 'wps',
      prompt: tr({
        en: '<p>Put these in the order they were adopted.</p>',
        'sr-Latn': '<p>Poređajte ih redom kojim su usvojeni.</p>',
        mk: '<p>Подредете ги по редот по кој се усвоени.</p>',
      }),
      choices: [
        { text: tr({ en: 'CEDAW', 'sr-Latn': 'CEDAW', mk: 'CEDAW' }) },
        {
          text: tr({
            en: 'Beijing Platform for Action',
            'sr-Latn': 'Pekinška platforma za akciju',
            mk: 'Пекиншка платформа за акција',
          }),
        },
        { text: tr({ en: 'UNSCR 1325', 'sr-Latn': 'Rezolucija 1325', mk: 'Резолуција 1325' }) },
        {
          text: tr({
            en: 'General Recommendation No. 30',
            'sr-Latn': 'Opšta preporuka br. 30',
            mk: 'Општа препорака бр. 30',
          }),
        },
      ],
    },
  },
  {
    key: 'stereotypes',
    input: {
      type: 'single_choice',
      category: 'gender',
      prompt: tr({
        en: '<p>Which is a remaining challenge in the armed forces of the region?</p>',
        'sr-Latn': '<p>Koji izazov i dalje postoji u oružanim snagama regiona?</p>',
        mk: '<p>Кој предизвик сè уште постои во вооружените сили во регионот?</p>',
      }),
      choices: [
        {
          text: tr({
            en: 'Few women in command positions',
            'sr-Latn': 'Malo žena na komandnim položajima',
            mk: 'Малку жени на командни позиции',
          }),
          correct: true,
        },
        {
          text: tr({
            en: 'Too many gender advisers',
            'sr-Latn': 'Previše savetnika za rodna pitanja',
            mk: 'Премногу советници за родови прашања',
          }),
        },
      ],
    },
  },
  {
    key: 'attitude',
    input: {
      type: 'likert',
      category: 'attitudes',
      prompt: tr({
        en: '<p>Mixed teams make better decisions.</p>',
        'sr-Latn': '<p>Mešoviti timovi donose bolje odluke.</p>',
        mk: '<p>Мешаните тимови донесуваат подобри одлуки.</p>',
      }),
      choices: [
        { text: tr({ en: 'Disagree', 'sr-Latn': 'Ne slažem se', mk: 'Не се согласувам' }) },
        { text: tr({ en: 'Neutral', 'sr-Latn': 'Neutralno', mk: 'Неутрално' }) },
        { text: tr({ en: 'Agree', 'sr-Latn': 'Slažem se', mk: 'Се согласувам' }) },
      ],
    },
  },
];
