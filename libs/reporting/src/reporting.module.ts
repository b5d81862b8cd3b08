import { Module } from '@nestjs/common';
import { IdentityModule } from '@parity/identity';
import { ReportResolver } from './report/report.resolver';
import { ReportService } from './report/report.service';
import { ReportCsvService } from './export/report-csv.service';
import { ReportSettingsResolver } from './settings/report-settings.resolver';
import { ReportSettingsService } from './settings/report-settings.service';

@Module({
  imports: [IdentityModule],
  providers: [ReportService, ReportResolver, ReportCsvService, ReportSettingsService, ReportSettingsResolver],
  exports: [ReportService, ReportCsvService],
})
export class ReportingModule {}
