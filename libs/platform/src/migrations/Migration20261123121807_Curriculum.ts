import { Migration } from '@mikro-orm/migrations';

export class Migration20261123121807_Curriculum extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "course_visibility" as enum ('institution', 'regional', 'public');`);
    this.addSql(`create type "version_status" as enum ('draft', 'in_review', 'published', 'archived');`);
    this.addSql(
      `create table "course" ("id" uuid not null, "created_at" timestamptz not null default now(), "owner_institution_id" uuid not null, "visibility" "course_visibility" not null, "tags" jsonb not null, "estimated_minutes" int null, "default_locale" varchar(16) not null, "created_by_id" uuid not null, "rev" int not null, "published_version_id" uuid null, "archived_at" timestamptz null, constraint "course_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "course_version" ("id" uuid not null, "created_at" timestamptz not null default now(), "course_id" uuid not null, "number" int not null, "status" "version_status" not null default 'draft', "rev" int not null default 1, "title" jsonb not null, "summary" jsonb not null, "locales" jsonb not null, "created_by_id" uuid not null, "submitted_by_id" uuid null, "submitted_at" timestamptz null, "reviewed_by_id" uuid null, "reviewed_at" timestamptz null, "review_note" text null, "published_at" timestamptz null, "snapshot" jsonb null, "snapshot_hash" varchar(64) null, constraint "course_version_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create unique index "course_version_one_open_per_course" on "course_version" ("course_id") where "status" in ('draft', 'in_review');`,
    );
    this.addSql(
      `alter table "course_version" add constraint "course_version_course_id_number_unique" unique ("course_id", "number");`,
    );

    this.addSql(
      `create table "course_module" ("id" uuid not null, "created_at" timestamptz not null default now(), "version_id" uuid not null, "position" int not null, "rev" int not null default 1, "title" jsonb not null, "summary" jsonb not null, constraint "course_module_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "course_module_version_id_position_index" on "course_module" ("version_id", "position");`,
    );

    this.addSql(
      `create table "course_change" ("id" uuid not null, "created_at" timestamptz not null default now(), "course_id" uuid not null, "version_id" uuid null, "actor_id" uuid null, "action" varchar(60) not null, "detail" jsonb null, constraint "course_change_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "course_change_course_id_created_at_index" on "course_change" ("course_id", "created_at");`,
    );

    this.addSql(
      `create table "lesson" ("id" uuid not null, "created_at" timestamptz not null default now(), "module_id" uuid not null, "position" int not null, "rev" int not null, "title" jsonb not null, "body" jsonb not null, "video_url" varchar(500) null, "estimated_minutes" int null, constraint "lesson_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "lesson_module_id_position_index" on "lesson" ("module_id", "position");`);

    this.addSql(
      `create table "course_author" ("id" uuid not null, "created_at" timestamptz not null default now(), "course_id" uuid not null, "user_id" uuid not null, constraint "course_author_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "course_author" add constraint "course_author_course_id_user_id_unique" unique ("course_id", "user_id");`,
    );

    this.addSql(
      `alter table "course" add constraint "course_owner_institution_id_foreign" foreign key ("owner_institution_id") references "institution" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "course_version" add constraint "course_version_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "course_module" add constraint "course_module_version_id_foreign" foreign key ("version_id") references "course_version" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "course_change" add constraint "course_change_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "lesson" add constraint "lesson_module_id_foreign" foreign key ("module_id") references "course_module" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "course_author" add constraint "course_author_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "course_author" add constraint "course_author_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "course_version" drop constraint "course_version_course_id_foreign";`);

    this.addSql(`alter table "course_change" drop constraint "course_change_course_id_foreign";`);

    this.addSql(`alter table "course_author" drop constraint "course_author_course_id_foreign";`);

    this.addSql(`alter table "course_module" drop constraint "course_module_version_id_foreign";`);

    this.addSql(`alter table "lesson" drop constraint "lesson_module_id_foreign";`);

    this.addSql(`drop table if exists "course" cascade;`);

    this.addSql(`drop table if exists "course_version" cascade;`);

    this.addSql(`drop table if exists "course_module" cascade;`);

    this.addSql(`drop table if exists "course_change" cascade;`);

    this.addSql(`drop table if exists "lesson" cascade;`);

    this.addSql(`drop table if exists "course_author" cascade;`);

    this.addSql(`drop type "course_visibility";`);
    this.addSql(`drop type "version_status";`);
  }
}
