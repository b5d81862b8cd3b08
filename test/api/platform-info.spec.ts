import { Role } from '@parity/identity';
import { EmailMessage } from '@parity/shared/mail';
import { given, TEST_PASSWORD } from '@parity/shared/testing';
import { TestApp } from '../support/test-app';

describe('what a client learns before signing in, and what the outbox shows', () => {
  it('tells anyone the languages, the password rule and every error and problem code', async () => {
    const t = await TestApp.start();
    try {
      const info = await t.client().ok<{
        platformInfo: {
          locales: string[];
          passwordMinLength: number;
          errorCodes: string[];
          problemCodes: string[];
        };
      }>(`{ platformInfo { locales passwordMinLength errorCodes problemCodes } }`);
      expect(info.platformInfo.locales).toEqual(
        expect.arrayContaining(['en', 'bs', 'hr', 'sr-Latn', 'sr-Cyrl', 'cnr', 'mk', 'sq']),
      );
      expect(info.platformInfo.passwordMinLength).toBe(10);
      expect(info.platformInfo.errorCodes).toEqual(
        expect.arrayContaining(['FORBIDDEN', 'INVALID_CREDENTIALS', 'QUERY_TOO_COMPLEX']),
      );
      expect(info.platformInfo.problemCodes).toEqual(
        expect.arrayContaining(['INVALID_EMAIL', 'UNKNOWN_UNIT', 'DUPLICATE_IN_FILE']),
      );
    } finally {
      await t.close();
    }
  });

  it('hides e-mail bodies (which may hold invitation links) from admins when a mail server delivers them', async () => {
    process.env['SMTP_URL'] = 'smtp://127.0.0.1:9';
    const t = await TestApp.start();
    delete process.env['SMTP_URL'];
    try {
      const g = given(t.em());
      const institution = await g.institution();
      const admin = await g.user({ institution, roles: [Role.INSTITUTION_ADMIN] });
      const message = new EmailMessage(
        {
          kind: 'invitation',
          to: 'x@example.test',
          locale: 'en',
          subject: 'Hi',
          text: 'secret link',
          html: '',
          institutionId: institution.id,
        },
        'parity.test',
      );
      await t.em().persistAndFlush(message);
      const client = await t.client().signIn(admin.email, TEST_PASSWORD);
      const outbox = await client.ok<{ emailMessages: { nodes: { id: string; textBody: string | null }[] } }>(
        `{ emailMessages { nodes { id textBody } } }`,
      );
      expect(outbox.emailMessages.nodes).toEqual([{ id: message.id, textBody: null }]);
    } finally {
      await t.close();
    }
  });
});
