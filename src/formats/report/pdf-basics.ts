/**
 * What every part of the report's PDF writer shares: the page, fonts, sizes and colours (the HTML writer's,
 * so the two look alike), tagged drawing (every mark on a page is either inside a structure element or an
 * artifact, which PDF/UA requires), room left on a page, and text cleaned of what a font cannot show.
 */
/// <reference types="pdfkit" />
// The PDFKit namespace (document, structure element) is global in pdfkit's declarations.
import type { RichText } from './document.ts';
import { runsOf } from './document.ts';

export type Doc = PDFKit.PDFDocument;
export type StructElement = PDFKit.PDFStructureElement;

/** A4 with 56 pt (about 2 cm) on every side; the footer sits in the bottom margin. */
export const PAGE = { size: 'A4', margin: 56 } as const;

/** Names the two embedded Noto Sans faces are registered under. */
export const FONT = { regular: 'kv-regular', bold: 'kv-bold' } as const;

export const COLOR = {
  text: '#1a1a1a',
  muted: '#404040',
  note: '#555555',
  rule: '#b0b7c0',
  headerFill: '#eef1f5',
  frame: '#d0d5dd',
} as const;

export const SIZE = {
  body: 11,
  lead: 12.5,
  note: 10,
  table: 10,
  caption: 10,
  footer: 9,
  title: 24,
  subtitle: 14,
  /** Report headings by level (1–3). */
  heading: { 1: 17, 2: 13.5, 3: 12 },
} as const;

/** Extra space between lines of running text (Noto Sans' own line height is 1.36 em). */
export const LINE_GAP = 1.5;

/** Options pdfkit's JavaScript reads but its type declarations do not list. */
export interface StructOptions {
  alt?: string;
  lang?: string;
  /** Table header cells: which cells they name (TH `/A << /O /Table /Scope … >>`). */
  scope?: 'Column' | 'Row';
  /** Layout BBox of a figure, in page coordinates from the top left: [left, top, right, bottom]. */
  bbox?: [number, number, number, number];
}

export function struct(doc: Doc, type: string, options: StructOptions = {}): StructElement {
  return doc.struct(type, options as PDFKit.Mixins.StructureElementOptions);
}

/**
 * Adds a structure element of `type` to `parent` whose content is what `draw` puts on the page. pdfkit runs
 * the closure at once (the parent is attached) inside one marked-content sequence, which it carries over
 * onto the next page when text wraps past the bottom.
 */
export function tagged(
  doc: Doc,
  parent: StructElement,
  type: string,
  draw: () => void,
  options: StructOptions = {},
): StructElement {
  const element = struct(doc, type, options);
  parent.add(element);
  element.add(draw);
  element.end();
  return element;
}

/**
 * Draws something that is not content (rules, cell borders, a repeated table header, the footer) as an
 * artifact, so assistive technology skips it. Never call it inside `tagged`'s closure: opening an artifact
 * closes the structure's marked content.
 */
export function artifact(doc: Doc, type: 'Pagination' | 'Layout', draw: () => void): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function pageTop(doc: Doc): number {
  return doc.page.margins.top;
}

export function pageBottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** A new page unless `height` fits below the current position (or the page is still empty). */
export function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > pageBottom(doc) && doc.y > pageTop(doc) + 0.5) newPage(doc);
}

export function newPage(doc: Doc): void {
  doc.addPage();
  doc.x = doc.page.margins.left;
  doc.y = pageTop(doc);
}

/**
 * Text as a font can show it: line ends normalised, tabs as spaces, and control characters and lone
 * surrogates dropped (they would be drawn as empty boxes, or break the text's encoding).
 */
export function clean(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '',
    );
}

/** Text that must stay on one line (a map label, the footer). */
export function oneLine(text: string): string {
  return clean(text).replace(/\n/g, ' ');
}

export interface TextStyle {
  size: number;
  color: string;
  bold?: boolean;
}

/** Rich text's runs, cleaned, without empty ones (pdfkit's `continued` chain misbehaves on empty text). */
function cleanRuns(text: RichText): { text: string; strong: boolean }[] {
  return runsOf(text)
    .map((run) => ({ text: clean(run.text), strong: run.strong === true }))
    .filter((run) => run.text.length > 0);
}

/**
 * Writes rich text from (x, doc.y) wrapped to `width`, bold runs in the bold face: one `continued` chain,
 * so the runs wrap as one paragraph. Words longer than the line are broken by pdfkit's line wrapper. Leaves
 * doc.y under the text.
 */
export function writeRich(
  doc: Doc,
  text: RichText,
  x: number,
  width: number,
  style: TextStyle,
  align: 'left' | 'right' = 'left',
): void {
  const runs = cleanRuns(text);
  doc.fontSize(style.size).fillColor(style.color);
  const y = doc.y;
  runs.forEach((run, index) => {
    doc.font(run.strong || style.bold ? FONT.bold : FONT.regular);
    const options = { width, align, lineGap: LINE_GAP, continued: index < runs.length - 1 };
    if (index === 0) doc.text(run.text, x, y, options);
    else doc.text(run.text, options);
  });
  doc.x = doc.page.margins.left;
}

/** The height `writeRich` will take (measured with the same fonts and wrapping). */
export function richHeight(doc: Doc, text: RichText, width: number, style: TextStyle): number {
  const runs = cleanRuns(text);
  if (runs.length === 0) return 0;
  doc.fontSize(style.size);
  // Measuring runs one by one would wrap each on its own; the bold face is a little wider, so measuring the
  // whole text in it errs on the safe side.
  const bold = style.bold || runs.some((run) => run.strong);
  doc.font(bold ? FONT.bold : FONT.regular);
  return doc.heightOfString(runs.map((run) => run.text).join(''), { width, lineGap: LINE_GAP });
}

export function isEmptyText(text: RichText): boolean {
  return cleanRuns(text).length === 0;
}

/** `text` cut with an ellipsis to fit `width` in the current font and size. */
export function fitWidth(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (doc.widthOfString(`${chars.slice(0, middle).join('')}…`) <= width) low = middle;
    else high = middle - 1;
  }
  return `${chars.slice(0, low).join('')}…`;
}
