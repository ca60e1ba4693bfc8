/**
 * The report as an accessible PDF (PDF/UA-1, tagged PDF 1.7) with pdfkit: what Dutch public bodies must
 * publish. Every mark on a page is in the logical structure (Document > H1 title, H2–H4 for the report's
 * headings as the HTML writer has them, P, L/LI/Lbl/LBody, Table, Figure with its alt text) or an artifact
 * (footer, page numbers, grid lines); the document carries its language, title (shown as the window's
 * title) and bookmarks for the sections (level 1) and their parts (level 2). Noto Sans is embedded; the
 * caller reads the font files, so this module does no IO.
 *
 * Layout: a title page, the table of contents, then the blocks in order; a heading is kept with what
 * follows it, a map is scaled to the text width (or the page's height) and moved whole to the next page
 * when it does not fit. Pages are buffered so the footer can say "page 3 of 12" and the contents can give
 * page numbers. pdfkit is loaded on the first call: it takes half a second, which no process that never
 * writes a PDF should pay at start-up.
 */
import { escapeXml } from '../map-image/index.ts';
import type { HeadingBlock, ReportBlock, ReportDocument } from './document.ts';
import {
  artifact,
  COLOR,
  contentWidth,
  type Doc,
  FONT,
  fitWidth,
  isEmptyText,
  newPage,
  oneLine,
  PAGE,
  pageTop,
  SIZE,
  type StructElement,
  struct,
  tagged,
  writeRich,
} from './pdf-basics.ts';
import { writeBlocks } from './pdf-blocks.ts';
import { type ContentsEntry, fillContents, reserveContents } from './pdf-contents.ts';

export interface ReportFonts {
  regular: Uint8Array | Buffer;
  bold: Uint8Array | Buffer;
}

export interface ReportPdfOptions {
  /** The creation date (Info and XMP); now by default. Fixed, the same document gives the same bytes. */
  creationDate?: Date | undefined;
}

const LANGUAGE_TAGS = { nl: 'nl-NL', en: 'en-GB' } as const;

export async function writeReportPdf(
  document: ReportDocument,
  fonts: ReportFonts,
  options: ReportPdfOptions = {},
): Promise<Uint8Array> {
  const { default: PDFDocument } = await import('pdfkit');
  const info: PDFKit.DocumentInfo = {
    Title: oneLine(document.title),
    Creator: 'Krachtenveld',
    Producer: 'Krachtenveld (PDFKit)',
    CreationDate: options.creationDate ?? new Date(),
  };
  if (document.author) info.Author = oneLine(document.author);
  if (document.subtitle) info.Subject = oneLine(document.subtitle);
  const doc = new PDFDocument({
    size: PAGE.size,
    margin: PAGE.margin,
    pdfVersion: '1.7',
    // pdfkit reads 'PDF/UA' (it adds the pdfuaid part to the XMP), its type declarations list PDF/A only.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    lang: LANGUAGE_TAGS[document.lang] ?? document.lang,
    displayTitle: true,
    bufferPages: true,
    info,
  });
  const bytes = collect(doc);
  escapeXmpInfo(doc);
  doc.registerFont(FONT.regular, fonts.regular);
  doc.registerFont(FONT.bold, fonts.bold);
  doc.font(FONT.regular);

  const root = struct(doc, 'Document');
  doc.addStructure(root);
  const destinations = destinationsOf(document.blocks);
  writeTitlePage(doc, root, document);
  const entries: ContentsEntry[] = [];
  for (const [block, destination] of destinations)
    if (block.level <= 2)
      entries.push({ level: block.level === 1 ? 1 : 2, text: oneLine(block.text), destination });
  let contents: ReturnType<typeof reserveContents> | undefined;
  if (entries.length > 0) {
    newPage(doc);
    contents = reserveContents(doc, root, oneLine(document.words.contents), entries);
  }
  newPage(doc);
  const pages = writeBlocks(doc, root, document.blocks, destinations, document.lang);
  if (contents) fillContents(doc, contents, (destination) => pages.get(destination));
  root.end();
  writeFooters(doc, document);
  doc.end();
  return bytes;
}

function collect(doc: Doc): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      let at = 0;
      for (const chunk of chunks) {
        out.set(chunk, at);
        at += chunk.length;
      }
      resolve(out);
    });
  });
}

/**
 * pdfkit copies Title, Author and Subject into the XMP metadata unescaped, so a werkruimte named
 * `<b>Buurthuis</b> & Co` would make the XML malformed (and the file no PDF/UA). The Info dictionary is
 * written before the XMP, from the same values, as PDF strings: only the XMP step gets escaped copies.
 */
function escapeXmpInfo(doc: Doc): void {
  const internals = doc as unknown as { _addInfo?: () => void; info: Record<string, unknown> };
  const addInfo = internals._addInfo;
  if (typeof addInfo !== 'function') return;
  internals._addInfo = function (this: typeof internals) {
    const raw = this.info;
    const escaped: Record<string, unknown> = { ...raw };
    for (const key of ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer'])
      if (typeof raw[key] === 'string') escaped[key] = escapeXml(raw[key]);
    this.info = escaped;
    try {
      addInfo.call(this);
    } finally {
      this.info = raw;
    }
  };
}

/**
 * A named destination per heading (its id, made unique), so the contents can link to it and
 * `rapport.pdf#samenvatting` opens there.
 */
function destinationsOf(blocks: readonly ReportBlock[]): Map<HeadingBlock, string> {
  const used = new Set<string>();
  const out = new Map<HeadingBlock, string>();
  for (const block of blocks) {
    if (block.kind !== 'heading' || oneLine(block.text).trim() === '') continue;
    const base = oneLine(block.id).trim() || 'section';
    let name = base;
    for (let n = 2; used.has(name); n += 1) name = `${base}-${n}`;
    used.add(name);
    out.set(block, name);
  }
  return out;
}

function writeTitlePage(doc: Doc, root: StructElement, document: ReportDocument): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.y = pageTop(doc) + 170;
  tagged(doc, root, 'H1', () =>
    writeRich(doc, document.title, left, width, { size: SIZE.title, color: COLOR.text, bold: true }),
  );
  if (document.subtitle && !isEmptyText(document.subtitle)) {
    doc.y += 10;
    const subtitle = document.subtitle;
    tagged(doc, root, 'P', () =>
      writeRich(doc, subtitle, left, width, { size: SIZE.subtitle, color: COLOR.muted }),
    );
  }
  doc.y += 22;
  const ruleY = doc.y;
  artifact(doc, 'Layout', () => {
    doc
      .moveTo(left, ruleY)
      .lineTo(left + 72, ruleY)
      .lineWidth(2)
      .stroke(COLOR.text);
  });
  doc.y += 18;
  for (const line of [document.author, document.date]) {
    if (!line || isEmptyText(line)) continue;
    tagged(doc, root, 'P', () => writeRich(doc, line, left, width, { size: SIZE.body, color: COLOR.muted }));
    doc.y += 2;
  }
}

/** The footer line and "Pagina 3 van 12" on every page, as pagination artifacts. */
function writeFooters(doc: Doc, document: ReportDocument): void {
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let index = 0; index < total; index += 1) {
    doc.switchToPage(range.start + index);
    const left = doc.page.margins.left;
    const right = doc.page.width - doc.page.margins.right;
    const y = doc.page.height - doc.page.margins.bottom + 20;
    const pageOf = oneLine(document.words.pageOf)
      .replaceAll('{page}', () => String(index + 1))
      .replaceAll('{pages}', () => String(total));
    artifact(doc, 'Pagination', () => {
      doc
        .moveTo(left, y - 7)
        .lineTo(right, y - 7)
        .lineWidth(0.5)
        .stroke(COLOR.frame);
      doc.font(FONT.regular).fontSize(SIZE.footer).fillColor(COLOR.note);
      const numberWidth = doc.widthOfString(pageOf);
      doc.text(pageOf, right - numberWidth, y, { lineBreak: false });
      if (document.footer) {
        const footer = fitWidth(doc, oneLine(document.footer), right - left - numberWidth - 24);
        doc.text(footer, left, y, { lineBreak: false });
      }
    });
  }
}
