import { z } from 'zod';
import { isValidDueDate } from '../enrolment/due-date';

/** An assignment: a course to exactly one of people, a unit (with its sub-units) or a cohort. */
export const assignCourseSchema = z
  .object({
    courseId: z.string().uuid(),
    userIds: z.array(z.string().uuid()).min(1).max(1000).nullish(),
    unitId: z.string().uuid().nullish(),
    cohortId: z.string().uuid().nullish(),
    dueAt: z.coerce
      .date()
      .refine((date) => isValidDueDate(date), 'OUT_OF_RANGE')
      .nullish(),
    mandatory: z.boolean().nullish(),
  })
  .refine((input) => [input.userIds, input.unitId, input.cohortId].filter((target) => target).length === 1, {
    message: 'REQUIRED',
    path: ['target'],
  });
export type AssignCourseData = z.input<typeof assignCourseSchema>;
