/** How a question is answered (Likert is ungraded: attitude surveys). */
export enum QuestionType {
  SINGLE_CHOICE = 'single_choice',
  MULTIPLE_CHOICE = 'multiple_choice',
  TRUE_FALSE = 'true_false',
  SHORT_ANSWER = 'short_answer',
  MATCHING = 'matching',
  ORDERING = 'ordering',
  LIKERT = 'likert',
}
