import { Migration } from '@mikro-orm/migrations';

export class Migration20261206103852_Coaching extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`create type "programme_application_status" as enum ('pending', 'approved', 'declined');`);
    this.addSql(
      `create type "engagement_state" as enum ('proposed', 'active', 'completed', 'ended_early', 'declined');`,
    );
    this.addSql(
      `create type "coaching_session_state" as enum ('proposed', 'scheduled', 'held', 'no_show', 'cancelled');`,
    );
    this.addSql(`create type "note_visibility" as enum ('private', 'shared');`);
    this.addSql(`create type "action_item_status" as enum ('open', 'in_progress', 'done', 'dropped');`);
    this.addSql(
      `create table "coach_profile" ("id" uuid not null, "created_at" timestamptz not null default now(), "user_id" uuid not null, "expertise" jsonb not null, "languages" jsonb not null, "availability" text null, "max_engagements" int not null default 5, "accepting" boolean not null default true, "updated_at" timestamptz null, constraint "coach_profile_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "coach_profile" add constraint "coach_profile_user_id_unique" unique ("user_id");`,
    );

    this.addSql(
      `create table "coaching_programme" ("id" uuid not null, "created_at" timestamptz not null default now(), "institution_id" uuid not null, "name" varchar(200) not null, "description" text null, "starts_on" date not null, "ends_on" date not null, "self_sign_up" boolean not null default false, "created_by_id" uuid null, "updated_at" timestamptz null, constraint "coaching_programme_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "coaching_programme_institution_id_starts_on_index" on "coaching_programme" ("institution_id", "starts_on");`,
    );

    this.addSql(
      `create table "programme_manager" ("id" uuid not null, "created_at" timestamptz not null default now(), "programme_id" uuid not null, "user_id" uuid not null, constraint "programme_manager_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "programme_manager" add constraint "programme_manager_programme_id_user_id_unique" unique ("programme_id", "user_id");`,
    );

    this.addSql(
      `create table "programme_application" ("id" uuid not null, "created_at" timestamptz not null default now(), "programme_id" uuid not null, "user_id" uuid not null, "status" "programme_application_status" not null default 'pending', "decided_by_id" uuid null, "decided_at" timestamptz null, constraint "programme_application_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "programme_application" add constraint "programme_application_programme_id_user_id_unique" unique ("programme_id", "user_id");`,
    );

    this.addSql(
      `create table "coaching_engagement" ("id" uuid not null, "created_at" timestamptz not null default now(), "programme_id" uuid not null, "coach_id" uuid not null, "coachee_id" uuid not null, "planned_sessions" int not null, "starts_on" date null, "ends_on" date null, "state" "engagement_state" not null default 'proposed', "proposed_by_id" uuid null, "coach_accepted_at" timestamptz null, "coachee_confirmed_at" timestamptz null, "coach_completed_at" timestamptz null, "completed_at" timestamptz null, "ended_at" timestamptz null, "ended_reason" text null, "updated_at" timestamptz null, constraint "coaching_engagement_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "coaching_engagement_programme_id_state_index" on "coaching_engagement" ("programme_id", "state");`,
    );
    this.addSql(
      `create index "coaching_engagement_coachee_id_state_index" on "coaching_engagement" ("coachee_id", "state");`,
    );
    this.addSql(
      `create index "coaching_engagement_coach_id_state_index" on "coaching_engagement" ("coach_id", "state");`,
    );
    this.addSql(
      `create unique index "coaching_engagement_open_unique" on "coaching_engagement" ("programme_id", "coachee_id") where "state" in ('proposed', 'active');`,
    );

    this.addSql(
      `create table "coaching_session" ("id" uuid not null, "created_at" timestamptz not null default now(), "engagement_id" uuid not null, "coach_id" uuid not null, "state" "coaching_session_state" not null default 'proposed', "proposed_times" jsonb not null, "starts_at" timestamptz null, "ends_at" timestamptz null, "duration_minutes" int not null, "time_zone" varchar(64) not null, "location" varchar(300) null, "online_url" varchar(500) null, "agenda" text null, "sequence" int not null default 0, "cancel_reason" text null, "updated_at" timestamptz null, constraint "coaching_session_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "coaching_session_upcoming_index" on "coaching_session" ("starts_at") where "state" = 'scheduled';`,
    );
    this.addSql(
      `create index "coaching_session_coach_id_starts_at_index" on "coaching_session" ("coach_id", "starts_at");`,
    );
    this.addSql(
      `create index "coaching_session_engagement_id_starts_at_index" on "coaching_session" ("engagement_id", "starts_at");`,
    );
    this.addSql(
      `alter table "coaching_session" add constraint "coaching_session_coach_no_overlap" exclude using gist ("coach_id" with =, tstzrange("starts_at", "ends_at") with &&) where ("state" in ('scheduled', 'held'));`,
    );

    this.addSql(
      `create table "session_note" ("id" uuid not null, "created_at" timestamptz not null default now(), "engagement_id" uuid not null, "session_id" uuid null, "author_id" uuid not null, "visibility" "note_visibility" not null, "key_id" varchar(64) not null, "body_ciphertext" bytea not null, "updated_at" timestamptz null, constraint "session_note_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "session_note_engagement_id_created_at_index" on "session_note" ("engagement_id", "created_at");`,
    );

    this.addSql(
      `create table "session_feedback" ("id" uuid not null, "created_at" timestamptz not null default now(), "session_id" uuid not null, "engagement_id" uuid not null, "usefulness" smallint not null, "relevance" smallint not null, "confidence" smallint not null, constraint "session_feedback_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "session_feedback" add constraint "session_feedback_session_id_unique" unique ("session_id");`,
    );

    this.addSql(
      `create table "coaching_session_change" ("id" uuid not null, "created_at" timestamptz not null default now(), "session_id" uuid not null, "kind" varchar(32) not null, "previous_starts_at" timestamptz null, "starts_at" timestamptz null, "sequence" int not null, "changed_by_id" uuid null, constraint "coaching_session_change_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "coaching_session_change_session_id_created_at_index" on "coaching_session_change" ("session_id", "created_at");`,
    );

    this.addSql(
      `create table "action_item" ("id" uuid not null, "created_at" timestamptz not null default now(), "engagement_id" uuid not null, "title" varchar(300) not null, "kind" varchar(16) not null default 'action', "owner_id" uuid not null, "due_on" date null, "status" "action_item_status" not null default 'open', "created_by_id" uuid null, "updated_at" timestamptz null, constraint "action_item_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "action_item_engagement_id_status_index" on "action_item" ("engagement_id", "status");`,
    );

    this.addSql(
      `create table "action_progress" ("id" uuid not null, "created_at" timestamptz not null default now(), "action_item_id" uuid not null, "author_id" uuid not null, "text" text not null, constraint "action_progress_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "action_progress_action_item_id_created_at_index" on "action_progress" ("action_item_id", "created_at");`,
    );

    this.addSql(
      `alter table "coach_profile" add constraint "coach_profile_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "coaching_programme" add constraint "coaching_programme_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "coaching_programme" add constraint "coaching_programme_created_by_id_foreign" foreign key ("created_by_id") references "user_account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "programme_manager" add constraint "programme_manager_programme_id_foreign" foreign key ("programme_id") references "coaching_programme" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "programme_manager" add constraint "programme_manager_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "programme_application" add constraint "programme_application_programme_id_foreign" foreign key ("programme_id") references "coaching_programme" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "programme_application" add constraint "programme_application_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "programme_application" add constraint "programme_application_decided_by_id_foreign" foreign key ("decided_by_id") references "user_account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "coaching_engagement" add constraint "coaching_engagement_programme_id_foreign" foreign key ("programme_id") references "coaching_programme" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "coaching_engagement" add constraint "coaching_engagement_coach_id_foreign" foreign key ("coach_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "coaching_engagement" add constraint "coaching_engagement_coachee_id_foreign" foreign key ("coachee_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "coaching_engagement" add constraint "coaching_engagement_proposed_by_id_foreign" foreign key ("proposed_by_id") references "user_account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "coaching_session" add constraint "coaching_session_engagement_id_foreign" foreign key ("engagement_id") references "coaching_engagement" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "coaching_session" add constraint "coaching_session_coach_id_foreign" foreign key ("coach_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "session_note" add constraint "session_note_engagement_id_foreign" foreign key ("engagement_id") references "coaching_engagement" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "session_note" add constraint "session_note_session_id_foreign" foreign key ("session_id") references "coaching_session" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "session_note" add constraint "session_note_author_id_foreign" foreign key ("author_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "session_feedback" add constraint "session_feedback_session_id_foreign" foreign key ("session_id") references "coaching_session" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "session_feedback" add constraint "session_feedback_engagement_id_foreign" foreign key ("engagement_id") references "coaching_engagement" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "coaching_session_change" add constraint "coaching_session_change_session_id_foreign" foreign key ("session_id") references "coaching_session" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "coaching_session_change" add constraint "coaching_session_change_changed_by_id_foreign" foreign key ("changed_by_id") references "user_account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "action_item" add constraint "action_item_engagement_id_foreign" foreign key ("engagement_id") references "coaching_engagement" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "action_item" add constraint "action_item_owner_id_foreign" foreign key ("owner_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "action_item" add constraint "action_item_created_by_id_foreign" foreign key ("created_by_id") references "user_account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "action_progress" add constraint "action_progress_action_item_id_foreign" foreign key ("action_item_id") references "action_item" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "action_progress" add constraint "action_progress_author_id_foreign" foreign key ("author_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "programme_manager" drop constraint "programme_manager_programme_id_foreign";`);

    this.addSql(
      `alter table "programme_application" drop constraint "programme_application_programme_id_foreign";`,
    );

    this.addSql(
      `alter table "coaching_engagement" drop constraint "coaching_engagement_programme_id_foreign";`,
    );

    this.addSql(`alter table "coaching_session" drop constraint "coaching_session_engagement_id_foreign";`);

    this.addSql(`alter table "session_note" drop constraint "session_note_engagement_id_foreign";`);

    this.addSql(`alter table "session_feedback" drop constraint "session_feedback_engagement_id_foreign";`);

    this.addSql(`alter table "action_item" drop constraint "action_item_engagement_id_foreign";`);

    this.addSql(`alter table "session_note" drop constraint "session_note_session_id_foreign";`);

    this.addSql(`alter table "session_feedback" drop constraint "session_feedback_session_id_foreign";`);

    this.addSql(
      `alter table "coaching_session_change" drop constraint "coaching_session_change_session_id_foreign";`,
    );

    this.addSql(`alter table "action_progress" drop constraint "action_progress_action_item_id_foreign";`);

    this.addSql(`drop table if exists "coach_profile" cascade;`);

    this.addSql(`drop table if exists "coaching_programme" cascade;`);

    this.addSql(`drop table if exists "programme_manager" cascade;`);

    this.addSql(`drop table if exists "programme_application" cascade;`);

    this.addSql(`drop table if exists "coaching_engagement" cascade;`);

    this.addSql(`drop table if exists "coaching_session" cascade;`);

    this.addSql(`drop table if exists "session_note" cascade;`);

    this.addSql(`drop table if exists "session_feedback" cascade;`);

    this.addSql(`drop table if exists "coaching_session_change" cascade;`);

    this.addSql(`drop table if exists "action_item" cascade;`);

    this.addSql(`drop table if exists "action_progress" cascade;`);

    this.addSql(`drop type "programme_application_status";`);
    this.addSql(`drop type "engagement_state";`);
    this.addSql(`drop type "coaching_session_state";`);
    this.addSql(`drop type "note_visibility";`);
    this.addSql(`drop type "action_item_status";`);
  }
}
