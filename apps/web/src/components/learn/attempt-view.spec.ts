import { describe, expect, it } from 'vitest';
import type { QuizAttemptFieldsFragment } from '../../graphql/learn.generated';
import { attemptForDisplay } from './attempt-view';

type Question = QuizAttemptFieldsFragment['questions'][number];

const text = (value: string, locale = 'sr-Cyrl') => ({ text: value, locale });
const labels = { true: 'True', false: 'False', locale: 'en' };

/** An open attempt at one question. */
const attemptOf = (question: Question): QuizAttemptFieldsFragment => ({
  id: 'a',
  quizId: 'q',
  number: 1,
  status: 'IN_PROGRESS',
  startedAt: '',
  deadlineAt: null,
  submittedAt: null,
  autoSubmitted: false,
  title: text('Quiz'),
  result: null,
  questions: [question],
});

describe('attempt display', () => {
  it('names true/false options by their fixed order and keeps the prompt as HTML', () => {
    const shown = attemptForDisplay(
      attemptOf({
        key: 'k',
        position: 1,
        type: 'TRUE_FALSE',
        points: 1,
        prompt: text('<p>„Род“ и „пол“ значе исто.</p>'),
        options: [
          { id: 'o1', text: text('') },
          { id: 'o2', text: text('') },
        ],
        matchTargets: [],
        answer: null,
      }),
      labels,
    );
    // The prompt stays the server's sanitised HTML: RichText renders it.
    expect(shown.questions[0]?.prompt).toEqual(text('<p>„Род“ и „пол“ значе исто.</p>'));
    expect(shown.questions[0]?.options.map((option) => option.text)).toEqual([
      text('True', 'en'),
      text('False', 'en'),
    ]);
  });

  it('leaves option texts as the plain text the server sends (a literal "<" is text, not markup)', () => {
    const question: Question = {
      key: 'k',
      position: 1,
      type: 'SINGLE_CHOICE',
      points: 1,
      prompt: text('<p>Which is right?</p>'),
      options: [{ id: 'o1', text: text('a < b & <b>c</b>') }],
      matchTargets: [],
      answer: null,
    };
    expect(attemptForDisplay(attemptOf(question), labels).questions[0]).toEqual(question);
  });
});
