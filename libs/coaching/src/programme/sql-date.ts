/** A timestamp column of a raw row (a Date from the driver, or its text) as a Date; null stays null. */
export function sqlDate(value: Date | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(value);
}

/** The same for a column that is never null. */
export function sqlDateRequired(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}
