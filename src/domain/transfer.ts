/**
 * Moving a werkruimte in and out as files: the formats it can be exported in, the two tables of a
 * spreadsheet and the size an uploaded file may have. The API's contract, the services and the CLI share
 * these lists; the readers and writers themselves live in src/formats.
 */

export const EXPORT_FORMATS = ['json', 'xlsx', 'csv', 'gexf', 'graphml', 'svg', 'png'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The tables of a spreadsheet (the sheets of an XLSX, one CSV file each). */
export const TABLES = ['spelers', 'relaties'] as const;
export type Table = (typeof TABLES)[number];

/** Bytes of one uploaded or read file (src/formats/limits.ts `fileBytes`: `too_big`). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
