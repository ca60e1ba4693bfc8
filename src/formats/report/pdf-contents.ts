/**
 * The report's table of contents in the PDF ("Inhoud"): sections and their parts with page numbers, each
 * entry a link to its heading. Page numbers are known only after the rest is laid out, so the contents are
 * done in two steps: `reserveContents` lays the entries out (their heights do not depend on the numbers,
 * which sit in a column of their own) and adds the pages they need, then `fillContents` goes back to those
 * pages and writes them. Structure: H2, then TOC > TOCI > Link (the text, the number and the link
 * annotation), placed in reading order at the reservation.
 */
import {
  COLOR,
  contentWidth,
  type Doc,
  FONT,
  LINE_GAP,
  newPage,
  pageBottom,
  SIZE,
  type StructElement,
  struct,
  tagged,
  writeRich,
} from './pdf-basics.ts';

export interface ContentsEntry {
  level: 1 | 2;
  text: string;
  /** The named destination of the heading (see pdf.ts). */
  destination: string;
}

interface PlacedEntry extends ContentsEntry {
  page: number;
  y: number;
  height: number;
}

export interface ContentsPlan {
  entries: PlacedEntry[];
  list: StructElement;
}

const NUMBER_WIDTH = 40;
const INDENT = { 1: 0, 2: 18 } as const;
const GAP = { 1: 7, 2: 3 } as const;

/** The index of the page being written (pages are only ever added at the end). */
export function currentPage(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

function styleOf(level: 1 | 2) {
  return level === 1
    ? { size: SIZE.body, color: COLOR.text, bold: true }
    : { size: SIZE.body - 0.5, color: COLOR.text, bold: false };
}

function textWidth(doc: Doc, level: 1 | 2): number {
  return contentWidth(doc) - INDENT[level] - NUMBER_WIDTH;
}

/** Writes the heading and reserves the pages the entries will take; call at the top of a fresh page. */
export function reserveContents(
  doc: Doc,
  root: StructElement,
  heading: string,
  entries: readonly ContentsEntry[],
): ContentsPlan {
  tagged(doc, root, 'H2', () =>
    writeRich(doc, heading, doc.page.margins.left, contentWidth(doc), {
      size: SIZE.heading[1],
      color: COLOR.text,
      bold: true,
    }),
  );
  doc.y += 6;
  const list = struct(doc, 'TOC');
  root.add(list);
  const placed = entries.map((entry) => {
    const style = styleOf(entry.level);
    doc.font(style.bold ? FONT.bold : FONT.regular).fontSize(style.size);
    const height = doc.heightOfString(entry.text, { width: textWidth(doc, entry.level), lineGap: LINE_GAP });
    doc.y += GAP[entry.level];
    if (doc.y + height > pageBottom(doc)) newPage(doc);
    const spot: PlacedEntry = { ...entry, page: currentPage(doc), y: doc.y, height };
    doc.y += height;
    return spot;
  });
  return { entries: placed, list };
}

/** Writes the entries on the reserved pages; `pageOf` gives a destination's page number (1-based). */
export function fillContents(
  doc: Doc,
  plan: ContentsPlan,
  pageOf: (destination: string) => number | undefined,
): void {
  for (const entry of plan.entries) {
    doc.switchToPage(entry.page);
    const item = struct(doc, 'TOCI');
    plan.list.add(item);
    const link = struct(doc, 'Link');
    item.add(link);
    const style = styleOf(entry.level);
    const x = doc.page.margins.left + INDENT[entry.level];
    const width = textWidth(doc, entry.level);
    const page = pageOf(entry.destination);
    link.add(() => {
      doc.y = entry.y;
      writeRich(doc, entry.text, x, width, style);
      if (page !== undefined) {
        doc.font(style.bold ? FONT.bold : FONT.regular).fontSize(style.size);
        // The leading space is invisible but keeps the extracted text "Samenvatting 3", not "Samenvatting3".
        const number = ` ${page}`;
        const right = doc.page.margins.left + contentWidth(doc);
        doc.text(number, right - doc.widthOfString(number), entry.y, { lineBreak: false, lineGap: LINE_GAP });
      }
    });
    // The whole line is the link's area; Contents names it for assistive technology (PDF/UA).
    doc.goTo(x, entry.y, contentWidth(doc) - INDENT[entry.level], entry.height, entry.destination, {
      structParent: link,
      Contents: new String(page === undefined ? entry.text : `${entry.text} ${page}`),
    } as object);
    link.end();
    item.end();
  }
  plan.list.end();
}
