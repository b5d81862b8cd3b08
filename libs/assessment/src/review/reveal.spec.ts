import { RevealPolicy } from '@parity/curriculum';
import { reveals } from './reveal';

const failedWithAttemptsLeft = { passed: false, attemptsLeft: 2, closed: false, openAttempt: false };

describe('review policies', () => {
  it('never: shows nothing, even after passing the last attempt', () => {
    expect(
      reveals(RevealPolicy.NEVER, { passed: true, attemptsLeft: 0, closed: true, openAttempt: false }),
    ).toBe(false);
  });

  it('after each attempt: shows as soon as an attempt is submitted', () => {
    expect(reveals(RevealPolicy.AFTER_EACH_ATTEMPT, failedWithAttemptsLeft)).toBe(true);
  });

  it('after passing: shows once the quiz is passed, not before', () => {
    expect(reveals(RevealPolicy.AFTER_PASSING, failedWithAttemptsLeft)).toBe(false);
    expect(reveals(RevealPolicy.AFTER_PASSING, { ...failedWithAttemptsLeft, passed: true })).toBe(true);
  });

  it('after the last attempt: shows when none is left or the enrolment is closed', () => {
    expect(reveals(RevealPolicy.AFTER_LAST_ATTEMPT, failedWithAttemptsLeft)).toBe(false);
    expect(reveals(RevealPolicy.AFTER_LAST_ATTEMPT, { ...failedWithAttemptsLeft, attemptsLeft: 0 })).toBe(
      true,
    );
    expect(reveals(RevealPolicy.AFTER_LAST_ATTEMPT, { ...failedWithAttemptsLeft, closed: true })).toBe(true);
  });

  it('after the last attempt: with unlimited attempts, passing does not reveal the answers', () => {
    expect(
      reveals(RevealPolicy.AFTER_LAST_ATTEMPT, {
        passed: true,
        attemptsLeft: null,
        closed: false,
        openAttempt: false,
      }),
    ).toBe(false);
  });

  it('while an attempt of the quiz is open: shows nothing, whatever the policy and standing', () => {
    const standing = { passed: true, attemptsLeft: 0, closed: true, openAttempt: true };
    for (const policy of Object.values(RevealPolicy)) expect(reveals(policy, standing)).toBe(false);
  });
});
