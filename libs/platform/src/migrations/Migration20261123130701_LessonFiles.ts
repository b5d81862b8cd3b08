import { Migration } from '@mikro-orm/migrations';

export class Migration20261123130701_LessonFiles extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "stored_file" ("id" uuid not null, "created_at" timestamptz not null default now(), "key" varchar(300) not null, "original_name" varchar(255) not null, "content_type" varchar(120) not null, "size" int not null, "created_by_id" uuid not null, "institution_id" uuid not null, constraint "stored_file_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "stored_file" add constraint "stored_file_key_unique" unique ("key");`);
    this.addSql(`create index "stored_file_created_by_id_index" on "stored_file" ("created_by_id");`);

    this.addSql(
      `create table "lesson_file" ("id" uuid not null, "created_at" timestamptz not null default now(), "lesson_id" uuid not null, "file_id" uuid not null, "position" int not null, constraint "lesson_file_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "lesson_file" add constraint "lesson_file_lesson_id_file_id_unique" unique ("lesson_id", "file_id");`,
    );

    this.addSql(
      `alter table "lesson_file" add constraint "lesson_file_lesson_id_foreign" foreign key ("lesson_id") references "lesson" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "lesson_file" add constraint "lesson_file_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "lesson_file" drop constraint "lesson_file_file_id_foreign";`);

    this.addSql(`drop table if exists "stored_file" cascade;`);

    this.addSql(`drop table if exists "lesson_file" cascade;`);
  }
}
