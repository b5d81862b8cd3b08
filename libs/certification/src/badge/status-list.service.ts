import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '@parity/shared/errors';
import { encodeBitstring, STATUS_LIST_SIZE } from './bitstring';
import { CredentialSigner } from './credential-signer.service';
import { buildStatusListCredential } from './status-list-credential';

/** Status indexes are a Postgres integer: lists beyond this number can hold nothing. */
export const MAX_STATUS_LIST = Math.ceil(2 ** 31 / STATUS_LIST_SIZE);

/**
 * The signed revocation list `list` (from 1): one query for the revoked indexes in its range, encoded and signed on
 * each request. Callers cache it briefly (HTTP); a revocation shows within that time.
 */
@Injectable()
export class StatusListService {
  constructor(
    private readonly em: EntityManager,
    private readonly signer: CredentialSigner,
  ) {}

  async signedList(list: number, now = new Date()): Promise<string> {
    if (!Number.isSafeInteger(list) || list < 1 || list > MAX_STATUS_LIST) throw notFound('Status list');
    const start = (list - 1) * STATUS_LIST_SIZE;
    const rows = await this.em
      .getConnection()
      .execute<
        { status_index: number }[]
      >('select status_index from certificate where revoked_at is not null and status_index >= ? and status_index < ?', [start, start + STATUS_LIST_SIZE]);
    const credential = buildStatusListCredential({
      list,
      encodedList: encodeBitstring(rows.map((row) => Number(row.status_index) - start)),
      validFrom: now,
      urls: this.signer.urls,
    });
    return this.signer.sign(credential, {
      iss: credential.issuer,
      jti: credential.id,
      sub: credential.credentialSubject.id,
      nbf: now,
    });
  }
}
