import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { clampPageSize, decodeCursor, encodeCursor } from '@parity/shared/database';
import { forbidden } from '@parity/shared/errors';
import { EmailMessage, type EmailStatus } from '@parity/shared/mail';
import type { Actor } from '../authz/actor';
import { AuthorizationService } from '../authz/authorization.service';
import type { EmailMessageConnectionType } from './dto/email-message-connection.type';

/**
 * Admins read their institution's outbox: what was sent, what failed (and why), what is kept when no SMTP server is
 * configured; by status and by a search over recipient and subject.
 */
@Injectable()
export class EmailOutboxQueryService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
  ) {}

  async list(
    actorOrNull: Actor | null,
    args: {
      institutionId?: string | null;
      first?: number | null;
      after?: string | null;
      status?: EmailStatus | null;
      search?: string | null;
    },
  ): Promise<EmailMessageConnectionType> {
    const actor = this.authz.requireActor(actorOrNull);
    const first = clampPageSize(args.first);
    const scope = this.authz.listScope(actor, 'outbox.read');
    const institutionIds = [...new Set([...scope.institutionIds])];
    if (!scope.all && institutionIds.length === 0) throw forbidden();
    if (args.institutionId && !scope.all && !institutionIds.includes(args.institutionId)) throw forbidden();
    const where: FilterQuery<EmailMessage>[] = [];
    if (args.institutionId) where.push({ institutionId: args.institutionId });
    else if (!scope.all) where.push({ institutionId: { $in: institutionIds } });
    if (args.status) where.push({ status: args.status });
    const search = args.search?.trim().slice(0, 100);
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      where.push({ $or: [{ toAddress: { $ilike: pattern } }, { subject: { $ilike: pattern } }] });
    }
    const filter: FilterQuery<EmailMessage> = where.length ? { $and: where } : {};
    const paged: FilterQuery<EmailMessage>[] = [filter];
    if (args.after) {
      const [at, id] = decodeCursor(args.after, ['timestamp', 'uuid']);
      const createdAt = new Date(at);
      paged.push({ $or: [{ createdAt: { $lt: createdAt } }, { createdAt, id: { $lt: id } }] });
    }
    const [rows, totalCount] = await Promise.all([
      this.em.find(
        EmailMessage,
        { $and: paged },
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 },
      ),
      this.em.count(EmailMessage, filter),
    ]);
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return {
      nodes,
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
      },
      totalCount,
    };
  }
}
