import { Module } from '@nestjs/common';
import { CompletionService } from '@parity/learning';
import { AttemptSubmission } from './attempt/attempt-submission.service';
import { OverdueAttempts } from './attempt/overdue-attempts.service';

/**
 * Grading at submission, for the api (the learner submits) and the worker (the deadline closes). It provides the
 * stateless CompletionService itself instead of importing LearningModule, whose resolvers and curriculum imports
 * (file storage, …) the worker does not have; the outbox comes from the global queue module.
 */
@Module({
  providers: [AttemptSubmission, OverdueAttempts, CompletionService],
  exports: [AttemptSubmission, OverdueAttempts],
})
export class AttemptSubmissionModule {}
