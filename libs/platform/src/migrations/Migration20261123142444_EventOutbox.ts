import { Migration } from '@mikro-orm/migrations';

export class Migration20261123142444_EventOutbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "outbox_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "topic" varchar(64) not null, "key" varchar(200) not null, "payload" jsonb not null, "delivered_at" timestamptz null, constraint "outbox_event_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "outbox_event" add constraint "outbox_event_key_unique" unique ("key");`);
    this.addSql(
      `create index "outbox_event_undelivered" on "outbox_event" ("created_at") where "delivered_at" is null;`,
    );

    this.addSql(
      `alter table "course" add column "self_enrolment" boolean not null default true, add column "completion_minimum_minutes" int null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outbox_event" cascade;`);

    this.addSql(
      `alter table "course" drop column "self_enrolment", drop column "completion_minimum_minutes";`,
    );
  }
}
