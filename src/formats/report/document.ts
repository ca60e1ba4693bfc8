/**
 * A report as plain data: the krachtenveldanalyse of a werkruimte, already written (every sentence in the
 * chosen language, every figure computed), with nothing left for a writer to decide but how it looks. One
 * document, three writers: HTML (the web app's print-ready page), PDF (tagged, PDF/UA) and DOCX (editable
 * in Word or LibreOffice). Keeping the words and numbers here is what makes the three say the same.
 *
 * Every text is plain text as the werkruimte has it: writers escape it for their format, so a speler named
 * `<b>` or `=SUM(A1)` is shown as written and can never become markup, a field or a formula.
 */
import type { MapScene } from '../map-image/index.ts';

export type ReportLanguage = 'nl' | 'en';

/** A run of text inside a paragraph or a list item; `strong` is bold (a name, a figure to notice). */
export interface TextRun {
  text: string;
  strong?: boolean | undefined;
}

/** A paragraph or list item's content: one string, or runs for some bold words. */
export type RichText = string | readonly TextRun[];

export interface HeadingBlock {
  kind: 'heading';
  /** 1 is a section of the report (and a bookmark), 2 a part of one, 3 a part of that. */
  level: 1 | 2 | 3;
  text: string;
  /** A stable anchor for the table of contents and links (`samenvatting`, `krachten`). */
  id: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: RichText;
  /** `lead`: the opening of a section, larger; `note`: a remark in smaller, grey text (e.g. "no data"). */
  style?: 'lead' | 'note' | undefined;
}

export interface ListBlock {
  kind: 'list';
  ordered?: boolean | undefined;
  items: readonly RichText[];
}

export interface TableColumn {
  label: string;
  /** Right-aligned (figures). */
  numeric?: boolean | undefined;
  /** Relative width; columns without one share what is left equally. */
  width?: number | undefined;
  /**
   * Running text (a rol, motieven): a long word may break to keep the column at its width. Other columns
   * (names, kinds, figures) are widened to their longest word first.
   */
  prose?: boolean | undefined;
}

export interface TableBlock {
  kind: 'table';
  /** Said above the table and used as its accessible name. */
  caption: string;
  columns: readonly TableColumn[];
  /** Cells as text (writers do not format numbers: the builder did, in the report's language). */
  rows: readonly (readonly string[])[];
  /** The first column names the row (a speler, an index): a row header cell. */
  rowHeaders?: boolean | undefined;
}

export interface FigureBlock {
  kind: 'figure';
  /** What the image shows, for people who cannot see it (PDF /Alt, DOCX description, HTML alt). */
  alt: string;
  caption: string;
  /** The map as vector drawing; its legend is part of the scene. */
  scene: MapScene;
  /** The same picture as PNG, for writers that embed a raster (DOCX); made by the caller (resvg). */
  png?: Uint8Array | undefined;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type ReportBlock =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | FigureBlock
  | PageBreakBlock;

export interface ReportDocument {
  lang: ReportLanguage;
  /** The document's title (PDF Title with DisplayDocTitle, DOCX core title, HTML title and h1). */
  title: string;
  /** Under the title on the first page: the werkruimte, the gemeente, what the report covers. */
  subtitle?: string | undefined;
  /** Who made it (the user's name), for the document's metadata and the title page. */
  author?: string | undefined;
  /** When it was made, already written out in the report's language ("7 december 2026"). */
  date: string;
  /** The footer line of every page (e.g. "Krachtenveld – Voorbeeldgemeente"); page numbers come with it. */
  footer?: string | undefined;
  /** Words the writers need for their own parts, in the report's language. */
  words: {
    /** "Inhoud" — the table of contents' heading. */
    contents: string;
    /** "Pagina {page} van {pages}" — with `{page}` and `{pages}` filled in by the writer. */
    pageOf: string;
  };
  blocks: readonly ReportBlock[];
}

/** The text of rich text, without its marks (for alt texts, search, tests). */
export function plainText(text: RichText): string {
  return typeof text === 'string' ? text : text.map((run) => run.text).join('');
}

/** Rich text as runs, so writers need one path only. */
export function runsOf(text: RichText): readonly TextRun[] {
  return typeof text === 'string' ? [{ text }] : text;
}
