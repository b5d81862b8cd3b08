/** A PostgreSQL array literal (bound as one parameter: the driver would expand a JS array into a list). */
export const pgArray = (values: readonly string[]): string =>
  `{${values.map((value) => `"${value.replace(/["\\]/g, (char) => `\\${char}`)}"`).join(',')}}`;

/** Conditions with their parameters, in the order they appear in the statement. */
export class SqlConditions {
  readonly sql: string[] = [];
  readonly params: unknown[] = [];

  add(condition: string, ...params: unknown[]): void {
    this.sql.push(condition);
    this.params.push(...params);
  }

  any(expression: string, values: readonly string[], cast = 'text'): void {
    if (values.length > 0) this.add(`${expression} = any(?::${cast}[])`, pgArray(values));
  }

  where(): string {
    return this.sql.length > 0 ? `where ${this.sql.join('\n      and ')}` : '';
  }
}
