import { Migration } from '@mikro-orm/migrations';

/** Tables of the assessment (quiz attempts and their answers). */
export class Migration20261123150100_Assessment extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "attempt_status" as enum ('in_progress', 'submitted');`);
    this.addSql(
      `create table "quiz_attempt" ("id" uuid not null, "created_at" timestamptz not null default now(), "enrolment_id" uuid not null, "quiz_id" uuid not null, "user_id" uuid not null, "number" int not null, "status" "attempt_status" not null, "started_at" timestamptz not null, "deadline_at" timestamptz null, "submitted_at" timestamptz null, "auto_submitted" boolean not null default false, "locale" varchar(16) not null, "questions" jsonb not null, "score" double precision null, "points" double precision null, "max_points" double precision null, "passed" boolean null, constraint "quiz_attempt_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "quiz_attempt_user_id_index" on "quiz_attempt" ("user_id");`);
    this.addSql(
      `create index "quiz_attempt_open_deadline" on "quiz_attempt" ("deadline_at") where "status" = 'in_progress' and "deadline_at" is not null;`,
    );
    this.addSql(
      `create unique index "quiz_attempt_one_open" on "quiz_attempt" ("enrolment_id", "quiz_id") where "status" = 'in_progress';`,
    );
    this.addSql(
      `alter table "quiz_attempt" add constraint "quiz_attempt_enrolment_id_quiz_id_number_unique" unique ("enrolment_id", "quiz_id", "number");`,
    );

    this.addSql(
      `create table "attempt_answer" ("id" uuid not null, "created_at" timestamptz not null default now(), "attempt_id" uuid not null, "question_key" varchar(64) not null, "response" jsonb not null, "saved_at" timestamptz not null, "earned_points" double precision null, "correct" boolean null, constraint "attempt_answer_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "attempt_answer" add constraint "attempt_answer_attempt_id_question_key_unique" unique ("attempt_id", "question_key");`,
    );

    this.addSql(
      `alter table "quiz_attempt" add constraint "quiz_attempt_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "attempt_answer" add constraint "attempt_answer_attempt_id_foreign" foreign key ("attempt_id") references "quiz_attempt" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "attempt_answer" drop constraint "attempt_answer_attempt_id_foreign";`);
    this.addSql(`drop table if exists "quiz_attempt" cascade;`);
    this.addSql(`drop table if exists "attempt_answer" cascade;`);
    this.addSql(`drop type "attempt_status";`);
  }
}
