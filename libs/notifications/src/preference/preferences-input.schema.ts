import { z } from 'zod';
import { NotificationKind } from '../copy/notification-kind';

const minute = z.number().int().min(0).max(1439);

export const preferencesInputSchema = z
  .object({
    kinds: z
      .array(z.object({ kind: z.nativeEnum(NotificationKind), email: z.boolean(), inApp: z.boolean() }))
      .max(20)
      .nullish(),
    quietHoursStart: minute.nullish(),
    quietHoursEnd: minute.nullish(),
  })
  .refine((input) => (input.quietHoursStart == null) === (input.quietHoursEnd == null), {
    path: ['quietHoursEnd'],
    message: 'REQUIRED',
  });
