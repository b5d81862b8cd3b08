import { Migration } from '@mikro-orm/migrations';

export class Migration20261206133859_ReportThreshold extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "institution" add column "report_min_cell_size" int null;`);
    this.addSql(
      `alter table "institution" add constraint institution_report_min_cell_size_check check(report_min_cell_size is null or report_min_cell_size >= 5);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "institution" drop constraint institution_report_min_cell_size_check;`);
    this.addSql(`alter table "institution" drop column "report_min_cell_size";`);
  }
}
