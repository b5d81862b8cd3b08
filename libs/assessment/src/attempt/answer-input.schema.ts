import { z } from 'zod';
import { isStorableText } from '@parity/shared/errors';

const id = z.string().min(1).max(64);

/** An autosave as it arrives; its shape against the question is checked by validateAnswer. */
export const answerInputSchema = z.object({
  optionIds: z.array(id).max(100).nullish(),
  text: z.string().max(2000).refine(isStorableText, 'INVALID').nullish(),
  pairs: z
    .array(z.object({ optionId: id, targetId: id }))
    .max(100)
    .nullish(),
});

export type AnswerInputValue = z.infer<typeof answerInputSchema>;
