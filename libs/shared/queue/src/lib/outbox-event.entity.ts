import { Entity, Index, Property } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';

/**
 * The event outbox: a fact that must trigger work elsewhere (a completed enrolment → certificate, notifications)
 * is written in the same transaction as its cause. `key` is the idempotency key (unique by constraint), so the
 * same fact can never be recorded twice; the relay hands each row to BullMQ with the row's id as job id.
 */
@Entity({ tableName: 'outbox_event' })
@Index({
  name: 'outbox_event_undelivered',
  expression: `create index "outbox_event_undelivered" on "outbox_event" ("created_at") where "delivered_at" is null`,
})
export class OutboxEvent extends BaseEntity {
  @Property({ type: 'string', length: 64 })
  topic: string;

  @Property({ type: 'string', length: 200, unique: true })
  key: string;

  /** Ids only, never personal data: subscribers reload what they need. */
  @Property({ type: 'json' })
  payload: Record<string, string>;

  @Property({ type: 'datetime', nullable: true })
  deliveredAt: Date | null = null;

  constructor(topic: string, key: string, payload: Record<string, string>) {
    super();
    this.topic = topic;
    this.key = key;
    this.payload = payload;
  }
}
