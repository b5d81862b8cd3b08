import { rgb } from 'pdf-lib';
import type { ReportType } from '../dto/report.type';
import { figureLabel } from './pdf-figures';
import { INK, type PdfFlow } from './pdf-flow';
import { fitText, wrapText } from './pdf-text';
import type { ReportGrid } from './report-grid';

const HEADER_FILL = rgb(0.91, 0.93, 0.96);
const RULE = rgb(0.75, 0.75, 0.75);
const PADDING = 4;
const LEADING = 1.2;

interface Columns {
  size: number;
  widths: number[];
}

/** The first column for labels (up to 40 % of the page), the rest shared by the figures; smaller type when tight. */
function columns(flow: PdfFlow, grid: ReportGrid): Columns {
  const figures = grid.headers.length;
  const size = figures > 8 ? 7 : figures > 5 ? 8 : 9;
  const labels = [grid.corner, ...grid.rows.map((row) => row.label)];
  const longest = Math.max(...labels.map((text) => flow.fonts.bold.widthOfTextAtSize(text, size)));
  const first = Math.min(flow.width * 0.4, Math.max(flow.width * 0.2, longest + 2 * PADDING));
  const rest = Math.min((flow.width - first) / figures, 110);
  return { size, widths: [first, ...grid.headers.map(() => rest)] };
}

/** A header cell may take up to three lines; a body cell one (cut with an ellipsis). */
const MAX_HEADER_LINES = 3;

interface RowStyle {
  bold: boolean;
  header: boolean;
}

function cellLines(flow: PdfFlow, text: string, width: number, layout: Columns, style: RowStyle): string[] {
  const font = style.bold ? flow.fonts.bold : flow.fonts.regular;
  if (!style.header) return [fitText(font, text, layout.size, width - 2 * PADDING)];
  const lines = wrapText(font, text, layout.size, width - 2 * PADDING);
  if (lines.length <= MAX_HEADER_LINES) return lines;
  const last = lines.slice(MAX_HEADER_LINES - 1).join(' ');
  return [
    ...lines.slice(0, MAX_HEADER_LINES - 1),
    fitText(font, `${last}…`, layout.size, width - 2 * PADDING),
  ];
}

/** One row of cells: the label left-aligned, the figures right-aligned; its height, for the room it needs. */
function rowHeight(flow: PdfFlow, cells: string[], layout: Columns, style: RowStyle): number {
  const lines = Math.max(
    ...cells.map((text, i) => cellLines(flow, text, layout.widths[i] ?? 0, layout, style).length),
  );
  return lines * layout.size * LEADING + 2 * PADDING;
}

function drawRow(flow: PdfFlow, cells: string[], layout: Columns, style: RowStyle): void {
  const height = rowHeight(flow, cells, layout, style);
  const font = style.bold ? flow.fonts.bold : flow.fonts.regular;
  const total = layout.widths.reduce((sum, width) => sum + width, 0);
  if (style.header) {
    flow.page.drawRectangle({ x: flow.left, y: flow.y - height, width: total, height, color: HEADER_FILL });
  }
  let x = flow.left;
  cells.forEach((text, index) => {
    const width = layout.widths[index] ?? 0;
    cellLines(flow, text, width, layout, style).forEach((line, n) => {
      const lineWidth = font.widthOfTextAtSize(line, layout.size);
      const lineX = index === 0 ? x + PADDING : x + width - PADDING - lineWidth;
      const lineY = flow.y - PADDING - layout.size - n * layout.size * LEADING + 1;
      flow.page.drawText(line, { x: lineX, y: lineY, size: layout.size, font, color: INK });
    });
    x += width;
  });
  flow.page.drawLine({
    start: { x: flow.left, y: flow.y - height },
    end: { x: flow.left + total, y: flow.y - height },
    thickness: style.bold ? 0.8 : 0.3,
    color: RULE,
  });
  flow.y -= height;
}

/**
 * The report's table, as many pages as it needs, the header row repeated at the top of each page; the total row
 * and the total column in bold.
 */
export function drawTable(flow: PdfFlow, report: ReportType, grid: ReportGrid): void {
  const layout = columns(flow, grid);
  const headerCells = [grid.corner, ...grid.headers];
  const headerStyle = { bold: true, header: true };
  const headerHeight = rowHeight(flow, headerCells, layout, headerStyle);
  const bodyHeight = layout.size * LEADING + 2 * PADDING;
  flow.ensure(headerHeight + bodyHeight);
  drawRow(flow, headerCells, layout, headerStyle);
  for (const row of grid.rows) {
    if (flow.ensure(bodyHeight)) drawRow(flow, headerCells, layout, headerStyle);
    const cells = [row.label, ...row.entries.map((entry) => figureLabel(entry, report))];
    drawRow(flow, cells, layout, { bold: row.total, header: false });
  }
}
