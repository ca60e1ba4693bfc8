/**
 * The report's blocks as Word structure: headings in Word's heading styles (with a bookmark named after the
 * heading's id), paragraphs in the Lead and Note styles, lists as Word lists, tables with a repeating header
 * row, figures as pictures with alternative text. A page break becomes "page break before" on the next
 * paragraph, as Word does it when one edits the style, so no empty paragraph starts the new page.
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  type FileChild,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import type { FigureBlock, ReportBlock, RichText, TableBlock, TableColumn } from './document.ts';
import { BULLET_LIST, ORDERED_LIST, STYLE, TEXT_AREA } from './docx-styles.ts';
import { richRuns, textRun, xmlText } from './docx-text.ts';

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'B0B7C0' } as const;
const TABLE_BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF1F5' } as const;

/** A figure may take at most this share of the text block's height, so it fits a page with its caption. */
const FIGURE_MAX_HEIGHT_SHARE = 0.75;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Converts blocks in order; it keeps what spans blocks: a pending page break, list instances, bookmarks. */
export class BlockWriter {
  private pageBreakPending: boolean;
  private afterTable = false;
  private listInstance = 0;
  private readonly bookmarks = new Set<string>();

  /** `startOnNewPage`: the first block opens a new page (after the title page). */
  constructor(startOnNewPage: boolean) {
    this.pageBreakPending = startOnNewPage;
  }

  write(blocks: readonly ReportBlock[]): FileChild[] {
    return blocks.flatMap((block) => this.block(block));
  }

  private block(block: ReportBlock): FileChild[] {
    switch (block.kind) {
      case 'heading':
        this.afterTable = false;
        return [
          new Paragraph({
            heading: HEADING[block.level],
            pageBreakBefore: this.takePageBreak(),
            children: [new Bookmark({ id: this.bookmarkName(block.id), children: [textRun(block.text)] })],
          }),
        ];
      case 'paragraph':
        return [this.paragraph(block.text, block.style && STYLE[block.style])];
      case 'list':
        return this.list(block.items, block.ordered === true);
      case 'table':
        return this.table(block);
      case 'figure':
        return this.figure(block);
      case 'pageBreak':
        // A break at the very end would only add an empty page, so it waits for a block to carry it.
        this.pageBreakPending = true;
        return [];
    }
  }

  private paragraph(text: RichText, style?: string): Paragraph {
    return new Paragraph({ style, ...this.opening(), children: richRuns(text) });
  }

  private list(items: readonly RichText[], ordered: boolean): Paragraph[] {
    // Each list its own instance, so every ordered list counts from 1 again.
    const instance = ++this.listInstance;
    const reference = ordered ? ORDERED_LIST : BULLET_LIST;
    return items.map(
      (item) =>
        new Paragraph({
          numbering: { reference, level: 0, instance },
          ...this.opening(),
          children: richRuns(item),
        }),
    );
  }

  private table(block: TableBlock): FileChild[] {
    // The caption above the table and kept with it, where the HTML report's caption is too.
    const caption = new Paragraph({
      style: STYLE.caption,
      keepNext: true,
      ...this.opening(),
      children: [textRun(block.caption)],
    });
    // WordprocessingML has no table without a cell: a table without columns is only its caption.
    if (block.columns.length === 0) return [caption];
    const widths = columnPercentages(block.columns);
    const cell = (text: string, column: number, bold: boolean, header: boolean) =>
      new TableCell({
        width: { size: widths[column] ?? 0, type: WidthType.PERCENTAGE },
        shading: header ? HEADER_SHADING : undefined,
        children: [
          new Paragraph({
            style: STYLE.tableText,
            alignment: block.columns[column]?.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
            children: [textRun(text, bold ? { bold: true } : {})],
          }),
        ],
      });
    // Rows never split over a page, and the header row is repeated on every page the table runs onto.
    const header = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: block.columns.map((column, index) => cell(column.label, index, true, true)),
    });
    const rows = block.rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: block.columns.map((_, index) =>
            cell(row[index] ?? '', index, block.rowHeaders === true && index === 0, false),
          ),
        }),
    );
    const table = new Table({
      rows: [header, ...rows],
      width: { size: 100, type: WidthType.PERCENTAGE },
      // Fixed: the columns keep their weights, and a very long word wraps inside its cell instead of
      // widening the table past the page.
      layout: TableLayoutType.FIXED,
      borders: TABLE_BORDERS,
    });
    this.afterTable = true;
    return [caption, table];
  }

  private figure(block: FigureBlock): FileChild[] {
    const caption = new Paragraph({ style: STYLE.caption, children: [textRun(block.caption)] });
    const opening = this.opening(120);
    if (!block.png || !isPng(block.png)) {
      // No picture to show: what it would show, in words, stays with its caption.
      return [
        new Paragraph({ style: STYLE.note, keepNext: true, ...opening, children: [textRun(block.alt)] }),
        caption,
      ];
    }
    const image = new ImageRun({
      type: 'png',
      data: block.png,
      transformation: figureSize(block.scene.width, block.scene.height),
      altText: {
        name: xmlText(block.caption),
        title: xmlText(block.caption),
        description: xmlText(block.alt),
      },
    });
    return [new Paragraph({ keepNext: true, ...opening, children: [image] }), caption];
  }

  /**
   * How a block's first paragraph opens: on a new page when a page break waits, and apart from a table
   * just above it (a table has no spacing of its own in Word).
   */
  private opening(before?: number): { pageBreakBefore: boolean; spacing?: { before: number } } {
    const spaced = this.afterTable ? Math.max(before ?? 0, 240) : before;
    this.afterTable = false;
    return {
      pageBreakBefore: this.takePageBreak(),
      ...(spaced === undefined ? {} : { spacing: { before: spaced } }),
    };
  }

  private takePageBreak(): boolean {
    const pending = this.pageBreakPending;
    this.pageBreakPending = false;
    return pending;
  }

  /**
   * The heading's id as a Word bookmark name: letters, digits and `_`, starting with a letter, at most 40
   * characters (Word drops bookmarks that break these rules), and unique in the document.
   */
  private bookmarkName(id: string): string {
    const cleaned = id
      .normalize('NFD')
      .replace(/[^A-Za-z0-9_]+/g, '_')
      .replace(/^[^A-Za-z]+/, '');
    const base = (cleaned === '' ? 'section' : cleaned).slice(0, 36);
    let name = base;
    for (let n = 2; this.bookmarks.has(name.toLowerCase()); n++) name = `${base}_${n}`;
    this.bookmarks.add(name.toLowerCase());
    return name;
  }
}

/**
 * Column widths in percent of the table. Weights are relative; columns without one share what the others
 * leave of a whole when the weights are fractions, and otherwise count as weight 1 each.
 */
export function columnPercentages(columns: readonly TableColumn[]): number[] {
  const weights = columns.map((column) =>
    column.width !== undefined && Number.isFinite(column.width) && column.width > 0
      ? column.width
      : undefined,
  );
  const given = weights.reduce<number>((sum, weight) => sum + (weight ?? 0), 0);
  const without = weights.filter((weight) => weight === undefined).length;
  const share = given < 1 && without > 0 ? (1 - given) / without : 1;
  const resolved = weights.map((weight) => weight ?? share);
  const total = resolved.reduce((sum, weight) => sum + weight, 0);
  return resolved.map((weight) => Math.round((weight / total) * 1000) / 10);
}

/** The picture at the text's width, its height by the scene's aspect ratio, shrunk to fit on a page. */
export function figureSize(sceneWidth: number, sceneHeight: number): { width: number; height: number } {
  const ratio = sceneWidth > 0 && sceneHeight > 0 ? sceneHeight / sceneWidth : 10 / 16;
  const maxHeight = TEXT_AREA.height * FIGURE_MAX_HEIGHT_SHARE;
  const width = Math.min(TEXT_AREA.width, maxHeight / ratio);
  return { width: Math.round(width), height: Math.round(width * ratio) };
}

function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((byte, index) => bytes[index] === byte);
}
