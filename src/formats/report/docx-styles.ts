/**
 * How the DOCX report looks, as Word styles rather than formatting on each paragraph: an adviser who edits
 * the report changes "Heading 1" or "Note" once and every one follows, and Word's navigation pane and its
 * own table of contents know the headings. The measures follow the HTML report (A4, 11 pt Noto Sans, the
 * same heading sizes and greys), so the three writers look alike.
 */
import { AlignmentType, type INumberingOptions, type IStylesOptions, LevelFormat, LineRuleType } from 'docx';
import type { ReportLanguage } from './document.ts';

/** Twips (twentieths of a point): A4 and the HTML report's margins (20, 18 and 22 mm). */
export const PAGE = {
  width: 11_906,
  height: 16_838,
  margin: { top: 1_134, right: 1_021, bottom: 1_247, left: 1_021, header: 567, footer: 567, gutter: 0 },
} as const;

const TWIPS_PER_PIXEL = 1_440 / 96;

/** The text block in pixels at 96 per inch, the unit of docx's image sizes. */
export const TEXT_AREA = {
  width: Math.floor((PAGE.width - PAGE.margin.left - PAGE.margin.right) / TWIPS_PER_PIXEL),
  height: Math.floor((PAGE.height - PAGE.margin.top - PAGE.margin.bottom) / TWIPS_PER_PIXEL),
} as const;

/** Where the footer's page number sits: the right edge of the text. */
export const TEXT_RIGHT_EDGE = PAGE.width - PAGE.margin.left - PAGE.margin.right;

export const FONT = 'Noto Sans';

/** Paragraph style ids of the report's own styles (Word's built-in ones keep their ids: Heading1, Title…). */
export const STYLE = {
  subtitle: 'Subtitle',
  lead: 'Lead',
  note: 'Note',
  caption: 'Caption',
  tocHeading: 'TOCHeading',
  tableText: 'TableText',
  footer: 'Footer',
} as const;

export const ORDERED_LIST = 'report-ordered';
export const BULLET_LIST = 'report-bullet';

const LOCALE: Record<ReportLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

const TEXT_COLOR = '1A1A1A';
const MUTED_COLOR = '404040';
const NOTE_COLOR = '555555';

/** Half-points, as WordprocessingML gives font sizes. */
const pt = (points: number) => Math.round(points * 2);

export function reportStyles(lang: ReportLanguage): IStylesOptions {
  const heading = (size: number, before: number, after: number, outlineLevel: number) => ({
    run: { size: pt(size), bold: true, color: TEXT_COLOR },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true, outlineLevel },
  });
  return {
    default: {
      document: {
        // The language in the defaults, so Word and LibreOffice check the spelling of every run in it.
        run: {
          font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
          size: pt(11),
          color: TEXT_COLOR,
          language: { value: LOCALE[lang] },
        },
        // The rule said out loud: LibreOffice reads a line height without one as exact, which cuts an
        // image in the paragraph down to one line.
        paragraph: { spacing: { after: 120, line: 288, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { size: pt(24), bold: true, color: TEXT_COLOR },
        paragraph: { spacing: { after: 160, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true },
      },
      heading1: heading(17, 480, 160, 0),
      heading2: heading(13.5, 360, 120, 1),
      heading3: heading(12, 280, 100, 2),
      // List items closer together than paragraphs, as one list.
      listParagraph: { paragraph: { spacing: { after: 60 } } },
      caption: {
        run: { size: pt(10), bold: true, color: MUTED_COLOR },
        paragraph: { spacing: { before: 80, after: 200 } },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: pt(14), color: MUTED_COLOR },
        paragraph: { spacing: { after: 120 } },
      },
      {
        id: STYLE.lead,
        name: 'Lead',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: pt(12.5) },
      },
      {
        id: STYLE.note,
        name: 'Note',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: pt(10), color: NOTE_COLOR },
      },
      {
        // Word's name for it; outline level 9 is body text, so the contents' own heading is not listed in it.
        id: STYLE.tocHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(17), bold: true, color: TEXT_COLOR },
        paragraph: { spacing: { before: 480, after: 160 }, keepNext: true, outlineLevel: 9 },
      },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: pt(10) },
        paragraph: { spacing: { before: 40, after: 40, line: 252, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.footer,
        name: 'footer',
        basedOn: 'Normal',
        run: { size: pt(9), color: NOTE_COLOR },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}

/**
 * Real Word lists: numbers restart per list (each ordered list is an instance of its own), and the bullet
 * is U+2022, which every font has (docx's default bullet, U+25CF, is not in every font).
 */
export const REPORT_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: ORDERED_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 454, hanging: 340 } } },
        },
      ],
    },
    {
      reference: BULLET_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '\u2022',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 454, hanging: 340 } } },
        },
      ],
    },
  ],
};

/**
 * The font table, written by hand because docx lists only the fonts it embeds. It tells Word what Noto Sans
 * is like (a variable-pitch sans-serif, its PANOSE number and Unicode ranges from the font's OS/2 table) and
 * names Arial as its alternative, so on a machine without Noto Sans Word substitutes a sans-serif instead of
 * its default serif. Nothing is embedded.
 */
export const FONT_TABLE_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:font w:name="${FONT}"><w:altName w:val="Arial"/><w:panose1 w:val="020B0502040504020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/><w:sig w:usb0="E00002FF" w:usb1="4000201F" w:usb2="08000029" w:usb3="00100000" w:csb0="0000019F" w:csb1="00000000"/></w:font><w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>`;
