/** A PostgreSQL array literal of uuids (already validated as uuids), for `?::uuid[]`. */
export const uuidArray = (ids: readonly string[]): string => `{${ids.join(',')}}`;
