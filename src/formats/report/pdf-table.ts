/**
 * A report table in the PDF: drawn row by row rather than with pdfkit's table(), which cuts long cells with
 * an ellipsis, measures every cell twice and does not repeat its header on a new page. Structure: Table >
 * Caption, TR > TH (scope Column) for the header row, TR > TH (scope Row, when the first column names the
 * row) and TD for the rest. A table that runs onto a new page repeats its header row there as a pagination
 * artifact (it is in the structure once); grid lines and the header's shading are layout artifacts.
 */
import type { TableBlock } from './document.ts';
import {
  artifact,
  COLOR,
  clean,
  contentWidth,
  type Doc,
  ensureRoom,
  FONT,
  LINE_GAP,
  newPage,
  pageBottom,
  pageTop,
  richHeight,
  SIZE,
  type StructElement,
  struct,
  tagged,
  writeRich,
} from './pdf-basics.ts';

const PAD_X = 5;
const PAD_Y = 3.5;
const GRID_WIDTH = 0.6;

interface Column {
  x: number;
  width: number;
  align: 'left' | 'right';
}

interface Cell {
  text: string;
  bold: boolean;
}

/**
 * Where a line may break inside a cell: after spaces, hyphens and slashes, as pdfkit's line wrapper breaks.
 * A column narrower than its longest piece would cut a name mid-word ("Belastingdien / st").
 */
const BREAKS = /(?<=[\s\-/–])/;

/** The widest unbreakable piece of each column's texts, header included, in the face each is drawn in. */
function widestPieces(doc: Doc, header: readonly Cell[], rows: readonly (readonly Cell[])[]): number[] {
  const measured = new Map<string, number>();
  const widthOf = (piece: string, bold: boolean) => {
    const key = `${bold ? 'b' : 'r'}${piece}`;
    let width = measured.get(key);
    if (width === undefined) {
      setCellFont(doc, bold);
      width = doc.widthOfString(piece.trimEnd());
      measured.set(key, width);
    }
    return width;
  };
  const widest = header.map(() => 0);
  for (const cells of [header, ...rows])
    cells.forEach((cell, index) => {
      for (const piece of cell.text.split(BREAKS))
        widest[index] = Math.max(widest[index] ?? 0, widthOf(piece, cell.bold));
    });
  return widest;
}

/**
 * Column edges: the relative widths share the text width, but every column gets at least its widest word,
 * taken from the columns with room to spare. When the words together are wider than the page, the columns
 * get their share of it and the longest words break.
 */
function layoutColumns(doc: Doc, block: TableBlock, widest: readonly number[]): Column[] {
  const weights = block.columns.map((column) =>
    column.width !== undefined && Number.isFinite(column.width) && column.width > 0 ? column.width : 1,
  );
  const width = contentWidth(doc);
  // Running text keeps its share (a long word breaks); one very long word elsewhere (a web address) may not
  // claim the table: past this share of the width it breaks too.
  const weightTotal = weights.reduce((sum, value) => sum + value, 0);
  const least = widest.map((piece, index) =>
    Math.min(
      Math.ceil(piece) + 2 * PAD_X + 1,
      block.columns[index]?.prose ? (width * (weights[index] ?? 1)) / weightTotal : width * 0.45,
    ),
  );
  const leastTotal = least.reduce((sum, value) => sum + value, 0);
  let widths: number[];
  if (leastTotal >= width) widths = least.map((value) => (value * width) / leastTotal);
  else {
    // Columns whose share is below their least width are fixed at it; the rest share what is left.
    const fixed = new Set<number>();
    for (;;) {
      const free = width - [...fixed].reduce((sum, index) => sum + (least[index] ?? 0), 0);
      const weight = weights.reduce((sum, value, index) => (fixed.has(index) ? sum : sum + value), 0);
      const short = weights.findIndex(
        (value, index) => !fixed.has(index) && (free * value) / weight < (least[index] ?? 0),
      );
      if (short === -1) {
        widths = weights.map((value, index) =>
          fixed.has(index) ? (least[index] ?? 0) : (free * value) / weight,
        );
        break;
      }
      fixed.add(short);
    }
  }
  let x = doc.page.margins.left;
  return block.columns.map((column, index) => {
    const share = widths[index] ?? 0;
    const placed: Column = { x, width: share, align: column.numeric ? 'right' : 'left' };
    x += share;
    return placed;
  });
}

function lineHeight(doc: Doc): number {
  return doc.currentLineHeight(true) + LINE_GAP;
}

function setCellFont(doc: Doc, bold: boolean): void {
  doc.font(bold ? FONT.bold : FONT.regular).fontSize(SIZE.table);
}

/** The text's height in a cell; most cells are one short line, measured without running the line wrapper. */
function textHeight(doc: Doc, cell: Cell, inner: number): number {
  if (cell.text === '') return lineHeight(doc);
  setCellFont(doc, cell.bold);
  if (!cell.text.includes('\n') && doc.widthOfString(cell.text) <= inner) return lineHeight(doc);
  return doc.heightOfString(cell.text, { width: inner, lineGap: LINE_GAP });
}

function rowHeight(doc: Doc, cells: readonly Cell[], columns: readonly Column[]): number {
  let tallest = 0;
  cells.forEach((cell, index) => {
    const column = columns[index];
    if (column) tallest = Math.max(tallest, textHeight(doc, cell, column.width - 2 * PAD_X));
  });
  // A row taller than a page is cut to one page (its cells end with an ellipsis): a table row cannot be
  // split across pages without splitting its structure.
  return Math.min(tallest + 2 * PAD_Y, pageBottom(doc) - pageTop(doc) - 2 * lineHeight(doc) - 4 * PAD_Y);
}

function drawCellText(doc: Doc, cell: Cell, column: Column, y: number, height: number): void {
  if (cell.text === '') return;
  setCellFont(doc, cell.bold);
  const inner = column.width - 2 * PAD_X;
  const top = y + PAD_Y;
  if (!cell.text.includes('\n') && doc.widthOfString(cell.text) <= inner) {
    const x =
      column.align === 'right'
        ? column.x + column.width - PAD_X - doc.widthOfString(cell.text)
        : column.x + PAD_X;
    doc.text(cell.text, x, top, { lineBreak: false, lineGap: LINE_GAP });
  } else {
    doc.text(cell.text, column.x + PAD_X, top, {
      width: inner,
      height: height - 2 * PAD_Y + 0.5,
      align: column.align,
      lineGap: LINE_GAP,
      ellipsis: true,
    });
  }
}

function drawGrid(doc: Doc, columns: readonly Column[], y: number, height: number, shaded: boolean): void {
  const left = columns[0]?.x ?? doc.page.margins.left;
  const last = columns[columns.length - 1];
  const right = last ? last.x + last.width : left;
  artifact(doc, 'Layout', () => {
    if (shaded) doc.rect(left, y, right - left, height).fill(COLOR.headerFill);
    doc.lineWidth(GRID_WIDTH).strokeColor(COLOR.rule);
    for (const column of columns) doc.rect(column.x, y, column.width, height);
    doc.stroke();
  });
}

/** The header row again at the top of a new page: drawn, but not in the structure a second time. */
function repeatHeader(doc: Doc, header: readonly Cell[], columns: readonly Column[], height: number): void {
  const y = doc.y;
  drawGrid(doc, columns, y, height, true);
  artifact(doc, 'Pagination', () => {
    doc.fillColor(COLOR.text);
    header.forEach((cell, index) => {
      const column = columns[index];
      if (column) drawCellText(doc, cell, column, y, height);
    });
  });
  doc.y = y + height;
}

function drawRow(
  doc: Doc,
  table: StructElement,
  cells: readonly Cell[],
  columns: readonly Column[],
  height: number,
  headerOf: (index: number) => 'Column' | 'Row' | undefined,
): void {
  const y = doc.y;
  drawGrid(doc, columns, y, height, headerOf(0) === 'Column');
  const row = struct(doc, 'TR');
  table.add(row);
  doc.fillColor(COLOR.text);
  cells.forEach((cell, index) => {
    const column = columns[index];
    if (!column) return;
    const scope = headerOf(index);
    tagged(
      doc,
      row,
      scope ? 'TH' : 'TD',
      () => drawCellText(doc, cell, column, y, height),
      scope ? { scope } : {},
    );
  });
  row.end();
  doc.x = doc.page.margins.left;
  doc.y = y + height;
}

interface PreparedTable {
  header: Cell[];
  rows: Cell[][];
  columns: Column[];
}

/** A table's cells and column layout, made once: the page layout asks for its start before it is drawn. */
const prepared = new WeakMap<TableBlock, PreparedTable>();

function prepare(doc: Doc, block: TableBlock): PreparedTable {
  const known = prepared.get(block);
  if (known) return known;
  const header: Cell[] = block.columns.map((column) => ({ text: clean(column.label), bold: true }));
  const rows: Cell[][] = block.rows.map((row) =>
    block.columns.map((_, index) => ({
      text: clean(row[index] ?? ''),
      bold: index === 0 && block.rowHeaders === true,
    })),
  );
  const table = { header, rows, columns: layoutColumns(doc, block, widestPieces(doc, header, rows)) };
  prepared.set(block, table);
  return table;
}

const CAPTION_STYLE = { size: SIZE.caption + 0.5, color: COLOR.text, bold: true };

/** The height of what stays together at a table's top: caption, header row and first row. */
export function tableStartHeight(doc: Doc, block: TableBlock): number {
  if (block.columns.length === 0) return 0;
  const { header, rows, columns } = prepare(doc, block);
  const captionHeight = richHeight(doc, block.caption, contentWidth(doc), CAPTION_STYLE) + 4;
  const [firstRow] = rows;
  return captionHeight + rowHeight(doc, header, columns) + (firstRow ? rowHeight(doc, firstRow, columns) : 0);
}

export function writeTable(doc: Doc, parent: StructElement, block: TableBlock): void {
  if (block.columns.length === 0) return;
  const { header, rows, columns } = prepare(doc, block);
  const headerHeight = rowHeight(doc, header, columns);
  const width = contentWidth(doc);
  // Caption, header and the first row stay together.
  ensureRoom(doc, tableStartHeight(doc, block));

  const table = struct(doc, 'Table');
  parent.add(table);
  if (clean(block.caption).trim() !== '') {
    tagged(doc, table, 'Caption', () =>
      writeRich(doc, block.caption, doc.page.margins.left, width, CAPTION_STYLE),
    );
    doc.y += 4;
  }
  drawRow(doc, table, header, columns, headerHeight, () => 'Column');
  for (const row of rows) {
    const height = rowHeight(doc, row, columns);
    if (doc.y + height > pageBottom(doc)) {
      newPage(doc);
      repeatHeader(doc, header, columns, headerHeight);
    }
    drawRow(doc, table, row, columns, height, (index) =>
      index === 0 && block.rowHeaders ? 'Row' : undefined,
    );
  }
  table.end();
}
