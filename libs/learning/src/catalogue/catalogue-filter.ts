import { z } from 'zod';
import { LOCALES } from '@parity/curriculum';
import { isStorableText } from '@parity/shared/errors';

/** Catalogue search and filters, validated in the service. */
export const catalogueFilterSchema = z.object({
  search: z.string().trim().max(100).refine(isStorableText, 'INVALID').nullish(),
  locale: z.enum(LOCALES).nullish(),
  tag: z.string().trim().min(1).max(60).refine(isStorableText, 'INVALID').nullish(),
  maxMinutes: z.number().int().min(1).max(100_000).nullish(),
  first: z.number().int().nullish(),
  after: z.string().max(500).nullish(),
});

/** The filter as it arrives (validated by the schema above). */
export interface CatalogueFilter {
  search?: string | null;
  locale?: string | null;
  tag?: string | null;
  maxMinutes?: number | null;
  first?: number | null;
  after?: string | null;
}
