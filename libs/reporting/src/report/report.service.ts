import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { isLocale, type Locale } from '@parity/curriculum';
import { AuditService, AuthorizationService, type Actor } from '@parity/identity';
import { badInput, parseInput } from '@parity/shared/errors';
import type { ReportType } from '../dto/report.type';
import { reportCopy } from '../labels/report-labels';
import { dimensionValues } from './dimension-values';
import { MEASURE_KIND } from './measure-sql';
import { ReportDimension } from './report-dimension.enum';
import type { ReportValueType } from '../dto/report-value.type';
import type { ReportInput } from './report-input';
import { reportInputSchema, type ParsedReportInput } from './report-input.schema';
import { reportInstitutions, type ReportOperation } from './report-scope';
import { reportSql, type AggregateRow } from './report-sql';
import { reportTable } from './report-table';
import { minCellSize } from './min-cell-size';

/** Tables beyond this many cells are refused: nobody reads them and protecting them costs too much. */
const MAX_CELLS = 2_500;
const TOO_LARGE = 'This breakdown has too many rows and columns; add filters or choose a coarser dimension.';

export interface ReportRunOptions {
  /** The report's clock (overdue, valid, expired); default now. */
  now?: Date;
  /** 'report.export' for downloads (its own matrix row and audit action). */
  operation?: ReportOperation;
}

/** Runs aggregate reports: authorised, computed in PostgreSQL, suppressed, labelled and audited. */
@Injectable()
export class ReportService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async run(
    actorOrNull: Actor | null,
    raw: ReportInput,
    options: ReportRunOptions = {},
  ): Promise<ReportType> {
    const actor = this.authz.requireActor(actorOrNull);
    const input = parseInput(reportInputSchema, raw);
    const operation = options.operation ?? 'report.run';
    const em = this.em.fork();
    const institutionIds = await reportInstitutions(this.authz, em, actor, operation, {
      institutionIds: input.filters.institutionIds,
      unitIds: input.filters.unitIds,
      unitParentId: input.unitParentId,
    });
    const locale = input.locale ?? (await this.viewerLocale(em, actor));
    const [parent] = input.unitParentId
      ? await em.execute<{ path: string; name: string }[]>(`select path, name from unit where id = ?`, [
          input.unitParentId,
        ])
      : [];
    const unitBasePath = parent?.path ?? '/';
    const { sql, params } = reportSql({
      measure: input.measure,
      dimensions: input.dimensions,
      ...input.filters,
      institutionIds,
      unitBasePath,
      now: options.now ?? new Date(),
    });
    const aggregates = await em.execute<AggregateRow[]>(sql, params);
    const report = await this.lay(em, input, aggregates, locale, parent?.name ?? null);
    this.audit.record(em, {
      actorId: actor.userId,
      action: operation === 'report.export' ? 'report.exported' : 'report.run',
      subjectType: 'Report',
      institutionId: institutionIds?.length === 1 ? institutionIds[0] : null,
      details: {
        measure: input.measure,
        dimensions: input.dimensions,
        filters: { ...input.filters, institutionIds },
        unitParentId: input.unitParentId,
      },
    });
    await em.flush();
    return report;
  }

  private async lay(
    em: EntityManager,
    input: ParsedReportInput,
    aggregates: AggregateRow[],
    locale: Locale,
    parentName: string | null,
  ): Promise<ReportType> {
    const values = async (
      dimension: ReportDimension | undefined,
      flag: 'g1' | 'g2',
      key: 'k1' | 'k2',
    ): Promise<ReportValueType[]> => {
      if (!dimension) return [];
      const present = new Set(aggregates.filter((row) => row[flag] === 0).map((row) => row[key]));
      const nullLabel = dimension === ReportDimension.UNIT ? parentName : null;
      return dimensionValues(em, dimension, present, locale, nullLabel);
    };
    const [first, second] = input.dimensions;
    const rowKeys = await values(first, 'g1', 'k1');
    const columnKeys = await values(second, 'g2', 'k2');
    if ((rowKeys.length + 1) * (columnKeys.length + 1) > MAX_CELLS)
      throw badInput([{ field: 'dimensions', code: 'TOO_MANY_ROWS' }], TOO_LARGE);
    const threshold = minCellSize();
    const table = reportTable(aggregates, rowKeys, columnKeys, {
      threshold,
      emptyValue: MEASURE_KIND[input.measure] === 'count' ? 0 : null,
      dimensions: input.dimensions.length,
    });
    const copy = reportCopy(locale);
    return {
      measure: input.measure,
      measureLabel: copy.measures[input.measure] ?? input.measure,
      dimensions: [...input.dimensions],
      dimensionLabels: input.dimensions.map((dimension) => copy.dimensions[dimension] ?? dimension),
      minCellSize: threshold,
      locale,
      ...table,
    };
  }

  private async viewerLocale(em: EntityManager, actor: Actor): Promise<Locale> {
    const [user] = await em.execute<{ locale: string }[]>(`select locale from user_account where id = ?`, [
      actor.userId,
    ]);
    return user && isLocale(user.locale) ? user.locale : 'en';
  }
}
