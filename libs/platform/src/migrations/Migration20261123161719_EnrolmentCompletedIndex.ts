import { Migration } from '@mikro-orm/migrations';

export class Migration20261123161719_EnrolmentCompletedIndex extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "enrolment_completed_at_index" on "enrolment" ("completed_at") where "status" = 'completed';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "enrolment_completed_at_index";`);
  }
}
