import type { ReportType } from '../dto/report.type';
import { exportCopy } from './export-copy';
import { figureLabel } from './pdf-figures';
import { INK, MUTED, PRIMARY, type PdfFlow } from './pdf-flow';
import { fitText } from './pdf-text';

const BAR = 10;
const STEP = 16;
const SIZE = 8;
const HIDDEN_WIDTH = 28;

/** A box drawn empty with diagonal hatching: a figure that exists but is not shown. */
function hatched(flow: PdfFlow, x: number, y: number, width: number, height: number): void {
  flow.page.drawRectangle({ x, y, width, height, borderColor: MUTED, borderWidth: 0.6 });
  for (let t = 3; t < width + height; t += 3) {
    const from = Math.max(0, t - width);
    const to = Math.min(height, t);
    flow.page.drawLine({
      start: { x: x + t - from, y: y + from },
      end: { x: x + t - to, y: y + to },
      thickness: 0.4,
      color: MUTED,
    });
  }
}

/**
 * A horizontal bar per row of the report, its length the row's total (scaled to the largest shown total). A
 * suppressed total is a small hatched box reading "<5 (hidden)", never a bar: its length would give it away.
 */
export function drawBarChart(flow: PdfFlow, report: ReportType): void {
  if (report.dimensions.length === 0 || report.rows.length === 0) return;
  const { regular } = flow.fonts;
  const hidden = exportCopy(report.locale).hidden;
  const longest = Math.max(...report.rows.map((row) => regular.widthOfTextAtSize(row.key.label, SIZE)));
  const labelWidth = Math.min(flow.width * 0.35, longest + 6);
  const area = flow.width - labelWidth - 70;
  const shown = report.rows.map((row) => (row.total.suppressed ? null : row.total.value));
  const max = Math.max(1, ...shown.filter((value): value is number => value !== null));
  flow.ensure(STEP * Math.min(report.rows.length, 4));
  for (const row of report.rows) {
    flow.ensure(STEP);
    const base = flow.y - BAR;
    const label = fitText(regular, row.key.label, SIZE, labelWidth - 6);
    flow.page.drawText(label, { x: flow.left, y: base + 2, size: SIZE, font: regular, color: INK });
    const x = flow.left + labelWidth;
    const figure = figureLabel({ cell: row.total, figure: 'value' }, report);
    let end = x;
    if (row.total.suppressed) {
      hatched(flow, x, base, HIDDEN_WIDTH, BAR);
      end = x + HIDDEN_WIDTH;
    } else if (row.total.value !== null && row.total.value > 0) {
      const width = Math.max(0.5, (row.total.value / max) * area);
      flow.page.drawRectangle({ x, y: base, width, height: BAR, color: PRIMARY });
      end = x + width;
    }
    const text = row.total.suppressed ? `${figure} (${hidden})` : figure;
    flow.page.drawText(text, { x: end + 4, y: base + 2, size: SIZE, font: regular, color: INK });
    flow.y -= STEP;
  }
}
