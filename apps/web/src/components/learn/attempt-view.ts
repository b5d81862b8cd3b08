import type { QuizAttemptFieldsFragment } from '../../graphql/learn.generated';

/**
 * The plain text of a sanitised HTML fragment (question prompts and feedback are rich text): block ends become line
 * breaks, list items get a bullet. Parsed inertly (DOMParser runs no scripts, loads nothing) and never put back as
 * HTML: only the lesson body is rendered as HTML.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
  doc.querySelectorAll('li').forEach((item) => item.prepend('• '));
  doc
    .querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, div, blockquote, pre, tr')
    .forEach((block) => block.append('\n'));
  return (doc.body.textContent ?? '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The attempt as the player shows it: prompts and feedback as text, and true/false options named. The API sends
 * true/false choices without text, always in the order true, false (never shuffled), so they are named by position.
 */
export function attemptForDisplay(
  attempt: QuizAttemptFieldsFragment,
  labels: { true: string; false: string; locale: string },
): QuizAttemptFieldsFragment {
  return {
    ...attempt,
    questions: attempt.questions.map((question) => ({
      ...question,
      prompt: { ...question.prompt, text: htmlToText(question.prompt.text) },
      options: question.options.map((option, index) =>
        question.type === 'TRUE_FALSE' && option.text.text.trim() === ''
          ? { ...option, text: { text: index === 0 ? labels.true : labels.false, locale: labels.locale } }
          : { ...option, text: { ...option.text, text: htmlToText(option.text.text) } },
      ),
      matchTargets: question.matchTargets.map((target) => ({
        ...target,
        text: { ...target.text, text: htmlToText(target.text.text) },
      })),
    })),
    result: attempt.result && {
      ...attempt.result,
      review: attempt.result.review.map((item) => ({
        ...item,
        feedback: item.feedback && { ...item.feedback, text: htmlToText(item.feedback.text) },
      })),
    },
  };
}
