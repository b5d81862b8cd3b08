import { createLogger } from './logger';
import { redactUrl } from './redact';

function capture(): { lines: string[]; stream: { write(line: string): void } } {
  const lines: string[] = [];
  return { lines, stream: { write: (line: string) => lines.push(line) } };
}

describe('structured logs', () => {
  it('write JSON with secrets and personal data redacted', () => {
    const { lines, stream } = capture();
    const logger = createLogger('test', 'info', stream);
    logger.info(
      {
        req: { headers: { cookie: 'parity_session=secret-token', authorization: 'Bearer abc' } },
        user: { email: 'ana@example.test', sex: 'female', rank: 'nco', passwordHash: '$argon2id$...' },
        input: { password: 'hunter2-hunter2', token: 'invite-token' },
      },
      'something happened',
    );
    const entry = JSON.parse(lines[0] ?? '{}');
    expect(entry.msg).toBe('something happened');
    const text = lines.join('');
    for (const secret of [
      'secret-token',
      'Bearer abc',
      'ana@example.test',
      'female',
      'nco',
      '$argon2id$',
      'hunter2',
      'invite-token',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(entry.user.email).toBe('[redacted]');
  });

  it('never print a database password in a connection URL', () => {
    expect(redactUrl('postgres://parity:s3cret@db:5432/parity')).toBe('postgres://parity:***@db:5432/parity');
  });
});
