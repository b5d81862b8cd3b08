import { AttemptAnswer } from './attempt/attempt-answer.entity';
import { QuizAttempt } from './attempt/quiz-attempt.entity';

/** The assessment domain's entities, for the ORM configuration. */
export const ASSESSMENT_ENTITIES: (new (...args: never[]) => object)[] = [QuizAttempt, AttemptAnswer];
