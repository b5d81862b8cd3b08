import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthorizationService, type Actor } from '@parity/identity';
import { parseInput } from '@parity/shared/errors';
import type { ReportType } from '../dto/report.type';
import { ReportService } from '../report/report.service';
import type { ReportInput } from '../report/report-input';
import { reportInputSchema } from '../report/report-input.schema';
import type { Locale } from '@parity/curriculum';
import type { ReportExportContext, ReportFormat } from './report-format';
import { reportFilterWords } from './report-filter-words';
import { REPORT_FORMATS, type ReportFormatName } from './report-formats';

export interface ReportFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/**
 * Downloads of reports (CSV, XLSX, the PDF summary): the same run as the GraphQL query, authorised as
 * report.export and audited as report.exported, then rendered. The name predates XLSX and PDF.
 */
@Injectable()
export class ReportCsvService {
  constructor(
    private readonly reports: ReportService,
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
  ) {}

  async export(actor: Actor | null, input: ReportInput, format: ReportFormatName): Promise<ReportFile> {
    const chosen = REPORT_FORMATS[format];
    const report = await this.reports.run(actor, input, { operation: 'report.export' });
    const context = await this.context(this.authz.requireActor(actor), input, report, chosen);
    const stamp = context.generatedAt.toISOString().slice(0, 10);
    return {
      body: await chosen.render(report, context),
      contentType: chosen.contentType,
      fileName: `report-${report.measure}-${stamp}.${chosen.extension}`,
    };
  }

  /** The viewer's time zone and, for formats that print them, the filters in words (the run validated the input). */
  private async context(
    actor: Actor,
    input: ReportInput,
    report: ReportType,
    format: ReportFormat,
  ): Promise<ReportExportContext> {
    const generatedAt = new Date();
    if (!format.describesFilters) return { generatedAt, timeZone: 'UTC', filters: [] };
    const em = this.em.fork();
    const [viewer] = await em.execute<{ time_zone: string | null }[]>(
      `select time_zone from user_account where id = ?`,
      [actor.userId],
    );
    const parsed = parseInput(reportInputSchema, input);
    const scope = this.authz.listScope(actor, 'report.export');
    const institutionIds =
      parsed.filters.institutionIds.length > 0 || scope.all
        ? parsed.filters.institutionIds
        : scope.institutionIds;
    const filters = await reportFilterWords(em, parsed, institutionIds, report.locale as Locale);
    return { generatedAt, timeZone: viewer?.time_zone ?? 'UTC', filters };
  }
}
