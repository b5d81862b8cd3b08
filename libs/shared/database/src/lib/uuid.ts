const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a uuid (ids from clients are checked before they reach a uuid column: a bad one is input, not a crash). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
