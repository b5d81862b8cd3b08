/** What one question earned. `correct` is null for an ungraded (Likert) question, which counts 0 of 0. */
export interface QuestionGrade {
  earnedPoints: number;
  maxPoints: number;
  correct: boolean | null;
}
