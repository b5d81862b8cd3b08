import { Module } from '@nestjs/common';
import { IdentityModule } from '@parity/identity';
import { CurriculumModule } from '@parity/curriculum';
import { EnrolmentAdminResolver } from './admin/enrolment-admin.resolver';
import { EnrolmentAdminService } from './admin/enrolment-admin.service';
import { AssignmentResolver } from './assignment/assignment.resolver';
import { AssignmentService } from './assignment/assignment.service';
import { CohortResolver } from './cohort/cohort.resolver';
import { CohortService } from './cohort/cohort.service';
import { CatalogueFieldsResolver } from './catalogue/catalogue-fields.resolver';
import { CatalogueQueryService } from './catalogue/catalogue-query.service';
import { CatalogueResolver } from './catalogue/catalogue.resolver';
import { CompletionService } from './completion/completion.service';
import { EnrolmentAccess } from './enrolment/enrolment-access.service';
import { EnrolmentFieldsResolver } from './enrolment/enrolment-fields.resolver';
import { EnrolmentQueryService } from './enrolment/enrolment-query.service';
import { EnrolmentResolver } from './enrolment/enrolment.resolver';
import { EnrolmentService } from './enrolment/enrolment.service';
import { LessonFileAccess } from './files/lesson-file-access.service';
import { ProgressResolver } from './progress/progress.resolver';
import { ProgressService } from './progress/progress.service';

/** Learning: catalogue, enrolment and assignment, cohorts, progress, completion. */
@Module({
  imports: [IdentityModule, CurriculumModule],
  providers: [
    CatalogueQueryService,
    CatalogueResolver,
    CatalogueFieldsResolver,
    EnrolmentAccess,
    EnrolmentService,
    EnrolmentQueryService,
    EnrolmentResolver,
    EnrolmentFieldsResolver,
    ProgressService,
    ProgressResolver,
    CompletionService,
    AssignmentService,
    AssignmentResolver,
    EnrolmentAdminService,
    EnrolmentAdminResolver,
    CohortService,
    CohortResolver,
    LessonFileAccess,
  ],
  exports: [CompletionService, EnrolmentAccess, LessonFileAccess],
})
export class LearningModule {}
