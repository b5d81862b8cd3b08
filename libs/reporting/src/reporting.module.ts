import { Module } from '@nestjs/common';
import { IdentityModule } from '@parity/identity';
import { ReportResolver } from './report/report.resolver';
import { ReportService } from './report/report.service';
import { ReportCsvService } from './export/report-csv.service';

@Module({
  imports: [IdentityModule],
  providers: [ReportService, ReportResolver, ReportCsvService],
  exports: [ReportService, ReportCsvService],
})
export class ReportingModule {}
