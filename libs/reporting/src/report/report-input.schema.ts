import { z } from 'zod';
import { LOCALES } from '@parity/curriculum';
import { RankGroup, Sex, StaffCategory } from '@parity/identity';
import { ReportDimension } from './report-dimension.enum';
import { MEASURE_SQL, NO_COURSE } from './measure-sql';
import { ReportMeasure } from './report-measure.enum';

const list = <T extends z.ZodTypeAny>(item: T) =>
  z
    .array(item)
    .max(200)
    .nullish()
    .transform((v) => v ?? []);
const date = z.coerce
  .date()
  .nullish()
  .transform((v) => v ?? null);

/**
 * Facts without a course (coaching) cannot be broken down or filtered by course: refused (INVALID_VALUE on the
 * field) rather than shown as one "not recorded" row or an empty table.
 */
const courseApplies = (
  input: { measure: ReportMeasure; dimensions: ReportDimension[]; filters: { courseIds: string[] } },
  ctx: z.RefinementCtx,
): void => {
  if (MEASURE_SQL[input.measure].course !== NO_COURSE) return;
  if (input.dimensions.includes(ReportDimension.COURSE))
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'INVALID_VALUE', path: ['dimensions'] });
  if (input.filters.courseIds.length > 0)
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'INVALID_VALUE', path: ['filters', 'courseIds'] });
};

export const reportInputSchema = z
  .object({
    measure: z.nativeEnum(ReportMeasure),
    dimensions: z
      .array(z.nativeEnum(ReportDimension))
      .max(2)
      .refine((dims) => new Set(dims).size === dims.length, { message: 'INVALID' }),
    filters: z
      .object({
        sexes: list(z.nativeEnum(Sex)),
        staffCategories: list(z.nativeEnum(StaffCategory)),
        rankGroups: list(z.nativeEnum(RankGroup)),
        institutionIds: list(z.string().uuid()),
        unitIds: list(z.string().uuid()),
        countryCodes: list(z.string().regex(/^[A-Z]{2}$/)),
        courseIds: list(z.string().uuid()),
        locales: list(z.enum(LOCALES)),
        quizIds: list(z.string().uuid()),
        from: date,
        to: date,
      })
      .refine((filters) => !filters?.from || !filters.to || filters.from < filters.to, {
        message: 'OUT_OF_RANGE',
        path: ['to'],
      })
      .nullish()
      .transform(
        (filters) =>
          filters ?? {
            sexes: [],
            staffCategories: [],
            rankGroups: [],
            institutionIds: [],
            unitIds: [],
            countryCodes: [],
            courseIds: [],
            locales: [],
            quizIds: [],
            from: null,
            to: null,
          },
      ),
    unitParentId: z
      .string()
      .uuid()
      .nullish()
      .transform((v) => v ?? null),
    locale: z
      .enum(LOCALES)
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine(courseApplies);

export type ParsedReportInput = z.infer<typeof reportInputSchema>;
