/** The question types as a learner's attempt exposes them (the same values as the studio's QuestionType). */
export enum LearnerQuestionType {
  SINGLE_CHOICE = 'single_choice',
  MULTIPLE_CHOICE = 'multiple_choice',
  TRUE_FALSE = 'true_false',
  SHORT_ANSWER = 'short_answer',
  MATCHING = 'matching',
  ORDERING = 'ordering',
  LIKERT = 'likert',
}
