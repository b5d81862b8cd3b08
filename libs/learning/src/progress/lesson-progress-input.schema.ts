import { z } from 'zod';

/** A progress report from the lesson player (retried freely by the client). */
export const lessonProgressSchema = z.object({
  enrolmentId: z.string().uuid(),
  lessonId: z.string().uuid(),
  visitId: z.string().uuid(),
  seconds: z.number().int().min(0).max(14_400),
  completed: z.boolean().nullish(),
});
export type LessonProgressData = z.input<typeof lessonProgressSchema>;
