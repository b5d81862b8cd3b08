import { describe, expect, it } from 'vitest';
import type { QuizAttemptFieldsFragment } from '../../graphql/learn.generated';
import { attemptForDisplay, htmlToText } from './attempt-view';

const text = (value: string, locale = 'sr-Cyrl') => ({ text: value, locale });

describe('attempt display', () => {
  it('turns rich text into plain text without running or loading anything', () => {
    expect(htmlToText('<p>In which year?</p>')).toBe('In which year?');
    expect(htmlToText('<p>One</p><ul><li>a</li><li>b</li></ul>')).toBe('One\n• a\n• b');
    expect(htmlToText('<img src=x onerror="window.hacked=1">Hi &amp; bye')).toBe('Hi & bye');
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
    expect(htmlToText('2000')).toBe('2000');
  });

  it('names true/false options by their fixed order and keeps other texts', () => {
    const attempt = {
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
      questions: [
        {
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
        },
      ],
    } satisfies QuizAttemptFieldsFragment;
    const shown = attemptForDisplay(attempt, { true: 'True', false: 'False', locale: 'en' });
    expect(shown.questions[0]?.prompt).toEqual(text('„Род“ и „пол“ значе исто.'));
    expect(shown.questions[0]?.options.map((option) => option.text)).toEqual([
      text('True', 'en'),
      text('False', 'en'),
    ]);
  });
});
