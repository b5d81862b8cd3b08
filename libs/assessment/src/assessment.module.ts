import { Module } from '@nestjs/common';
import { IdentityModule } from '@parity/identity';
import { CurriculumModule } from '@parity/curriculum';
import { LearningModule } from '@parity/learning';
import { AttemptAccess } from './attempt/attempt-access.service';
import { AttemptAnswerService } from './attempt/attempt-answer.service';
import { AttemptQueryService } from './attempt/attempt-query.service';
import { AttemptStartService } from './attempt/attempt-start.service';
import { AttemptTakingService } from './attempt/attempt-taking.service';
import { DeadlineScheduler } from './attempt/deadline-scheduler';
import { AttemptSubmissionModule } from './attempt-submission.module';
import { AttemptViewService } from './review/attempt-view.service';
import { OutlineQuizFieldsResolver } from './resolvers/outline-quiz-fields.resolver';
import { QuizAttemptResolver } from './resolvers/quiz-attempt.resolver';

/** Assessment: quiz attempts drawn on the server, autosaved answers, server-side grading, review policies. */
@Module({
  imports: [IdentityModule, CurriculumModule, LearningModule, AttemptSubmissionModule],
  providers: [
    AttemptAccess,
    AttemptStartService,
    AttemptAnswerService,
    AttemptQueryService,
    AttemptTakingService,
    AttemptViewService,
    DeadlineScheduler,
    QuizAttemptResolver,
    OutlineQuizFieldsResolver,
  ],
  exports: [],
})
export class AssessmentModule {}
