/** What a quiz is for: marked, the knowledge before or after a course (paired to measure gain), or an ungraded survey. */
export enum QuizKind {
  GRADED = 'graded',
  PRE_TEST = 'pre_test',
  POST_TEST = 'post_test',
  SURVEY = 'survey',
}
