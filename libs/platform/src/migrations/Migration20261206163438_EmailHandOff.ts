import { Migration } from '@mikro-orm/migrations';

export class Migration20261206163438_EmailHandOff extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "email_message_unanswered" on "email_message" ("delivered_at") where "status" = 'sent' and "text_body" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "email_message_unanswered";`);
  }
}
