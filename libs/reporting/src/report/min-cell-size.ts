/** The smallest number of people a shown cell may count. Never below 5; REPORT_MIN_CELL may raise it. */
export const DEFAULT_MIN_CELL = 5;

export function minCellSize(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number.parseInt(env['REPORT_MIN_CELL'] ?? '', 10);
  return Number.isFinite(configured) ? Math.max(DEFAULT_MIN_CELL, configured) : DEFAULT_MIN_CELL;
}
