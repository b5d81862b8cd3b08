import { Role } from '../role.enum';
import type { OperationRule, Whose } from '../whose';

const ANYONE: readonly Whose[] = ['own', 'unit', 'institution', 'other'];

/** Assessment: quiz attempts. "Whose" of an attempt is its learner. */
export const ASSESSMENT_ROWS = {
  'attempt.take': {
    description: 'Start a quiz attempt in one’s own enrolment, save its answers, submit it',
    rootFields: ['startQuizAttempt', 'saveAttemptAnswer', 'submitQuizAttempt'],
    allow: {
      [Role.LEARNER]: ['own'],
      [Role.TRAINER]: ['own'],
      [Role.COACH]: ['own'],
      [Role.INSTITUTION_ADMIN]: ['own'],
      [Role.PLATFORM_ADMIN]: ['own'],
    },
  },
  'attempt.read': {
    description:
      'Read quiz attempts and their results: the learner, and trainers and admins of the learner’s institution',
    rootFields: ['quizAttempt', 'quizAttempts'],
    allow: {
      [Role.LEARNER]: ['own'],
      [Role.TRAINER]: ['own', 'unit', 'institution'],
      [Role.COACH]: ['own'],
      [Role.INSTITUTION_ADMIN]: ['own', 'unit', 'institution'],
      [Role.PLATFORM_ADMIN]: ANYONE,
    },
  },
} satisfies Record<string, OperationRule>;
