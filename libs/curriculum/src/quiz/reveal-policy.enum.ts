/** When feedback (or the correct answers) are shown to a learner. */
export enum RevealPolicy {
  NEVER = 'never',
  AFTER_EACH_ATTEMPT = 'after_each_attempt',
  AFTER_PASSING = 'after_passing',
  AFTER_LAST_ATTEMPT = 'after_last_attempt',
}
