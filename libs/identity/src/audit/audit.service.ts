import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent } from './audit-event.entity';

export interface AuditInput {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  institutionId?: string | null;
  details?: Record<string, unknown> | null;
}

/** Records sensitive actions in the caller's unit of work, so the record commits (or not) with the action. */
@Injectable()
export class AuditService {
  record(em: EntityManager, input: AuditInput): void {
    em.persist(new AuditEvent(input));
  }
}
