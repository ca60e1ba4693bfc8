/**
 * The report as a Word document (DOCX) the adviser can go on editing in Word or LibreOffice: real heading
 * styles (navigation pane, Word's own table of contents), a title page with a table of contents field that
 * Word updates on opening, real lists and tables, the maps as pictures with alternative text, and a footer
 * with page numbers as fields. Language, title and author sit in the document's properties and defaults, so
 * spell check and "File > Info" are right. Pure: the PNG of each map comes in the document (resvg is the
 * caller's), and nothing is read from disk.
 */
import {
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  Tab,
  TableOfContents,
  TabStopType,
  TextRun,
} from 'docx';
import type { ReportDocument } from './document.ts';
import { BlockWriter } from './docx-blocks.ts';
import {
  FONT,
  FONT_TABLE_XML,
  PAGE,
  REPORT_NUMBERING,
  reportStyles,
  STYLE,
  TEXT_RIGHT_EDGE,
} from './docx-styles.ts';
import { textRun, xmlText } from './docx-text.ts';

export async function writeReportDocx(document: ReportDocument): Promise<Uint8Array> {
  // The font table is the one part docx cannot write without embedding the font (docx-styles.ts).
  return Packer.pack(reportDocx(document), 'uint8array', false, [
    { path: 'word/fontTable.xml', data: FONT_TABLE_XML },
  ]);
}

/** The report as docx's document, before packing (also for laying its pages out with docx/layout). */
export function reportDocx(document: ReportDocument): Document {
  const author = xmlText(document.author ?? '');
  return new Document({
    title: xmlText(document.title),
    description: xmlText(document.subtitle ?? ''),
    creator: author,
    lastModifiedBy: author,
    // Word asks to update the fields on opening, which fills in the table of contents' page numbers.
    features: { updateFields: true },
    styles: reportStyles(document.lang),
    numbering: REPORT_NUMBERING,
    // The theme's fonts too, so text the adviser adds in Word ("+Body") is in the report's font.
    theme: { fonts: { headings: FONT, body: FONT } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: PAGE.margin,
          },
        },
        footers: { default: pageFooter(document) },
        children: [...titlePage(document), ...new BlockWriter(true).write(document.blocks)],
      },
    ],
  });
}

/** Title, subtitle, author and date, then the table of contents under its own heading. */
function titlePage(document: ReportDocument): (Paragraph | TableOfContents)[] {
  const line = (text: string | undefined, style?: string) =>
    text ? [new Paragraph({ style, children: [textRun(text)] })] : [];
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [textRun(document.title)] }),
    ...line(document.subtitle, STYLE.subtitle),
    ...line(document.author),
    ...line(document.date),
    new Paragraph({ style: STYLE.tocHeading, children: [textRun(document.words.contents)] }),
    // docx fills the field in from the headings (linked, without page numbers) for readers that do not
    // update fields, such as LibreOffice; Word rebuilds it with page numbers.
    new TableOfContents(xmlText(document.words.contents), { hyperlink: true, headingStyleRange: '1-3' }),
  ];
}

/** The footer line on the left, "Pagina X van Y" on the right, with X and Y as Word's PAGE and NUMPAGES. */
function pageFooter(document: ReportDocument): Footer {
  // The page number at the right edge even without a footer line, where it is on every report.
  const children: ParagraphChild[] = [
    ...(document.footer ? [textRun(document.footer)] : []),
    new TextRun({ children: [new Tab()] }),
    new TextRun({ children: pageNumberParts(document.words.pageOf) }),
  ];
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_RIGHT_EDGE }],
        children,
      }),
    ],
  });
}

/** `Pagina {page} van {pages}` as text and page number fields. */
function pageNumberParts(template: string): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  return xmlText(template)
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : part,
    );
}
