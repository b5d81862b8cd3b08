import { z } from 'zod';
import { isStorableText } from '@parity/shared/errors';

export const cohortNameSchema = z.object({
  institutionId: z.string().uuid(),
  name: z.string().trim().min(1).max(200).refine(isStorableText, 'INVALID'),
});

export const cohortMembersSchema = z.object({
  cohortId: z.string().uuid(),
  userIds: z.array(z.string().uuid()).min(1).max(1000),
});
