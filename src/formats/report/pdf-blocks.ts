/**
 * The report's blocks on the PDF's pages, in order: headings (kept with what follows them, with a named
 * destination and a bookmark), paragraphs, lists, tables (pdf-table.ts), map figures (pdf-map.ts) and page
 * breaks. Each is one structure element under the document's root with its drawing as content.
 */
import type {
  FigureBlock,
  HeadingBlock,
  ListBlock,
  ParagraphBlock,
  ReportBlock,
  ReportLanguage,
} from './document.ts';
import {
  COLOR,
  contentWidth,
  type Doc,
  ensureRoom,
  FONT,
  isEmptyText,
  LINE_GAP,
  newPage,
  oneLine,
  pageBottom,
  pageTop,
  richHeight,
  SIZE,
  type StructElement,
  struct,
  type TextStyle,
  tagged,
  writeRich,
} from './pdf-basics.ts';
import { currentPage } from './pdf-contents.ts';
import { drawScene, sceneSize } from './pdf-map.ts';
import { tableStartHeight, writeTable } from './pdf-table.ts';

const HEADING = {
  1: { before: 16, after: 8 },
  2: { before: 12, after: 5 },
  3: { before: 9, after: 4 },
} as const;

function paragraphStyle(block: ParagraphBlock): TextStyle {
  if (block.style === 'lead') return { size: SIZE.lead, color: COLOR.text };
  if (block.style === 'note') return { size: SIZE.note, color: COLOR.note };
  return { size: SIZE.body, color: COLOR.text };
}

/** A map may shrink to this share of its full size to stay under its heading rather than move on. */
const FIGURE_SHRINK = 0.7;

/**
 * How a figure fits a page: the map's scale and size (to the text width, or the page's height) and its
 * caption's height.
 */
function figureLayout(doc: Doc, block: FigureBlock) {
  const { width, height } = sceneSize(block.scene);
  const captionHeight = isEmptyText(block.caption)
    ? 0
    : richHeight(doc, block.caption, contentWidth(doc), { size: SIZE.caption, color: COLOR.muted }) + 6;
  const room = pageBottom(doc) - pageTop(doc) - captionHeight - 4;
  const scale = Math.min(contentWidth(doc) / width, room / height);
  return { scale, width: width * scale, height: height * scale, captionHeight, sceneHeight: height };
}

/** The least room the start of a block needs, so a heading is not left alone at the bottom of a page. */
function startOf(doc: Doc, block: ReportBlock | undefined): number {
  if (!block) return 0;
  if (block.kind === 'figure') {
    const figure = figureLayout(doc, block);
    return figure.height * FIGURE_SHRINK + figure.captionHeight;
  }
  if (block.kind === 'table') return tableStartHeight(doc, block);
  if (block.kind === 'pageBreak' || block.kind === 'heading') return 0;
  return 3 * (SIZE.body * 1.36 + LINE_GAP);
}

/**
 * What must stay on the page with a heading: a short line under it ("8 spelers.") together with the table,
 * map or list it introduces, or else the first lines of the text that follows, so neither the heading nor
 * its introduction ends a page alone.
 */
function keptWithHeading(doc: Doc, following: readonly ReportBlock[]): number {
  const line = SIZE.body * 1.36 + LINE_GAP;
  let height = 0;
  for (const [index, block] of following.entries()) {
    if (block.kind !== 'paragraph') return height + startOf(doc, block);
    const lines = richHeight(doc, block.text, contentWidth(doc), paragraphStyle(block));
    const next = following[index + 1];
    const introduces = next !== undefined && next.kind !== 'paragraph' && next.kind !== 'heading';
    // A paragraph may break across pages: its first lines are enough, unless it introduces what follows.
    if (!(introduces && lines <= 6 * line) || index >= 2) return height + Math.min(lines, 3 * line);
    height += lines + 10;
  }
  return height;
}

function writeHeading(
  doc: Doc,
  root: StructElement,
  block: HeadingBlock,
  following: readonly ReportBlock[],
  destination: string,
): void {
  const style = { size: SIZE.heading[block.level], color: COLOR.text, bold: true };
  const spacing = HEADING[block.level];
  const width = contentWidth(doc);
  if (doc.y > pageTop(doc) + 0.5) doc.y += spacing.before;
  ensureRoom(
    doc,
    richHeight(doc, block.text, width, style) + spacing.after + keptWithHeading(doc, following),
  );
  doc.addNamedDestination(destination, 'XYZ', null, doc.y, null);
  // The report's level 1 is the document's H2: the title is its H1, as in the HTML writer.
  tagged(doc, root, `H${block.level + 1}`, () =>
    writeRich(doc, block.text, doc.page.margins.left, width, style),
  );
  doc.y += spacing.after;
}

function writeList(doc: Doc, root: StructElement, block: ListBlock): void {
  const list = struct(doc, 'L');
  root.add(list);
  const style = { size: SIZE.body, color: COLOR.text };
  const left = doc.page.margins.left;
  // Numbers get the room the widest one needs ("12." or "120."), so the texts of one list line up.
  doc.font(FONT.regular).fontSize(style.size);
  const indent = block.ordered ? Math.max(22, doc.widthOfString(`${block.items.length}.`) + 9) : 16;
  block.items.forEach((text, index) => {
    // An item stays whole on its page (pdfkit would carry its last lines over on its own, and the bullet
    // of the next item would land a page further).
    const height = richHeight(doc, text, contentWidth(doc) - indent, style);
    ensureRoom(doc, Math.min(height, pageBottom(doc) - pageTop(doc)));
    const item = struct(doc, 'LI');
    list.add(item);
    const y = doc.y;
    const page = currentPage(doc);
    tagged(doc, item, 'Lbl', () => {
      doc.font(FONT.regular).fontSize(style.size).fillColor(style.color);
      doc.text(block.ordered ? `${index + 1}.` : '•', left + (block.ordered ? 0 : 4), y, {
        lineBreak: false,
      });
    });
    doc.y = y;
    tagged(doc, item, 'LBody', () => writeRich(doc, text, left + indent, contentWidth(doc) - indent, style));
    item.end();
    // An empty item still takes its line, or the next label would be drawn over this one (unless the
    // item ran onto a new page: then y is on the page before).
    if (currentPage(doc) === page) doc.y = Math.max(doc.y, y + style.size * 1.36 + LINE_GAP);
    doc.y += 3;
  });
  list.end();
  doc.y += 6;
}

/** What a map is called when its figure has neither alt text nor caption (PDF/UA requires alt text). */
const MAP_WORD: Record<ReportLanguage, string> = { nl: 'Kaart', en: 'Map' };

function writeFigure(doc: Doc, root: StructElement, block: FigureBlock, lang: ReportLanguage): void {
  const figure = figureLayout(doc, block);
  // Under a heading a map may shrink a little to fit the rest of the page; otherwise it moves on whole.
  const remaining = pageBottom(doc) - doc.y - figure.captionHeight - 4;
  if (figure.height > remaining) {
    if (remaining >= figure.height * FIGURE_SHRINK && doc.y > pageTop(doc) + 0.5) {
      figure.scale = remaining / figure.sceneHeight;
      figure.width *= remaining / figure.height;
      figure.height = remaining;
    } else newPage(doc);
  }
  const x = doc.page.margins.left + (contentWidth(doc) - figure.width) / 2;
  const y = doc.y;
  const alt = oneLine(block.alt).trim() || oneLine(block.caption).trim() || MAP_WORD[lang];
  tagged(doc, root, 'Figure', () => drawScene(doc, block.scene, x, y, figure.scale), {
    alt,
    bbox: [x, y, x + figure.width, y + figure.height],
  });
  doc.x = doc.page.margins.left;
  doc.y = y + figure.height + 6;
  if (figure.captionHeight > 0) {
    // A P, not a Caption: a caption is a Table's, List's or Figure's child, and inside the Figure its text
    // would be hidden behind the Figure's alt text.
    tagged(doc, root, 'P', () =>
      writeRich(doc, block.caption, doc.page.margins.left, contentWidth(doc), {
        size: SIZE.caption,
        color: COLOR.muted,
      }),
    );
  }
  doc.y += 10;
}

/** Writes the blocks; returns the page number (1-based) of each heading's destination. */
export function writeBlocks(
  doc: Doc,
  root: StructElement,
  blocks: readonly ReportBlock[],
  destinations: ReadonlyMap<HeadingBlock, string>,
  lang: ReportLanguage,
): Map<string, number> {
  const pages = new Map<string, number>();
  let section: PDFKit.PDFOutline | undefined;
  blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'heading': {
        // An empty heading (which the builders do not make) would be an empty bookmark and contents line.
        const destination = destinations.get(block);
        if (destination === undefined) break;
        writeHeading(doc, root, block, blocks.slice(index + 1, index + 4), destination);
        pages.set(destination, currentPage(doc) + 1);
        const title = oneLine(block.text);
        if (block.level === 1) section = doc.outline.addItem(title, { expanded: true });
        else if (block.level === 2) (section ?? doc.outline).addItem(title);
        break;
      }
      case 'paragraph': {
        if (isEmptyText(block.text)) break;
        const style = paragraphStyle(block);
        ensureRoom(doc, style.size * 1.36 + LINE_GAP);
        tagged(doc, root, 'P', () =>
          writeRich(doc, block.text, doc.page.margins.left, contentWidth(doc), style),
        );
        doc.y += block.style === 'lead' ? 10 : 7;
        break;
      }
      case 'list':
        writeList(doc, root, block);
        break;
      case 'table':
        writeTable(doc, root, block);
        doc.y += 10;
        break;
      case 'figure':
        writeFigure(doc, root, block, lang);
        break;
      case 'pageBreak':
        if (doc.y > pageTop(doc) + 0.5) newPage(doc);
        break;
    }
  });
  return pages;
}
