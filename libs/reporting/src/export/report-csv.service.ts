import { Injectable } from '@nestjs/common';
import type { Actor } from '@parity/identity';
import { ReportService } from '../report/report.service';
import type { ReportInput } from '../report/report-input';
import { CSV_FORMAT } from './report-csv';
import type { ReportFormat } from './report-format';

export interface ReportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** Downloads of reports: the same run (authorised as report.export, audited as report.exported), then a format. */
@Injectable()
export class ReportCsvService {
  constructor(private readonly reports: ReportService) {}

  async export(
    actor: Actor | null,
    input: ReportInput,
    format: ReportFormat = CSV_FORMAT,
  ): Promise<ReportFile> {
    const report = await this.reports.run(actor, input, { operation: 'report.export' });
    const stamp = new Date().toISOString().slice(0, 10);
    return {
      body: format.render(report),
      contentType: format.contentType,
      fileName: `report-${report.measure}-${stamp}.${format.extension}`,
    };
  }
}
