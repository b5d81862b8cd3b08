import { registerEnumType } from '@nestjs/graphql';
import { AttemptStatus } from '../attempt/attempt-status.enum';
import { LearnerQuestionType } from './learner-question-type.enum';

registerEnumType(AttemptStatus, { name: 'AttemptStatus' });
registerEnumType(LearnerQuestionType, {
  name: 'LearnerQuestionType',
  description: 'How a question is answered (the learner’s view: it never says which answer is right).',
});

export { AttemptStatus, LearnerQuestionType };
