import {
  concatTransformationMatrix,
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
  type PDFOperator,
} from 'pdf-lib';

/** The modules of a QR symbol, as `qrcode`'s BitMatrix exposes them (row 0 at the top). */
export interface QrModules {
  size: number;
  get(row: number, col: number): number;
}

/** A horizontal run of dark modules in module units, origin bottom-left as in PDF (y = 0 is the bottom row). */
export interface QrRun {
  x: number;
  y: number;
  width: number;
}

/** Where and how large the symbol is drawn, in points; `width` includes the quiet zone. */
export interface QrPlacement {
  x: number;
  y: number;
  width: number;
}

/** The light margin the QR specification asks for around the symbol, in modules. */
export const QR_QUIET_ZONE = 4;

/**
 * Merges each row's consecutive dark modules into one run: a version-4 symbol has ~600 dark modules but only ~200
 * runs, and one rectangle per run keeps the content stream (and the time to write it) small.
 */
export function qrRuns(modules: QrModules): QrRun[] {
  const runs: QrRun[] = [];
  for (let row = 0; row < modules.size; row++) {
    const y = modules.size - 1 - row;
    let start = -1;
    for (let col = 0; col <= modules.size; col++) {
      const dark = col < modules.size && modules.get(row, col) !== 0;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        runs.push({ x: start, y, width: col - start });
        start = -1;
      }
    }
  }
  return runs;
}

/**
 * The symbol as raw PDF operators: one matrix that maps module units to points, one rectangle per run and a single
 * fill. pdf-lib's `drawSvgPath` would parse an SVG path and emit a curve per module, several times slower. Nothing is
 * drawn in the quiet zone: the page under it is white.
 */
export function qrOperators(modules: QrModules, placement: QrPlacement): PDFOperator[] {
  const moduleSize = round(placement.width / (modules.size + 2 * QR_QUIET_ZONE));
  const offset = QR_QUIET_ZONE * moduleSize;
  return [
    pushGraphicsState(),
    setFillingRgbColor(0, 0, 0),
    concatTransformationMatrix(
      moduleSize,
      0,
      0,
      moduleSize,
      round(placement.x + offset),
      round(placement.y + offset),
    ),
    ...qrRuns(modules).map((run) => rectangle(run.x, run.y, run.width, 1)),
    fill(),
    popGraphicsState(),
  ];
}

/** Three decimals are ample for points and keep the content stream short. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
