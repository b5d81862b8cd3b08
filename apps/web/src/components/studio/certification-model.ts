import type { CourseCertificationInput } from '../../graphql/studio.generated';

/** The API's bounds (`setCourseCertification`). */
export const VALIDITY_MONTHS = { min: 1, max: 120 } as const;
export const LEAD_DAYS = { min: 7, max: 365 } as const;
export const DEFAULT_LEAD_DAYS = 60;

function wholeNumber(text: string, bounds: { min: number; max: number }): number | undefined {
  const value = Number(text);
  return Number.isInteger(value) && value >= bounds.min && value <= bounds.max ? value : undefined;
}

/** '' → null (never expires); 1..120 → that number; anything else → undefined (invalid). */
export function validityValue(text: string): number | null | undefined {
  const trimmed = String(text).trim();
  return trimmed === '' ? null : wholeNumber(trimmed, VALIDITY_MONTHS);
}

/** '' → the default (60); 7..365 → that number; anything else → undefined (invalid). */
export function leadDaysValue(text: string): number | undefined {
  const trimmed = String(text).trim();
  return trimmed === '' ? DEFAULT_LEAD_DAYS : wholeNumber(trimmed, LEAD_DAYS);
}

/** The mutation's input from the form's fields ('' template: the institution's default). */
export function certificationInput(
  courseId: string,
  templateId: string,
  validity: string,
  leadDays: string,
): CourseCertificationInput {
  return {
    courseId,
    templateId: templateId || null,
    validityMonths: validityValue(validity) ?? null,
    renewalLeadDays: leadDaysValue(leadDays) ?? DEFAULT_LEAD_DAYS,
  };
}
