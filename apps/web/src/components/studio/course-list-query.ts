import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { CourseVisibility, VersionStatus } from '../../graphql/studio.generated';
import { CONTENT_LOCALES } from './translations';

export const COURSE_STATUSES: readonly VersionStatus[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'];
export const COURSE_VISIBILITIES: readonly CourseVisibility[] = ['INSTITUTION', 'REGIONAL', 'PUBLIC'];

/** The studio course list's search and filters ('' = any). */
export interface CourseListQuery {
  search: string;
  status: VersionStatus | '';
  locale: string;
  visibility: CourseVisibility | '';
}

const first = (value: LocationQuery[string] | undefined): string =>
  (Array.isArray(value) ? value[0] : value) ?? '';

function oneOf<T extends string>(allowed: readonly T[], value: string): T | '' {
  return (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

/** Reads the list state from the URL query; unknown values are ignored rather than sent to the API. */
export function readCourseListQuery(query: LocationQuery): CourseListQuery {
  return {
    search: first(query['q']).trim().slice(0, 100),
    status: oneOf(COURSE_STATUSES, first(query['status'])),
    locale: oneOf(CONTENT_LOCALES, first(query['lang'])),
    visibility: oneOf(COURSE_VISIBILITIES, first(query['visibility'])),
  };
}

/** The URL query for a list state: empty values are removed (undefined drops the key). */
export function writeCourseListQuery(state: CourseListQuery): LocationQueryRaw {
  return {
    q: state.search || undefined,
    status: state.status || undefined,
    lang: state.locale || undefined,
    visibility: state.visibility || undefined,
  };
}

export const hasFilters = (state: CourseListQuery): boolean =>
  Boolean(state.status || state.locale || state.visibility);
