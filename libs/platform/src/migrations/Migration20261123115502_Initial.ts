import { Migration } from '@mikro-orm/migrations';

export class Migration20261123115502_Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "email_status" as enum ('pending', 'sent', 'stored', 'failed');`);
    this.addSql(`create type "user_status" as enum ('invited', 'active', 'disabled');`);
    this.addSql(`create type "sex" as enum ('female', 'male');`);
    this.addSql(`create type "staff_category" as enum ('military', 'civilian');`);
    this.addSql(
      `create type "rank_group" as enum ('general_officer', 'senior_officer', 'junior_officer', 'nco', 'enlisted');`,
    );
    this.addSql(
      `create type "role" as enum ('learner', 'trainer', 'coach', 'institution_admin', 'platform_admin');`,
    );
    this.addSql(
      `create table "audit_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "actor_id" uuid null, "action" varchar(80) not null, "subject_type" varchar(60) not null, "subject_id" varchar(64) null, "institution_id" uuid null, "details" jsonb null, constraint "audit_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_event_subject_id_index" on "audit_event" ("subject_id");`);
    this.addSql(
      `create index "audit_event_institution_id_created_at_index" on "audit_event" ("institution_id", "created_at");`,
    );

    this.addSql(
      `create table "country" ("id" uuid not null, "created_at" timestamptz not null default now(), "code" varchar(2) not null, "name" varchar(120) not null, constraint "country_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "country" add constraint "country_code_unique" unique ("code");`);

    this.addSql(
      `create table "email_message" ("id" uuid not null, "created_at" timestamptz not null default now(), "kind" varchar(64) not null, "to_address" varchar(320) not null, "locale" varchar(16) not null, "subject" varchar(300) not null, "text_body" text null, "html_body" text null, "status" "email_status" not null, "attempts" int not null, "last_error" text null, "message_id" varchar(200) not null, "delivered_at" timestamptz null, "institution_id" uuid null, constraint "email_message_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "email_message_institution_id_index" on "email_message" ("institution_id");`);
    this.addSql(
      `create index "email_message_status_created_at_index" on "email_message" ("status", "created_at");`,
    );

    this.addSql(
      `create table "institution" ("id" uuid not null, "created_at" timestamptz not null default now(), "country_id" uuid not null, "name" varchar(200) not null, "short_name" varchar(40) not null, constraint "institution_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "institution" add constraint "institution_country_id_name_unique" unique ("country_id", "name");`,
    );

    this.addSql(
      `create table "unit" ("id" uuid not null, "created_at" timestamptz not null default now(), "institution_id" uuid not null, "parent_id" uuid null, "name" varchar(200) not null, "path" text not null, constraint "unit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "unit_path_index" on "unit" ("path" text_pattern_ops);`);
    this.addSql(
      `create unique index "unit_institution_name_unique" on "unit" ("institution_id", lower("name"));`,
    );

    this.addSql(
      `create table "user_account" ("id" uuid not null, "created_at" timestamptz not null default now(), "email" varchar(320) not null, "display_name" varchar(200) not null, "password_hash" text null, "locale" varchar(16) not null, "time_zone" varchar(64) not null, "status" "user_status" not null, "institution_id" uuid not null, "unit_id" uuid null, "sex" "sex" null, "staff_category" "staff_category" null, "rank" "rank_group" null, "last_login_at" timestamptz null, constraint "user_account_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "user_account" add constraint "user_account_email_unique" unique ("email");`);

    this.addSql(
      `create table "role_assignment" ("id" uuid not null, "created_at" timestamptz not null default now(), "user_id" uuid not null, "role" "role" not null, "institution_id" uuid not null, constraint "role_assignment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "role_assignment" add constraint "role_assignment_user_id_role_institution_id_unique" unique ("user_id", "role", "institution_id");`,
    );

    this.addSql(
      `create table "invitation" ("id" uuid not null, "created_at" timestamptz not null default now(), "user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "invited_by_id" uuid null, constraint "invitation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "invitation_user_id_index" on "invitation" ("user_id");`);
    this.addSql(
      `alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `create table "auth_session" ("id" uuid not null, "created_at" timestamptz not null default now(), "user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "last_seen_at" timestamptz not null, "revoked_at" timestamptz null, constraint "auth_session_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "auth_session_user_id_index" on "auth_session" ("user_id");`);
    this.addSql(
      `alter table "auth_session" add constraint "auth_session_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `alter table "institution" add constraint "institution_country_id_foreign" foreign key ("country_id") references "country" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "unit" add constraint "unit_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_parent_id_foreign" foreign key ("parent_id") references "unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "user_account" add constraint "user_account_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "user_account" add constraint "user_account_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "role_assignment" add constraint "role_assignment_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "role_assignment" add constraint "role_assignment_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "invitation" add constraint "invitation_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "auth_session" add constraint "auth_session_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "institution" drop constraint "institution_country_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_institution_id_foreign";`);

    this.addSql(`alter table "user_account" drop constraint "user_account_institution_id_foreign";`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_institution_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_parent_id_foreign";`);

    this.addSql(`alter table "user_account" drop constraint "user_account_unit_id_foreign";`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_user_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_user_id_foreign";`);

    this.addSql(`alter table "auth_session" drop constraint "auth_session_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "country" cascade;`);

    this.addSql(`drop table if exists "email_message" cascade;`);

    this.addSql(`drop table if exists "institution" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "user_account" cascade;`);

    this.addSql(`drop table if exists "role_assignment" cascade;`);

    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`drop table if exists "auth_session" cascade;`);

    this.addSql(`drop type "email_status";`);
    this.addSql(`drop type "user_status";`);
    this.addSql(`drop type "sex";`);
    this.addSql(`drop type "staff_category";`);
    this.addSql(`drop type "rank_group";`);
    this.addSql(`drop type "role";`);
  }
}
