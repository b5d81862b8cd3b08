import type { FieldProblem } from '@parity/shared/errors';

/** The smallest number of people a shown cell may count. Never below 5; REPORT_MIN_CELL may raise it. */
export const DEFAULT_MIN_CELL = 5;
/** The largest threshold an institution may choose: beyond it a breakdown would show next to nothing. */
export const MAX_MIN_CELL = 100;

/** The platform minimum: DEFAULT_MIN_CELL, or REPORT_MIN_CELL when that is larger. */
export function minCellSize(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number.parseInt(env['REPORT_MIN_CELL'] ?? '', 10);
  return Number.isFinite(configured) ? Math.max(DEFAULT_MIN_CELL, configured) : DEFAULT_MIN_CELL;
}

/**
 * The threshold a report applies: the strictest of the institutions it counts (null: an institution without a
 * setting of its own), never below the platform minimum.
 */
export function effectiveMinCellSize(
  platformMinimum: number,
  institutionSizes: readonly (number | null)[],
): number {
  return Math.max(platformMinimum, ...institutionSizes.map((size) => size ?? platformMinimum));
}

/** The largest threshold an institution may choose: 100, or the platform minimum if that is higher. */
export const largestMinCellSize = (platformMinimum: number): number =>
  Math.max(MAX_MIN_CELL, platformMinimum);

/** Why an institution may not choose this threshold (OUT_OF_RANGE on 'minCellSize'), or null when it may. */
export function minCellSizeProblem(size: number, platformMinimum: number): FieldProblem | null {
  const largest = largestMinCellSize(platformMinimum);
  return Number.isInteger(size) && size >= platformMinimum && size <= largest
    ? null
    : { field: 'minCellSize', code: 'OUT_OF_RANGE' };
}
