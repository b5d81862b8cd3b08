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
import { effectiveMinCellSize, minCellSize } from './min-cell-size';

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
    const context = await this.context(em, actor, institutionIds);
    const locale = input.locale ?? context.viewerLocale;
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
    const threshold = effectiveMinCellSize(minCellSize(), [context.institutionMinCellSize]);
    const report = await this.lay(em, input, aggregates, {
      locale,
      threshold,
      parentName: parent?.name ?? null,
    });
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
    { locale, threshold, parentName }: { locale: Locale; threshold: number; parentName: string | null },
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

  /**
   * In one statement: the viewer's language, and the strictest threshold the counted institutions chose (all of them
   * when `institutionIds` is null; null when none chose one).
   */
  private async context(
    em: EntityManager,
    actor: Actor,
    institutionIds: readonly string[] | null,
  ): Promise<{ viewerLocale: Locale; institutionMinCellSize: number | null }> {
    const ids = institutionIds ? `{${institutionIds.join(',')}}` : null;
    const [row] = await em.execute<{ locale: string | null; min_cell_size: number | null }[]>(
      `select (select locale from user_account where id = ?) as locale,
         (select max(report_min_cell_size) from institution where ?::uuid[] is null or id = any(?::uuid[]))
           as min_cell_size`,
      [actor.userId, ids, ids],
    );
    return {
      viewerLocale: row?.locale && isLocale(row.locale) ? row.locale : 'en',
      institutionMinCellSize: row?.min_cell_size ?? null,
    };
  }
}
