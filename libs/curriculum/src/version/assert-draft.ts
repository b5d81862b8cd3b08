import { DomainError } from '@parity/shared/errors';
import { CurriculumErrorCode } from '../curriculum.errors';
import type { CourseVersion } from './course-version.entity';

export const notEditable = (): DomainError =>
  new DomainError(
    CurriculumErrorCode.VERSION_NOT_EDITABLE,
    'Only a draft can be changed: create a new draft to edit.',
  );

/** Only a draft changes; published versions are immutable. */
export function assertDraft(version: CourseVersion): void {
  if (!version.editable) throw notEditable();
}
