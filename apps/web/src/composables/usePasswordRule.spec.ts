import { describe, expect, it } from 'vitest';
import { passwordProblem } from './usePasswordRule';

describe('password rule (platformInfo.passwordMinLength)', () => {
  it('refuses a password shorter than the installation minimum, counting characters', () => {
    expect(passwordProblem('short', 10)).toBe('TOO_SHORT');
    expect(passwordProblem('long enough', 10)).toBeNull();
    // Nine emoji are nine characters (eighteen UTF-16 units): still too short.
    expect(passwordProblem('😀'.repeat(9), 10)).toBe('TOO_SHORT');
  });

  it('leaves the length to the server while the minimum is unknown', () => {
    expect(passwordProblem('x', null)).toBeNull();
  });

  it('refuses the e-mail address as password, whatever its case', () => {
    expect(passwordProblem(' Ana.Petrovic@mod.example', 10, 'ana.petrovic@mod.example')).toBe(
      'SAME_AS_EMAIL',
    );
    expect(passwordProblem('a different passphrase', 10, 'ana.petrovic@mod.example')).toBeNull();
  });
});
