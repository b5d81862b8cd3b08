import { describe, expect, it } from 'vitest';
import { hasFilters, readCourseListQuery, writeCourseListQuery } from './course-list-query';

describe('studio course list URL query', () => {
  it('reads search and filters from the URL, ignoring values the API would not accept', () => {
    expect(
      readCourseListQuery({ q: '  1325 ', status: 'IN_REVIEW', lang: 'sr-Cyrl', visibility: 'PUBLIC' }),
    ).toEqual({ search: '1325', status: 'IN_REVIEW', locale: 'sr-Cyrl', visibility: 'PUBLIC' });
    expect(
      readCourseListQuery({ status: 'deleted', lang: 'xx', visibility: ['REGIONAL', 'PUBLIC'] }),
    ).toEqual({
      search: '',
      status: '',
      locale: '',
      visibility: 'REGIONAL',
    });
  });

  it('writes only what is set, so cleared filters leave the URL', () => {
    expect(writeCourseListQuery({ search: '', status: 'ARCHIVED', locale: '', visibility: '' })).toEqual({
      q: undefined,
      status: 'ARCHIVED',
      lang: undefined,
      visibility: undefined,
    });
  });

  it('round-trips a list state through the URL', () => {
    const state = { search: 'wps', status: 'DRAFT', locale: 'mk', visibility: 'INSTITUTION' } as const;
    const query = writeCourseListQuery(state) as Record<string, string>;
    expect(readCourseListQuery(query)).toEqual(state);
    expect(hasFilters(state)).toBe(true);
    expect(hasFilters({ ...state, status: '', locale: '', visibility: '' })).toBe(false);
  });
});
