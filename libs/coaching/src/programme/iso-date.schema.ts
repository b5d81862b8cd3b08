import { z } from 'zod';

/** A calendar date as `YYYY-MM-DD` that exists (2027-02-30 does not), in years 1900–9999 (PostgreSQL has no year 0). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'INVALID')
  .refine((value) => Number(value.slice(0, 4)) >= 1900, 'OUT_OF_RANGE');
