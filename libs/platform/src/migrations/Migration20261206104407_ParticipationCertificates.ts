import { Migration } from '@mikro-orm/migrations';

/**
 * Certificates of participation (a completed coaching engagement) beside certificates of a completed course: a kind,
 * no enrolment/course/version for participation, the source key (unique among originals) and the programme.
 */
export class Migration20261206104407_ParticipationCertificates extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "certificate_kind" as enum ('course', 'participation');`);
    this.addSql(
      `alter table "certificate" add column "kind" "certificate_kind" not null default 'course', add column "source_key" varchar(200) null, add column "programme_id" uuid null;`,
    );
    this.addSql(`alter table "certificate" alter column "enrolment_id" drop not null;`);
    this.addSql(`alter table "certificate" alter column "course_id" drop not null;`);
    this.addSql(`alter table "certificate" alter column "version_id" drop not null;`);
    this.addSql(
      `create unique index "certificate_original_source_unique" on "certificate" ("source_key") where "reissue_of_id" is null;`,
    );
    this
      .addSql(`alter table "certificate" add constraint certificate_kind_check check((kind = 'course' and enrolment_id is not null and course_id is not null and version_id is not null)
    or (kind = 'participation' and source_key is not null and programme_id is not null and expires_at is null));`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "certificate" where "kind" = 'participation';`);
    this.addSql(`drop index "certificate_original_source_unique";`);
    this.addSql(`alter table "certificate" drop constraint certificate_kind_check;`);
    this.addSql(
      `alter table "certificate" drop column "kind", drop column "source_key", drop column "programme_id";`,
    );
    this.addSql(`alter table "certificate" alter column "enrolment_id" set not null;`);
    this.addSql(`alter table "certificate" alter column "course_id" set not null;`);
    this.addSql(`alter table "certificate" alter column "version_id" set not null;`);
    this.addSql(`drop type "certificate_kind";`);
  }
}
