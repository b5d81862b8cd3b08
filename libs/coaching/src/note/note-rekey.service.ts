import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NoteCipher } from './note-cipher.service';
import { bindingOf, NOTE_COLUMNS, sealedOf, toNoteRow, type RawNoteRow } from './note-rows';

export const REKEY_PAGE_SIZE = 200;

export interface RekeyResult {
  rekeyed: number;
  pages: number;
}

/**
 * Key rotation: re-encrypts every note whose key is not the current one, a page at a time, each page in its own
 * transaction (rows locked, skipped if someone holds them: a later run picks them up). A note that does not open
 * stops the run with its id (never its text); pages already done stay done.
 */
@Injectable()
export class NoteRekey {
  constructor(private readonly cipher: NoteCipher) {}

  async run(
    em: EntityManager,
    options: { pageSize?: number; onPage?: (done: number) => void } = {},
  ): Promise<RekeyResult> {
    const pageSize = options.pageSize ?? REKEY_PAGE_SIZE;
    const current = this.cipher.currentKeyId;
    let after = '00000000-0000-0000-0000-000000000000';
    const result: RekeyResult = { rekeyed: 0, pages: 0 };
    for (;;) {
      const done = await em.fork().transactional(async (tx) => {
        const raws = await tx.execute<RawNoteRow[]>(
          `select ${NOTE_COLUMNS} from session_note n
            where n.key_id <> ? and n.id > ? order by n.id limit ? for update skip locked`,
          [current, after, pageSize],
        );
        const rows = raws.map(toNoteRow);
        for (const row of rows) {
          const sealed = this.cipher.reencrypt(bindingOf(row), sealedOf(row));
          await tx.execute(`update session_note set key_id = ?, body_ciphertext = ? where id = ?`, [
            sealed.keyId,
            sealed.ciphertext,
            row.id,
          ]);
        }
        return rows;
      });
      if (done.length === 0) return result;
      after = done.at(-1)?.id ?? after;
      result.rekeyed += done.length;
      result.pages += 1;
      options.onPage?.(result.rekeyed);
    }
  }

  /** How many notes are still encrypted with a key other than the current one. */
  async remaining(em: EntityManager): Promise<number> {
    const [row] = await em.execute<{ n: string }[]>(
      `select count(*) as n from session_note where key_id <> ?`,
      [this.cipher.currentKeyId],
    );
    return Number(row?.n ?? 0);
  }
}
