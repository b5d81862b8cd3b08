import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = join(__dirname, '../..');

/** Lints a real file of the repository with one extra import line, through the ESLint CLI (as `npm run lint` does). */
async function lintWithImport(file: string, importLine: string): Promise<string[]> {
  const source = `${importLine}\n${readFileSync(join(root, file), 'utf8')}`;
  const run = spawnSync(
    join(root, 'node_modules/.bin/eslint'),
    ['--stdin', '--stdin-filename', join(root, file), '--format', 'json'],
    {
      cwd: join(root, file.split('/src/')[0] ?? '.'),
      input: source,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false' },
    },
  );
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@nx/enforce-module-boundaries')
    .map((m) => m.message);
}

describe('module boundaries (Nx tags and depConstraints)', () => {
  it('fail lint when the web app imports a server library (tag constraint scope:web → scope:web)', async () => {
    const messages = await lintWithImport(
      'apps/web/src/i18n.ts',
      "import { Role } from '@parity/identity';\nexport const leak = Role;",
    );
    expect(messages.join('\n')).toMatch(
      /tagged with "scope:web" can only depend on libs tagged with "scope:web"/,
    );
  });

  it('fail lint when a shared library imports a domain library (the arrow would point back)', async () => {
    const messages = await lintWithImport(
      'libs/shared/config/src/lib/redact.ts',
      "import { IdentityModule } from '@parity/identity';\nexport const leak = IdentityModule;",
    );
    expect(messages.join('\n')).toMatch(
      /Circular dependency between "shared-config" and "identity"|scope:shared/,
    );
  });

  it('fail lint when a library reaches into another library’s inner files', async () => {
    const messages = await lintWithImport(
      'libs/identity/src/identity.errors.ts',
      "import { configSchema } from '../../shared/config/src/lib/config.schema';\nexport const leak = configSchema;",
    );
    expect(messages.length).toBeGreaterThan(0);
  });

  it('pass lint for an allowed import (identity → shared)', async () => {
    const messages = await lintWithImport(
      'libs/identity/src/identity.errors.ts',
      "import { CommonErrorCode } from '@parity/shared/errors';\nexport const ok = CommonErrorCode;",
    );
    expect(messages).toEqual([]);
  });
});
