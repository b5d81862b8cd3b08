/* eslint-disable no-console -- a command-line tool prints for people */
import 'reflect-metadata';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { IDENTITY_ENTITIES } from '@parity/identity';
import { loadConfig } from '@parity/shared/config';
import { createOrmOptions } from '@parity/shared/database';
import { COACHING_ENTITIES } from '../coaching.entities';
import { NoteCipher } from './note-cipher.service';
import { NoteRekey } from './note-rekey.service';

/**
 * `npm run notes:rekey`: re-encrypts every coaching note whose key is not NOTES_ENCRYPTION_KEY_ID, a page per
 * transaction (see docs/coaching-note-keys.md). Safe to run again, and while the api serves: it prints counts only.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const cipher = new NoteCipher(config);
  const orm = await MikroORM.init(
    createOrmOptions({
      url: config.DATABASE_URL,
      entities: [...IDENTITY_ENTITIES, ...COACHING_ENTITIES],
      migrations: [],
      migrationsPath: '.',
      poolMax: 2,
    }),
  );
  try {
    const rekey = new NoteRekey(cipher);
    const em = orm.em.fork() as EntityManager;
    const result = await rekey.run(em, {
      onPage: (done) => console.log(`notes:rekey: ${done} note(s) re-encrypted so far`),
    });
    const remaining = await rekey.remaining(em);
    console.log(
      `notes:rekey: ${result.rekeyed} note(s) re-encrypted with key "${cipher.currentKeyId}"; ${remaining} left on other keys${remaining ? ' (locked by a writer: run again)' : ''}`,
    );
  } finally {
    await orm.close(true);
  }
}

main().catch((error: unknown) => {
  // Messages only (ids and counts): no stack with values, never a note's text.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
