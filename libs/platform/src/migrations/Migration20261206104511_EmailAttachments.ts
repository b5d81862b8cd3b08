import { Migration } from '@mikro-orm/migrations';

export class Migration20261206104511_EmailAttachments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "email_message" add column "attachments" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "email_message" drop column "attachments";`);
  }
}
