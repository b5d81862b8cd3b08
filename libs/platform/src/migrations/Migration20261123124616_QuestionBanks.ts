import { Migration } from '@mikro-orm/migrations';

export class Migration20261123124616_QuestionBanks extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "question_type" as enum ('single_choice', 'multiple_choice', 'true_false', 'short_answer', 'matching', 'ordering', 'likert');`,
    );
    this.addSql(`create type "partial_credit_rule" as enum ('none', 'proportional');`);
    this.addSql(`create type "quiz_kind" as enum ('graded', 'pre_test', 'post_test', 'survey');`);
    this.addSql(`create type "quiz_counting_rule" as enum ('highest', 'last');`);
    this.addSql(
      `create type "quiz_reveal_policy" as enum ('never', 'after_each_attempt', 'after_passing', 'after_last_attempt');`,
    );
    this.addSql(
      `create table "question_bank" ("id" uuid not null, "created_at" timestamptz not null default now(), "owner_institution_id" uuid not null, "name" jsonb not null, "visibility" "course_visibility" not null, "categories" jsonb not null, "created_by_id" uuid not null, "rev" int not null, constraint "question_bank_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "question" ("id" uuid not null, "created_at" timestamptz not null default now(), "bank_id" uuid not null, "category" varchar(100) null, "type" "question_type" not null, "prompt" jsonb not null, "choices" jsonb not null, "accepted_answers" jsonb not null, "case_sensitive" boolean not null, "diacritic_sensitive" boolean not null, "partial_credit" "partial_credit_rule" not null, "feedback" jsonb not null, "points" int not null, "rev" int not null, constraint "question_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "question_bank_id_category_index" on "question" ("bank_id", "category");`);

    this.addSql(
      `create table "quiz" ("id" uuid not null, "created_at" timestamptz not null default now(), "module_id" uuid not null, "position" int not null, "rev" int not null, "title" jsonb not null, "kind" "quiz_kind" not null, "passing_score" int null, "attempts_allowed" int null, "counting_rule" "quiz_counting_rule" not null, "time_limit_seconds" int null, "shuffle_questions" boolean not null, "shuffle_choices" boolean not null, "feedback_policy" "quiz_reveal_policy" not null, "answers_policy" "quiz_reveal_policy" not null, "paired_quiz_id" uuid null, constraint "quiz_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "quiz_module_id_position_index" on "quiz" ("module_id", "position");`);

    this.addSql(
      `create table "quiz_item" ("id" uuid not null, "created_at" timestamptz not null default now(), "quiz_id" uuid not null, "position" int not null, "question_id" uuid null, "bank_id" uuid not null, "category" varchar(100) null, "count" int null, constraint "quiz_item_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "quiz_item_quiz_id_position_index" on "quiz_item" ("quiz_id", "position");`);

    this.addSql(
      `alter table "question_bank" add constraint "question_bank_owner_institution_id_foreign" foreign key ("owner_institution_id") references "institution" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "question" add constraint "question_bank_id_foreign" foreign key ("bank_id") references "question_bank" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "quiz" add constraint "quiz_module_id_foreign" foreign key ("module_id") references "course_module" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "quiz_item" add constraint "quiz_item_quiz_id_foreign" foreign key ("quiz_id") references "quiz" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "question" drop constraint "question_bank_id_foreign";`);

    this.addSql(`alter table "quiz_item" drop constraint "quiz_item_quiz_id_foreign";`);

    this.addSql(`drop table if exists "question_bank" cascade;`);

    this.addSql(`drop table if exists "question" cascade;`);

    this.addSql(`drop table if exists "quiz" cascade;`);

    this.addSql(`drop table if exists "quiz_item" cascade;`);

    this.addSql(`drop type "question_type";`);
    this.addSql(`drop type "partial_credit_rule";`);
    this.addSql(`drop type "quiz_kind";`);
    this.addSql(`drop type "quiz_counting_rule";`);
    this.addSql(`drop type "quiz_reveal_policy";`);
  }
}
