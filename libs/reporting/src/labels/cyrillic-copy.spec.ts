import { cyrillicCopy } from './cyrillic-copy';

describe('cyrillicCopy', () => {
  it('writes every text of Serbian Latin copy in Cyrillic, nested records included, symbols and digits kept', () => {
    const latin = {
      total: 'Ukupno',
      suppressed: '<5',
      page: 'Strana {0} od {1}',
      measures: { overdue: 'Kasni' },
    };
    expect(cyrillicCopy(latin)).toEqual({
      total: 'Укупно',
      suppressed: '<5',
      page: 'Страна {0} од {1}',
      measures: { overdue: 'Касни' },
    });
    expect(latin.total).toBe('Ukupno');
  });
});
