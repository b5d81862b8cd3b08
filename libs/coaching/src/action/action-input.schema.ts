import { z } from 'zod';
import { isStorableText } from '@parity/shared/errors';
import { ActionItemStatus } from './action-item-status.enum';

const title = z.string().trim().min(1).max(300).refine(isStorableText, 'INVALID');
/** A real calendar day (YYYY-MM-DD) in the years 1900–9999: Postgres has no year 0, and earlier is a typo. */
const calendarDate = z
  .string()
  .refine(
    (value) =>
      /^(19|[2-9]\d)\d{2}-\d{2}-\d{2}$/.test(value) &&
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'INVALID',
  );

export const ACTION_KINDS = ['goal', 'action'] as const;

export const actionItemSchema = z.object({
  engagementId: z.string().uuid(),
  kind: z.enum(ACTION_KINDS),
  title,
  ownerId: z.string().uuid(),
  dueOn: calendarDate.nullish(),
});

export const updateActionItemSchema = z.object({
  id: z.string().uuid(),
  title: title.nullish(),
  dueOn: calendarDate.nullish(),
  status: z.nativeEnum(ActionItemStatus).nullish(),
});

export const actionProgressSchema = z.object({
  actionItemId: z.string().uuid(),
  text: z.string().trim().min(1).max(2000).refine(isStorableText, 'INVALID'),
});
