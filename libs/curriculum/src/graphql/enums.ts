import { registerEnumType } from '@nestjs/graphql';
import { PartialCreditRule } from '../bank/partial-credit.enum';
import { QuestionType } from '../bank/question-type.enum';
import { CourseVisibility } from '../course/course-visibility.enum';
import { CountingRule } from '../quiz/counting-rule.enum';
import { QuizKind } from '../quiz/quiz-kind.enum';
import { RevealPolicy } from '../quiz/reveal-policy.enum';
import { VersionStatus } from '../version/version-status.enum';

registerEnumType(CourseVisibility, { name: 'CourseVisibility' });
registerEnumType(VersionStatus, { name: 'VersionStatus' });
registerEnumType(QuestionType, { name: 'QuestionType' });
registerEnumType(PartialCreditRule, { name: 'PartialCreditRule' });
registerEnumType(QuizKind, { name: 'QuizKind' });
registerEnumType(CountingRule, { name: 'CountingRule' });
registerEnumType(RevealPolicy, { name: 'RevealPolicy' });

export {
  CourseVisibility,
  VersionStatus,
  QuestionType,
  PartialCreditRule,
  QuizKind,
  CountingRule,
  RevealPolicy,
};
