import { Migration } from '@mikro-orm/migrations';

/** Certificates: one per completed enrolment (unique), with a sequential serial number and an unguessable code. */
export class Migration20261123155854_Certification extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence "certificate_serial_seq";`);
    this.addSql(
      `create table "certificate" ("id" uuid not null, "created_at" timestamptz not null default now(), "enrolment_id" uuid not null, "user_id" uuid not null, "course_id" uuid not null, "version_id" uuid not null, "institution_id" uuid not null, "serial_number" varchar(32) not null, "verification_code" varchar(64) not null, "holder_name" varchar(200) not null, "course_title" jsonb not null, "issued_at" timestamptz not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "revocation_reason" text null, "revoked_by_id" uuid null, constraint "certificate_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "certificate_user_id_issued_at_index" on "certificate" ("user_id", "issued_at");`,
    );
    this.addSql(
      `create index "certificate_institution_id_issued_at_index" on "certificate" ("institution_id", "issued_at");`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_verification_code_unique" unique ("verification_code");`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_serial_number_unique" unique ("serial_number");`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_enrolment_id_unique" unique ("enrolment_id");`,
    );

    this.addSql(
      `alter table "certificate" add constraint "certificate_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_version_id_foreign" foreign key ("version_id") references "course_version" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certificate" cascade;`);
    this.addSql(`drop sequence if exists "certificate_serial_seq";`);
  }
}
