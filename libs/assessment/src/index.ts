export { AssessmentModule } from './assessment.module';
export { AttemptSubmissionModule } from './attempt-submission.module';
export { OverdueAttempts } from './attempt/overdue-attempts.service';
export { DEADLINE_GRACE_MS } from './attempt/attempt-timing';
export { ASSESSMENT_ENTITIES } from './assessment.entities';
export { AssessmentErrorCode, ASSESSMENT_ERROR_KINDS } from './assessment.errors';
export { QuizAttempt } from './attempt/quiz-attempt.entity';
export { AttemptAnswer } from './attempt/attempt-answer.entity';
export { AttemptStatus } from './attempt/attempt-status.enum';
