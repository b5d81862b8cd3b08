import { z } from 'zod';
import { isStorableText } from '@parity/shared/errors';

const HEX = /^#[0-9a-fA-F]{6}$/;
const text = (max: number) => z.string().trim().min(1).max(max).refine(isStorableText, 'INVALID');

/** A logo travels as a data URL (PNG or JPEG); 300 KB of image is plenty for a certificate's corner. */
export const MAX_LOGO_BYTES = 300 * 1024;

export const templateInputSchema = z.object({
  id: z.string().uuid().nullish(),
  institutionId: z.string().uuid(),
  name: text(120),
  primaryColor: z.string().regex(HEX),
  accentColor: z.string().regex(HEX),
  signatories: z.array(z.object({ name: text(120), title: text(160) })).max(3),
  isDefault: z.boolean(),
  logo: z
    .string()
    .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/)
    .max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 40)
    .nullish(),
  removeLogo: z.boolean().nullish(),
});

export type TemplateInput = z.infer<typeof templateInputSchema>;

export const courseCertificationSchema = z.object({
  courseId: z.string().uuid(),
  templateId: z.string().uuid().nullish(),
  validityMonths: z.number().int().min(1).max(120).nullish(),
  renewalLeadDays: z.number().int().min(7).max(365).nullish(),
});

export type CourseCertificationInput = z.infer<typeof courseCertificationSchema>;
