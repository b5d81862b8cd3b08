import type { QuizAttemptFieldsFragment } from '../../graphql/learn.generated';

/**
 * The attempt as the player shows it: true/false options named in the reader's language. The API sends true/false
 * choices without text, always in the order true, false (never shuffled), so they are named by position. Prompts and
 * feedback stay sanitised HTML (shown by RichText); option texts are plain text (shown as text).
 */
export function attemptForDisplay(
  attempt: QuizAttemptFieldsFragment,
  labels: { true: string; false: string; locale: string },
): QuizAttemptFieldsFragment {
  return {
    ...attempt,
    questions: attempt.questions.map((question) =>
      question.type === 'TRUE_FALSE'
        ? {
            ...question,
            options: question.options.map((option, index) =>
              option.text.text.trim() === ''
                ? {
                    ...option,
                    text: { text: index === 0 ? labels.true : labels.false, locale: labels.locale },
                  }
                : option,
            ),
          }
        : question,
    ),
  };
}
