import { Migration } from '@mikro-orm/migrations';

/** Tables of the learning domain: enrolments, lesson progress and visits, quiz outcomes, cohorts. */
export class Migration20261123150000_Learning extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "enrolment_status" as enum ('active', 'completed', 'expired', 'withdrawn');`);
    this.addSql(`create type "enrolment_source" as enum ('self', 'assigned');`);
    this.addSql(
      `create table "cohort" ("id" uuid not null, "created_at" timestamptz not null default now(), "institution_id" uuid not null, "name" varchar(200) not null, "created_by_id" uuid not null, constraint "cohort_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "cohort" add constraint "cohort_institution_id_name_unique" unique ("institution_id", "name");`,
    );

    this.addSql(
      `create table "enrolment" ("id" uuid not null, "created_at" timestamptz not null default now(), "user_id" uuid not null, "course_id" uuid not null, "version_id" uuid not null, "status" "enrolment_status" not null, "source" "enrolment_source" not null, "mandatory" boolean not null default false, "due_at" timestamptz null, "assigned_by_id" uuid null, "completed_at" timestamptz null, "withdrawn_at" timestamptz null, "last_lesson_id" uuid null, "last_activity_at" timestamptz null, constraint "enrolment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "enrolment_course_id_status_index" on "enrolment" ("course_id", "status");`);
    this.addSql(
      `create index "enrolment_user_id_status_due_at_index" on "enrolment" ("user_id", "status", "due_at");`,
    );
    this.addSql(
      `alter table "enrolment" add constraint "enrolment_user_id_version_id_unique" unique ("user_id", "version_id");`,
    );

    this.addSql(
      `create table "quiz_outcome" ("id" uuid not null, "created_at" timestamptz not null default now(), "enrolment_id" uuid not null, "quiz_id" uuid not null, "score" double precision null, "passed" boolean not null default false, "attempts_used" int not null default 0, "extra_attempts" int not null default 0, "last_submitted_at" timestamptz null, constraint "quiz_outcome_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "quiz_outcome" add constraint "quiz_outcome_enrolment_id_quiz_id_unique" unique ("enrolment_id", "quiz_id");`,
    );

    this.addSql(
      `create table "lesson_visit" ("id" uuid not null, "enrolment_id" uuid not null, "lesson_id" uuid not null, "seconds" int not null, "updated_at" timestamptz not null default now(), constraint "lesson_visit_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "lesson_visit_enrolment_id_lesson_id_index" on "lesson_visit" ("enrolment_id", "lesson_id");`,
    );

    this.addSql(
      `create table "lesson_progress" ("id" uuid not null, "created_at" timestamptz not null default now(), "enrolment_id" uuid not null, "lesson_id" uuid not null, "started_at" timestamptz not null default now(), "completed_at" timestamptz null, "seconds_spent" int not null default 0, constraint "lesson_progress_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "lesson_progress" add constraint "lesson_progress_enrolment_id_lesson_id_unique" unique ("enrolment_id", "lesson_id");`,
    );

    this.addSql(
      `create table "cohort_member" ("cohort_id" uuid not null, "user_id" uuid not null, constraint "cohort_member_pkey" primary key ("cohort_id", "user_id"));`,
    );

    this.addSql(
      `alter table "cohort" add constraint "cohort_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "enrolment" add constraint "enrolment_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "enrolment" add constraint "enrolment_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "enrolment" add constraint "enrolment_version_id_foreign" foreign key ("version_id") references "course_version" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "quiz_outcome" add constraint "quiz_outcome_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "lesson_visit" add constraint "lesson_visit_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "lesson_progress" add constraint "lesson_progress_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "lesson_progress" add constraint "lesson_progress_lesson_id_foreign" foreign key ("lesson_id") references "lesson" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "cohort_member" add constraint "cohort_member_cohort_id_foreign" foreign key ("cohort_id") references "cohort" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "cohort_member" add constraint "cohort_member_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cohort_member" drop constraint "cohort_member_cohort_id_foreign";`);

    this.addSql(`alter table "quiz_outcome" drop constraint "quiz_outcome_enrolment_id_foreign";`);

    this.addSql(`alter table "lesson_visit" drop constraint "lesson_visit_enrolment_id_foreign";`);

    this.addSql(`alter table "lesson_progress" drop constraint "lesson_progress_enrolment_id_foreign";`);

    this.addSql(`drop table if exists "cohort" cascade;`);

    this.addSql(`drop table if exists "enrolment" cascade;`);

    this.addSql(`drop table if exists "quiz_outcome" cascade;`);

    this.addSql(`drop table if exists "lesson_visit" cascade;`);

    this.addSql(`drop table if exists "lesson_progress" cascade;`);

    this.addSql(`drop table if exists "cohort_member" cascade;`);

    this.addSql(`drop type "enrolment_status";`);
    this.addSql(`drop type "enrolment_source";`);
  }
}
