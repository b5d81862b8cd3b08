import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthorizationService, type Actor } from '@parity/identity';
import { clampPageSize, decodeCursor, encodeCursor, isUuid } from '@parity/shared/database';
import { notFound } from '@parity/shared/errors';
import { Certificate } from './certificate.entity';

export interface CertificatePage {
  nodes: Certificate[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** Reading certificates: one's own ('certificate.own'), an institution's ('certificate.read'). */
@Injectable()
export class CertificateQueryService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
  ) {}

  async mine(actorOrNull: Actor | null): Promise<Certificate[]> {
    const actor = this.authz.requireActor(actorOrNull);
    this.authz.assert(actor, 'certificate.own', {
      institutionId: actor.institutionId,
      ownerId: actor.userId,
    });
    return this.em.find(Certificate, { user: actor.userId }, { orderBy: { issuedAt: 'desc', id: 'desc' } });
  }

  /** The certificates an institution issued, newest first; search by holder, serial number or course title. */
  async list(
    actor: Actor | null,
    input: { institutionId: string; search?: string | null; first?: number | null; after?: string | null },
  ): Promise<CertificatePage> {
    if (!isUuid(input.institutionId)) throw notFound('Institution');
    this.authz.assert(actor, 'certificate.read', { institutionId: input.institutionId });
    const first = clampPageSize(input.first);
    const filter: string[] = ['institution_id = ?'];
    const params: unknown[] = [input.institutionId];
    const search = input.search?.trim();
    if (search) {
      const pattern = `%${escapeLike(search.slice(0, 100))}%`;
      filter.push('(holder_name ilike ? or serial_number ilike ? or course_title::text ilike ?)');
      params.push(pattern, pattern, pattern);
    }
    const where = filter.join(' and ');
    const cursor = input.after ? decodeCursor(input.after, ['timestamp', 'uuid'] as const) : null;
    const connection = this.em.getConnection();
    const [rows, counts] = await Promise.all([
      connection.execute<{ id: string; issued: string }[]>(
        `select id, to_char(issued_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as issued
         from certificate where ${where} ${cursor ? 'and (issued_at, id) < (?::timestamptz, ?::uuid)' : ''}
         order by issued_at desc, id desc limit ?`,
        [...params, ...(cursor ?? []), first + 1],
      ),
      connection.execute<{ count: string }[]>(
        `select count(*) as count from certificate where ${where}`,
        params,
      ),
    ]);
    const page = rows.slice(0, first);
    const last = page.at(-1);
    const loaded = await this.em.find(Certificate, { id: page.map((row) => row.id) });
    const byId = new Map(loaded.map((certificate) => [certificate.id, certificate]));
    return {
      nodes: page.map((row) => byId.get(row.id)).filter((node): node is Certificate => node !== undefined),
      endCursor: last ? encodeCursor([last.issued, last.id]) : null,
      hasNextPage: rows.length > first,
      totalCount: Number(counts[0]?.count ?? 0),
    };
  }

  /** For revoked certificates among these: the certificate that replaced each (reissue). */
  async replacements(certificates: Certificate[]): Promise<Map<string, string>> {
    const revoked = certificates.filter((certificate) => certificate.revokedAt).map((c) => c.id);
    if (revoked.length === 0) return new Map();
    const rows = await this.em
      .getConnection()
      .execute<
        { id: string; reissue_of_id: string }[]
      >(`select id, reissue_of_id from certificate where reissue_of_id in (${revoked.map(() => '?').join(', ')})`, revoked);
    return new Map(rows.map((row) => [row.reissue_of_id, row.id]));
  }
}
