/**
 * The demo course, written from the programme's documents (shared/context): UNSCR 1325, national action plans,
 * gender focal points and the Gender Coach Programme. English, Serbian (Latin; Cyrillic is transliterated exactly)
 * and Macedonian.
 */
type Text = { en: string; 'sr-Latn': string; mk: string };

export interface DemoLesson {
  title: Text;
  body: Text;
  minutes: number;
}

export interface DemoModule {
  title: Text;
  summary: Text;
  lessons: DemoLesson[];
}

export const DEMO_COURSE_TITLE: Text = {
  en: 'Gender equality in the security sector: UNSCR 1325 and its national action plans',
  'sr-Latn': 'Rodna ravnopravnost u sektoru bezbednosti: Rezolucija 1325 i nacionalni akcioni planovi',
  mk: 'Родова еднаквост во безбедносниот сектор: Резолуција 1325 и националните акциски планови',
};

export const DEMO_COURSE_SUMMARY: Text = {
  en: '<p>Why the security sector must respond to the needs of women and men, and how the Ministries of Defence of the Western Balkans put UNSCR 1325 into practice.</p>',
  'sr-Latn':
    '<p>Zašto sektor bezbednosti mora da odgovori na potrebe žena i muškaraca i kako ministarstva odbrane Zapadnog Balkana sprovode Rezoluciju 1325.</p>',
  mk: '<p>Зошто безбедносниот сектор мора да одговори на потребите на жените и мажите и како министерствата за одбрана од Западен Балкан ја спроведуваат Резолуцијата 1325.</p>',
};

export const DEMO_MODULES: DemoModule[] = [
  {
    title: {
      en: 'Women, Peace and Security',
      'sr-Latn': 'Žene, mir i bezbednost',
      mk: 'Жени, мир и безбедност',
    },
    summary: {
      en: '<p>The international policy framework: CEDAW, the Beijing Platform for Action and UNSCR 1325.</p>',
      'sr-Latn': '<p>Međunarodni okvir politika: CEDAW, Pekinška platforma za akciju i Rezolucija 1325.</p>',
      mk: '<p>Меѓународната рамка на политики: CEDAW, Пекиншката платформа за акција и Резолуцијата 1325.</p>',
    },
    lessons: [
      {
        minutes: 10,
        title: {
          en: 'UNSCR 1325 in brief',
          'sr-Latn': 'Rezolucija 1325 ukratko',
          mk: 'Резолуцијата 1325 накратко',
        },
        body: {
          en: '<p>Adopted by the UN Security Council in 2000, resolution 1325 calls for the <strong>participation</strong> of women in peace and security, the <strong>protection</strong> of women and girls, and the <strong>prevention</strong> of conflict and of gender-based violence.</p><ul><li>Participation</li><li>Protection</li><li>Prevention</li><li>Relief and recovery</li></ul>',
          'sr-Latn':
            '<p>Rezolucija 1325, koju je Savet bezbednosti UN usvojio 2000. godine, poziva na <strong>učešće</strong> žena u miru i bezbednosti, <strong>zaštitu</strong> žena i devojčica i <strong>prevenciju</strong> sukoba i rodno zasnovanog nasilja.</p><ul><li>Učešće</li><li>Zaštita</li><li>Prevencija</li><li>Pomoć i oporavak</li></ul>',
          mk: '<p>Резолуцијата 1325, усвоена од Советот за безбедност на ОН во 2000 година, повикува на <strong>учество</strong> на жените во мирот и безбедноста, <strong>заштита</strong> на жените и девојчињата и <strong>превенција</strong> на конфликти и родово базирано насилство.</p><ul><li>Учество</li><li>Заштита</li><li>Превенција</li><li>Помош и закрепнување</li></ul>',
        },
      },
      {
        minutes: 10,
        title: {
          en: 'CEDAW and the Beijing Platform',
          'sr-Latn': 'CEDAW i Pekinška platforma',
          mk: 'CEDAW и Пекиншката платформа',
        },
        body: {
          en: '<p>CEDAW (1979) stresses women’s participation and leadership in all contexts; its General Recommendation No. 30 (2013) links it to the Women, Peace and Security agenda. The Beijing Platform for Action (1995) names “women and armed conflict” one of twelve critical areas of concern.</p>',
          'sr-Latn':
            '<p>CEDAW (1979) naglašava učešće i vođstvo žena u svim kontekstima; Opšta preporuka br. 30 (2013) povezuje je sa agendom Žene, mir i bezbednost. Pekinška platforma za akciju (1995) navodi „žene i oružani sukobi“ kao jednu od dvanaest ključnih oblasti.</p>',
          mk: '<p>CEDAW (1979) го нагласува учеството и лидерството на жените во сите контексти; Општата препорака бр. 30 (2013) ја поврзува со агендата Жени, мир и безбедност. Пекиншката платформа за акција (1995) ги наведува „жените и вооружените конфликти“ како една од дванаесет критични области.</p>',
        },
      },
    ],
  },
  {
    title: {
      en: 'National action plans',
      'sr-Latn': 'Nacionalni akcioni planovi',
      mk: 'Национални акциски планови',
    },
    summary: {
      en: '<p>How governments turn the resolution into measurable commitments.</p>',
      'sr-Latn': '<p>Kako vlade pretvaraju rezoluciju u merljive obaveze.</p>',
      mk: '<p>Како владите ја претвораат резолуцијата во мерливи обврски.</p>',
    },
    lessons: [
      {
        minutes: 15,
        title: {
          en: 'The action plan of Bosnia and Herzegovina',
          'sr-Latn': 'Akcioni plan Bosne i Hercegovine',
          mk: 'Акцискиот план на Босна и Херцеговина',
        },
        body: {
          en: '<p>Bosnia and Herzegovina adopted the first action plan for UNSCR 1325 in the region. A coordination board, training of trainers, seminars and local workshops with women’s organisations carried it into the security sector.</p>',
          'sr-Latn':
            '<p>Bosna i Hercegovina je usvojila prvi akcioni plan za Rezoluciju 1325 u regionu. Koordinacioni odbor, obuka trenera, seminari i lokalne radionice sa ženskim organizacijama preneli su ga u sektor bezbednosti.</p>',
          mk: '<p>Босна и Херцеговина го донесе првиот акциски план за Резолуцијата 1325 во регионот. Координативно тело, обука на обучувачи, семинари и локални работилници со женски организации го пренесоа во безбедносниот сектор.</p>',
        },
      },
      {
        minutes: 10,
        title: {
          en: 'Gender focal points',
          'sr-Latn': 'Kontakt osobe za rodna pitanja',
          mk: 'Контакт-лица за родови прашања',
        },
        body: {
          en: '<p>Gender focal points and gender equality mechanisms in ministries collect sex-disaggregated data, advise commanders and follow the action plan’s indicators.</p>',
          'sr-Latn':
            '<p>Kontakt osobe za rodna pitanja i mehanizmi za rodnu ravnopravnost u ministarstvima prikupljaju podatke razvrstane po polu, savetuju komandante i prate pokazatelje akcionog plana.</p>',
          mk: '<p>Контакт-лицата за родови прашања и механизмите за родова еднаквост во министерствата собираат податоци разделени по пол, ги советуваат командантите и ги следат показателите на акцискиот план.</p>',
        },
      },
    ],
  },
  {
    title: {
      en: 'Gender in the armed forces',
      'sr-Latn': 'Rod u oružanim snagama',
      mk: 'Родот во вооружените сили',
    },
    summary: {
      en: '<p>Representation, stereotypes and leadership: what the regional cooperation has changed, and what remains.</p>',
      'sr-Latn':
        '<p>Zastupljenost, stereotipi i liderstvo: šta je regionalna saradnja promenila i šta ostaje.</p>',
      mk: '<p>Застапеност, стереотипи и лидерство: што промени регионалната соработка и што останува.</p>',
    },
    lessons: [
      {
        minutes: 10,
        title: { en: 'Remaining challenges', 'sr-Latn': 'Preostali izazovi', mk: 'Преостанати предизвици' },
        body: {
          en: '<p>Women remain few in the armed forces of the region, especially in command and decision-making positions; gender stereotypes persist in policies and practices; and the gender perspective is not yet part of the whole military curriculum.</p>',
          'sr-Latn':
            '<p>Žena je i dalje malo u oružanim snagama regiona, naročito na komandnim i rukovodećim položajima; rodni stereotipi opstaju u politikama i praksi; a rodna perspektiva još nije deo celog vojnog kurikuluma.</p>',
          mk: '<p>Жените се сè уште малку во вооружените сили во регионот, особено на командни и раководни позиции; родовите стереотипи опстојуваат во политиките и практиките; а родовата перспектива сè уште не е дел од целата воена наставна програма.</p>',
        },
      },
      {
        minutes: 15,
        title: {
          en: 'The Gender Coach Programme',
          'sr-Latn': 'Program rodnih trenera',
          mk: 'Програмата за родови коучи',
        },
        body: {
          en: '<p>Commanders and senior decision makers work one to one with a gender coach over a series of tailor-made sessions, agreeing an action plan for their own unit.</p>',
          'sr-Latn':
            '<p>Komandanti i viši donosioci odluka rade pojedinačno sa rodnim trenerom kroz niz prilagođenih sesija i dogovaraju akcioni plan za sopstvenu jedinicu.</p>',
          mk: '<p>Командантите и повисоките донесувачи на одлуки работат поединечно со родов коуч низ серија прилагодени сесии и договараат акциски план за сопствената единица.</p>',
        },
      },
    ],
  },
];
