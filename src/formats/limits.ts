/**
 * Caps shared by every reader, so a hostile or mistaken file is refused before it costs memory or time.
 * Each has an issue code the edge words in Dutch ("Het bestand is groter dan 50 MB").
 */
export const LIMITS = {
  /** Bytes of one uploaded or read file. */
  fileBytes: 50 * 1024 * 1024,
  /** Bytes of an XLSX once unzipped (zip bombs): `uncompressed_too_large`. */
  uncompressedBytes: 300 * 1024 * 1024,
  actors: 100_000,
  relations: 500_000,
  /** Rows of one sheet, or nodes or edges of one network file: `too_many_rows`. */
  rows: 600_000,
  /**
   * Elements of one XML document (every attribute value is an element in GEXF and GraphML, so a
   * 10,000-speler map with all fields filled has ~700,000): `too_many_rows`.
   */
  xmlElements: 5_000_000,
  /** Nesting depth of an XML document: `too_deep`. */
  xmlDepth: 64,
  /** Characters of one cell or attribute value; longer texts are refused by the domain rules anyway. */
  cellCharacters: 32_767,
  /** Columns of one sheet or declared attributes of one XML file. */
  columns: 1_000,
} as const;
