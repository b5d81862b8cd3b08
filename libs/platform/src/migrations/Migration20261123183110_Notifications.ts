import { Migration } from '@mikro-orm/migrations';

export class Migration20261123183110_Notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "notification_kind" as enum ('due_soon', 'overdue', 'not_started', 'inactive', 'certificate_expiring', 'escalation_digest', 'session_upcoming');`,
    );
    this.addSql(`create type "notification_status" as enum ('pending', 'delivered', 'skipped');`);
    this.addSql(
      `create table "notification" ("id" uuid not null, "created_at" timestamptz not null default now(), "user_id" uuid not null, "kind" "notification_kind" not null, "target_id" uuid not null, "cycle" varchar(40) not null, "params" jsonb not null, "mandatory" boolean not null default false, "status" "notification_status" not null default 'pending', "skipped_reason" varchar(40) null, "in_app" boolean not null default false, "delivered_at" timestamptz null, "read_at" timestamptz null, "email_message_id" uuid null, constraint "notification_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "notification_pending_index" on "notification" ("created_at") where "status" = 'pending';`,
    );
    this.addSql(
      `create index "notification_unread_index" on "notification" ("user_id") where "in_app" and "read_at" is null;`,
    );
    this.addSql(
      `create index "notification_user_id_created_at_index" on "notification" ("user_id", "created_at");`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_user_id_kind_target_id_cycle_unique" unique ("user_id", "kind", "target_id", "cycle");`,
    );

    this.addSql(
      `create table "notification_preference" ("id" uuid not null, "created_at" timestamptz not null default now(), "user_id" uuid not null, "kind" "notification_kind" not null, "email" boolean not null default true, "in_app" boolean not null default true, constraint "notification_preference_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "notification_preference" add constraint "notification_preference_user_id_kind_unique" unique ("user_id", "kind");`,
    );

    this.addSql(
      `create table "quiet_hours" ("id" uuid not null, "created_at" timestamptz not null default now(), "user_id" uuid not null, "start_minute" smallint not null, "end_minute" smallint not null, constraint "quiet_hours_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "quiet_hours" add constraint "quiet_hours_user_id_unique" unique ("user_id");`);

    this.addSql(
      `create table "reminder_rule" ("id" uuid not null, "created_at" timestamptz not null default now(), "institution_id" uuid not null, "course_id" uuid null, "kind" "notification_kind" not null, "offsets" jsonb not null, "enabled" boolean not null default true, "updated_at" timestamptz null, constraint "reminder_rule_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create unique index "reminder_rule_scope_unique" on "reminder_rule" ("institution_id", coalesce("course_id", '00000000-0000-0000-0000-000000000000'), "kind");`,
    );

    this.addSql(`alter table "email_message" add column "not_before" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "notification_preference" cascade;`);

    this.addSql(`drop table if exists "quiet_hours" cascade;`);

    this.addSql(`drop table if exists "reminder_rule" cascade;`);

    this.addSql(`alter table "email_message" drop column "not_before";`);

    this.addSql(`drop type "notification_kind";`);
    this.addSql(`drop type "notification_status";`);
  }
}
