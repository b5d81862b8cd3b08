import { createHash } from 'node:crypto';

/**
 * A stable uuid (version-4 shaped, so every uuid check accepts it) derived from a key: the generated data set has the
 * same ids on every run. `regionalUuidSql` computes the same value in PostgreSQL from a text expression.
 */
export function regionalUuid(key: string): string {
  const hex = createHash('md5').update(key).digest('hex');
  const h = `${hex.slice(0, 12)}4${hex.slice(13, 16)}8${hex.slice(17)}`;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const regionalUuidSql = (textExpression: string): string =>
  `overlay(overlay(md5(${textExpression}) placing '4' from 13) placing '8' from 17)::uuid`;
