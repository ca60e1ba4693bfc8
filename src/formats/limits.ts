/**
 * Caps shared by every reader, so a hostile or mistaken file is refused before it costs memory or time.
 * Each has its own issue code, which the edge words in Dutch and English naming the limit ("Het bestand
 * heeft meer dan 1.600.000 cellen"). The caps sit where the cost is, not only on bytes: a 620 KB XLSX can
 * hold 15 million shared strings.
 */
import { MAX_FILE_BYTES, MAX_LISTED_ISSUES } from '../domain/index.ts';

export const LIMITS = {
  /** Bytes of one uploaded or read file: `too_big`. */
  fileBytes: MAX_FILE_BYTES,
  /** Bytes of an XLSX once unzipped (zip bombs): `uncompressed_too_large`. */
  uncompressedBytes: 300 * 1024 * 1024,
  /** Entries of an XLSX's zip, from its directory before anything is unpacked: `too_many_zip_entries`. */
  zipEntries: 10_000,
  /**
   * Cells of all worksheets of an XLSX: `too_many_cells`. exceljs holds about 550 bytes per cell, so this
   * is about twice our 10,000-speler benchmark workbook (820,000 cells) and fits a file job's memory.
   */
  cells: 1_600_000,
  /** Entries of an XLSX's shared-strings table (at most one per cell): `too_many_shared_strings`. */
  sharedStrings: 1_600_000,
  /** Elements of an XLSX's styles part (fonts, fills, borders, cell formats): `too_many_styles`. */
  styleElements: 100_000,
  actors: 100_000,
  relations: 500_000,
  /** Perspectives and vraagstukken of one werkruimte: named groups and questions, not data rows. */
  perspectives: 1_000,
  topics: 1_000,
  /** Assessments (several perspectives per relatie) and dated positions of one werkruimte. */
  assessments: 1_000_000,
  positions: 500_000,
  /** Rows of one sheet, or nodes or edges of one network file: `too_many_rows`. */
  rows: 600_000,
  /**
   * Elements of one XML document (every attribute value is an element in GEXF and GraphML, so a
   * 10,000-speler map with all fields filled has ~700,000): `too_many_elements`.
   */
  xmlElements: 5_000_000,
  /** Attributes in one XML document or XLSX, all parts together: `too_many_attributes`. */
  xmlAttributes: 15_000_000,
  /** Attributes of one XML element (ours have at most a dozen): `too_many_attributes`. */
  xmlAttributesPerElement: 1_000,
  /** Nesting depth of an XML document: `too_deep`. */
  xmlDepth: 64,
  /**
   * Values (items, fields) of one JSON text a network file carries for the claims model (an edge's
   * assessments, a node's positions, the perspectives and vraagstukken): `too_many_rows`. Counted before
   * JSON.parse, so a hostile attribute of millions of tiny values never becomes millions of objects; a
   * speler with 50,000 positions still fits.
   */
  claimsJsonValues: 1_000_000,
  /** Characters of one cell or attribute value; longer texts are refused by the domain rules anyway. */
  cellCharacters: 32_767,
  /** Columns of one sheet or declared attributes of one XML file. */
  columns: 1_000,
  /** Problems listed in one answer; the rest are counted (src/domain/errors.ts). */
  listedIssues: MAX_LISTED_ISSUES,
} as const;
