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

/** The lines of each cell of a row, each cell wrapped to its column. */
const rowLines = (flow: PdfFlow, cells: string[], layout: Columns, style: RowStyle): string[][] =>
  cells.map((text, i) => cellLines(flow, text, layout.widths[i] ?? 0, layout, style));

/** A row's height: room for its tallest cell. */
const heightOf = (lines: string[][], layout: Columns): number =>
  Math.max(...lines.map((cell) => cell.length)) * layout.size * LEADING + 2 * PADDING;

/** One row of cells: the label left-aligned, the figures right-aligned. */
function drawRow(flow: PdfFlow, lines: string[][], layout: Columns, style: RowStyle): void {
  const height = heightOf(lines, layout);
  const font = style.bold ? flow.fonts.bold : flow.fonts.regular;
  const total = layout.widths.reduce((sum, width) => sum + width, 0);
  if (style.header) {
    flow.page.drawRectangle({ x: flow.left, y: flow.y - height, width: total, height, color: HEADER_FILL });
  }
  let x = flow.left;
  lines.forEach((cell, index) => {
    const width = layout.widths[index] ?? 0;
    cell.forEach((line, n) => {
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
  const header = rowLines(flow, headerCells, layout, headerStyle);
  const bodyHeight = layout.size * LEADING + 2 * PADDING;
  flow.ensure(heightOf(header, layout) + bodyHeight);
  drawRow(flow, header, layout, headerStyle);
  for (const row of grid.rows) {
    if (flow.ensure(bodyHeight)) drawRow(flow, header, layout, headerStyle);
    const cells = [row.label, ...row.entries.map((entry) => figureLabel(entry, report))];
    const style = { bold: row.total, header: false };
    drawRow(flow, rowLines(flow, cells, layout, style), layout, style);
  }
}
