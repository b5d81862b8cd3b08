import { cyrillicToLatin, latinToCyrillic, transliterate } from './transliterate';

describe('Serbian transliteration', () => {
  const pairs: ReadonlyArray<readonly [string, string]> = [
    ['Rodna ravnopravnost u sektoru bezbednosti', 'Родна равноправност у сектору безбедности'],
    ['Ljubljana', 'Љубљана'],
    ['NJEGOŠ', 'ЊЕГОШ'],
    ['Njegoš', 'Његош'],
    ['džep', 'џеп'],
    ['DŽEP', 'ЏЕП'],
    ['Džep', 'Џеп'],
    ['Đorđe', 'Ђорђе'],
    ['ĐORĐE ČUĆE ŠUŽ', 'ЂОРЂЕ ЧУЋЕ ШУЖ'],
    ['LJUBAV I NJEGA', 'ЉУБАВ И ЊЕГА'],
    ['Ministarstvo odbrane Republike Srbije, 2024.', 'Министарство одбране Републике Србије, 2024.'],
    ['Žene čine 12% pripadnika; cilj je 20%!', 'Жене чине 12% припадника; циљ је 20%!'],
    ['Ćirilica, latinica — oba pisma.', 'Ћирилица, латиница — оба писма.'],
    ['abvgdđežzijklljmnnjoprstćufhcčdžš', 'абвгдђежзијклљмнњопрстћуфхцчџш'],
    ['ABVGDĐEŽZIJKLLJMNNJOPRSTĆUFHCČDŽŠ', 'АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ'],
  ];

  it.each(pairs)('"%s" ↔ "%s", exactly, both ways', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic);
    expect(cyrillicToLatin(cyrillic)).toBe(latin);
    expect(cyrillicToLatin(latinToCyrillic(latin))).toBe(latin);
    expect(latinToCyrillic(cyrillicToLatin(cyrillic))).toBe(cyrillic);
  });

  it('writes a lone capital digraph letter as title case, or upper case inside an all-capitals word', () => {
    expect(cyrillicToLatin('Љ')).toBe('Lj');
    expect(cyrillicToLatin('ГУЉ')).toBe('GULJ');
    expect(cyrillicToLatin('Гуљ')).toBe('Gulj');
    expect(cyrillicToLatin('ЏЕП, ЏЕПОВИ')).toBe('DŽEP, DŽEPOVI');
  });

  it('keeps the two letters of known loanwords and prefixes apart instead of forming a digraph', () => {
    expect(latinToCyrillic('injekcija')).toBe('инјекција');
    expect(latinToCyrillic('Konjugacija i konjunkcija')).toBe('Конјугација и конјункција');
    expect(latinToCyrillic('nadživeti')).toBe('надживети');
    expect(cyrillicToLatin('инјекција')).toBe('injekcija');
  });

  it('leaves characters outside the alphabet unchanged', () => {
    expect(latinToCyrillic('Quiz: WWW, xy 3.5 € «ok»')).toBe('Quiz: WWW, xy 3.5 € «ок»');
    expect(cyrillicToLatin('Ωμέγα 中文 Gender 123')).toBe('Ωμέγα 中文 Gender 123');
    expect(cyrillicToLatin('Македонски: ѓ ќ ѕ')).toBe('Makedonski: ѓ ќ ѕ');
  });

  it('keeps foreign words and acronyms (with q, w, x or y) in Latin instead of mixing scripts', () => {
    expect(latinToCyrillic('Konvencija CEDAW i Rezolucija 1325 (NATO, Wiki)')).toBe(
      'Конвенција CEDAW и Резолуција 1325 (НАТО, Wiki)',
    );
  });

  it('leaves URLs and e-mail addresses in Latin text alone', () => {
    expect(latinToCyrillic('Vidi https://parity.example/kurs/1 ili piši na obuka@mod.gov.rs.')).toBe(
      'Види https://parity.example/kurs/1 или пиши на obuka@mod.gov.rs.',
    );
  });

  it('reads decomposed č ć š ž and the single-character digraph letters', () => {
    expect(latinToCyrillic('c\u030cas s\u030cuma z\u030cena c\u0301up')).toBe('час шума жена ћуп');
    expect(latinToCyrillic('ǉubav ǋegoš Ǆep')).toBe('љубав Његош Џеп');
  });

  it('transliterate() picks the direction and is the identity for the same script', () => {
    expect(transliterate('Đorđe', 'sr-Latn', 'sr-Cyrl')).toBe('Ђорђе');
    expect(transliterate('Ђорђе', 'sr-Cyrl', 'sr-Latn')).toBe('Đorđe');
    expect(transliterate('Đorđe', 'sr-Latn', 'sr-Latn')).toBe('Đorđe');
  });
});
