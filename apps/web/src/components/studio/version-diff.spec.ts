import { describe, expect, it } from 'vitest';
import { diffVersions, type DiffVersion } from './version-diff';

const t = (en: string, extra: Record<string, string> = {}) => [
  { locale: 'en', text: en },
  ...Object.entries(extra).map(([locale, text]) => ({ locale, text })),
];

const v1: DiffVersion = {
  title: t('Gender basics'),
  modules: [
    {
      title: t('Module one', { bs: 'Modul jedan' }),
      lessons: [
        { title: t('Welcome'), body: t('<p>Hello <strong>all</strong></p>') },
        { title: t('Terms'), body: t('<p>Sex and gender</p>') },
      ],
    },
  ],
};

describe('version diff', () => {
  it('reports nothing for identical versions', () => {
    expect(diffVersions(v1, structuredClone(v1))).toEqual([]);
  });

  it('reports added, removed and changed texts per language, in outline order', () => {
    const v2: DiffVersion = {
      title: t('Gender basics'),
      modules: [
        {
          title: t('Module 1', { sq: 'Moduli një' }),
          lessons: [{ title: t('Welcome'), body: t('<p>Hello <strong>everyone</strong></p>') }],
        },
        { title: t('Module two'), lessons: [] },
      ],
    };
    const lines = diffVersions(v1, v2);
    expect(
      lines.map((line) => [
        line.kind,
        line.place.module,
        line.place.lesson,
        line.place.field,
        line.place.locale,
      ]),
    ).toEqual([
      ['removed', 1, undefined, 'title', 'bs'],
      ['changed', 1, undefined, 'title', 'en'],
      ['added', 1, undefined, 'title', 'sq'],
      ['changed', 1, 1, 'body', 'en'],
      ['removed', 1, 2, 'title', 'en'],
      ['removed', 1, 2, 'body', 'en'],
      ['added', 2, undefined, 'title', 'en'],
    ]);
    expect(lines[1]).toMatchObject({ before: 'Module one', after: 'Module 1', name: 'Module 1' });
    expect(lines[3]).toMatchObject({ before: 'Hello all', after: 'Hello everyone', name: 'Welcome' });
  });

  it('ignores markup-only changes and empty texts', () => {
    const v2 = structuredClone(v1);
    const lesson = v2.modules[0]?.lessons[0];
    if (lesson) lesson.body = t('<p>Hello <em>all</em></p>', { hr: '  ' });
    expect(diffVersions(v1, v2)).toEqual([]);
  });
});
