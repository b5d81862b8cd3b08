import { Entity, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';

/** An append-only record of a sensitive action: who did what to which object. Never holds secrets. */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['institutionId', 'createdAt'] })
export class AuditEvent extends BaseEntity {
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Property({ type: 'string', length: 80 })
  action: string;

  @Property({ type: 'string', length: 60 })
  subjectType: string;

  @Index()
  @Property({ type: 'string', length: 64, nullable: true })
  subjectId: string | null;

  @Property({ type: 'uuid', nullable: true })
  institutionId: string | null;

  @Property({ type: 'json', nullable: true })
  details: Record<string, unknown> | null;

  constructor(input: {
    actorId: string | null;
    action: string;
    subjectType: string;
    subjectId?: string | null;
    institutionId?: string | null;
    details?: Record<string, unknown> | null;
  }) {
    super();
    this.actorId = input.actorId;
    this.action = input.action;
    this.subjectType = input.subjectType;
    this.subjectId = input.subjectId ?? null;
    this.institutionId = input.institutionId ?? null;
    this.details = input.details ?? null;
  }
}
