import { Cohort } from './cohort/cohort.entity';
import { CohortMember } from './cohort/cohort-member.entity';
import { Enrolment } from './enrolment/enrolment.entity';
import { LessonProgress } from './progress/lesson-progress.entity';
import { LessonVisit } from './progress/lesson-visit.entity';
import { QuizOutcome } from './progress/quiz-outcome.entity';

/** The learning domain's entities, for the ORM configuration. */
export const LEARNING_ENTITIES = [Enrolment, LessonProgress, LessonVisit, QuizOutcome, Cohort, CohortMember];
