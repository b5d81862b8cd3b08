import { Migration } from '@mikro-orm/migrations';

export class Migration20261123192554_NotificationOwners extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "reminder_rule" add constraint "reminder_rule_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "reminder_rule" add constraint "reminder_rule_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "quiet_hours" add constraint "quiet_hours_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "notification_preference" add constraint "notification_preference_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`create index "enrolment_active_id_index" on "enrolment" ("id") where "status" = 'active';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification" drop constraint "notification_user_id_foreign";`);

    this.addSql(
      `alter table "notification_preference" drop constraint "notification_preference_user_id_foreign";`,
    );

    this.addSql(`alter table "quiet_hours" drop constraint "quiet_hours_user_id_foreign";`);

    this.addSql(`alter table "reminder_rule" drop constraint "reminder_rule_institution_id_foreign";`);
    this.addSql(`alter table "reminder_rule" drop constraint "reminder_rule_course_id_foreign";`);

    this.addSql(`drop index "enrolment_active_id_index";`);
  }
}
