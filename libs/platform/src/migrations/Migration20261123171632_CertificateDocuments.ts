import { Migration } from '@mikro-orm/migrations';

export class Migration20261123171632_CertificateDocuments extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "certificate_template" ("id" uuid not null, "created_at" timestamptz not null default now(), "institution_id" uuid not null, "name" varchar(120) not null, "primary_color" varchar(7) not null default '#1d4e89', "accent_color" varchar(7) not null default '#c8a951', "logo_key" varchar(200) null, "signatories" jsonb not null, "is_default" boolean not null default false, "updated_at" timestamptz null, constraint "certificate_template_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create unique index "certificate_template_default_unique" on "certificate_template" ("institution_id") where "is_default";`,
    );

    this.addSql(
      `create table "course_certification" ("id" uuid not null, "created_at" timestamptz not null default now(), "course_id" uuid not null, "template_id" uuid null, "validity_months" smallint null, "renewal_lead_days" smallint not null default 60, "updated_at" timestamptz null, constraint "course_certification_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "course_certification" add constraint "course_certification_course_id_unique" unique ("course_id");`,
    );

    this.addSql(
      `alter table "certificate_template" add constraint "certificate_template_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "course_certification" add constraint "course_certification_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "course_certification" add constraint "course_certification_template_id_foreign" foreign key ("template_id") references "certificate_template" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter type "enrolment_source" add value if not exists 'renewal' after 'assigned';`);

    this.addSql(`alter table "enrolment" drop constraint "enrolment_user_id_version_id_unique";`);

    this.addSql(
      `alter table "enrolment" add column "cycle" smallint not null default 1, add column "renews_enrolment_id" uuid null;`,
    );
    this.addSql(
      `alter table "enrolment" add constraint "enrolment_renews_enrolment_id_unique" unique ("renews_enrolment_id");`,
    );
    this.addSql(
      `alter table "enrolment" add constraint "enrolment_user_id_version_id_cycle_unique" unique ("user_id", "version_id", "cycle");`,
    );

    this.addSql(`alter table "certificate" drop constraint "certificate_enrolment_id_unique";`);

    // Certificates issued before PDFs existed keep null PDF columns (the download renders and stores theirs);
    // existing rows take their holder's language and a status-list position.
    this.addSql(`create sequence "certificate_status_index_seq";`);
    this.addSql(
      `alter table "certificate" add column "locale" varchar(8) not null default 'en', add column "status_index" int null, add column "pdf_key" varchar(200) null, add column "pdf_sha256" varchar(64) null, add column "pdf_size" int null, add column "reissue_of_id" uuid null, add column "notice_seen_at" timestamptz null;`,
    );
    this.addSql(
      `update "certificate" c set "locale" = u."locale" from "user_account" u where u."id" = c."user_id";`,
    );
    this.addSql(`alter table "certificate" alter column "locale" drop default;`);
    this.addSql(`update "certificate" set "status_index" = nextval('certificate_status_index_seq');`);
    this.addSql(`alter table "certificate" alter column "status_index" set not null;`);
    this.addSql(
      `alter table "certificate" add constraint "certificate_reissue_of_id_foreign" foreign key ("reissue_of_id") references "certificate" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `create unique index "certificate_original_enrolment_unique" on "certificate" ("enrolment_id") where "reissue_of_id" is null;`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_status_index_unique" unique ("status_index");`,
    );
    this.addSql(
      `alter table "certificate" add constraint "certificate_reissue_of_id_unique" unique ("reissue_of_id");`,
    );
    this.addSql(
      `create index "certificate_expiring_index" on "certificate" ("expires_at") where "revoked_at" is null and "expires_at" is not null;`,
    );
  }

  override async down(): Promise<void> {
    // Reissued certificates and renewal cycles have no place in the older schema.
    this.addSql(`delete from "certificate" where "reissue_of_id" is not null;`);
    this.addSql(
      `delete from "certificate" where "enrolment_id" in (select "id" from "enrolment" where "cycle" > 1);`,
    );
    this.addSql(`delete from "enrolment" where "cycle" > 1;`);

    this.addSql(`drop table if exists "course_certification" cascade;`);
    this.addSql(`drop table if exists "certificate_template" cascade;`);

    this.addSql(`alter table "certificate" drop constraint "certificate_reissue_of_id_foreign";`);
    this.addSql(`drop index "certificate_original_enrolment_unique";`);
    this.addSql(`drop index "certificate_expiring_index";`);
    this.addSql(`alter table "certificate" drop constraint "certificate_status_index_unique";`);
    this.addSql(`alter table "certificate" drop constraint "certificate_reissue_of_id_unique";`);
    this.addSql(
      `alter table "certificate" drop column "locale", drop column "status_index", drop column "pdf_key", drop column "pdf_sha256", drop column "pdf_size", drop column "reissue_of_id", drop column "notice_seen_at";`,
    );
    this.addSql(`drop sequence if exists "certificate_status_index_seq";`);
    this.addSql(
      `alter table "certificate" add constraint "certificate_enrolment_id_unique" unique ("enrolment_id");`,
    );

    this.addSql(`alter table "enrolment" drop constraint "enrolment_renews_enrolment_id_unique";`);
    this.addSql(`alter table "enrolment" drop constraint "enrolment_user_id_version_id_cycle_unique";`);
    this.addSql(`alter table "enrolment" drop column "cycle", drop column "renews_enrolment_id";`);
    this.addSql(
      `alter table "enrolment" add constraint "enrolment_user_id_version_id_unique" unique ("user_id", "version_id");`,
    );
  }
}
