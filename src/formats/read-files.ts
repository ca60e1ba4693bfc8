/**
 * Any importable file to an import document: which reader a file needs (from its first bytes, else its
 * name), then that reader. One JSON backup, XLSX, GEXF or GraphML file, or one or two CSV tables.
 */
import type { ImportFormat, ReadOutcome } from './import-document.ts';
import { readBackupDocument } from './json-backup/document.ts';
import { readGexf } from './network/gexf-read.ts';
import { readGraphml } from './network/graphml-read.ts';
import { readCsv } from './spreadsheet/csv-read.ts';
import { readXlsx } from './spreadsheet/xlsx-read.ts';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

const XML_ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(gexf|graphml)\b/i;

/** The format of a file, from its first bytes (a zip is XLSX, `{` JSON, an XML root GEXF or GraphML), else its name. */
export function detectFormat(file: UploadedFile): ImportFormat | undefined {
  const bytes = file.bytes;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  const head = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const root = XML_ROOT.exec(head)?.[1]?.toLowerCase();
  if (root === 'gexf' || root === 'graphml') return root;
  if (/^\s*\{/.test(head)) return 'json';
  const extension = /\.([a-z]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') return 'csv';
  if (extension === 'gexf' || extension === 'graphml' || extension === 'json' || extension === 'xlsx')
    return extension;
  return undefined;
}

const text = (file: UploadedFile | undefined) => new TextDecoder().decode(file?.bytes);

/** The reader of each format; every format in this table can be imported. */
const READERS: Partial<
  Record<ImportFormat, (files: readonly UploadedFile[]) => ReadOutcome | Promise<ReadOutcome>>
> = {
  json: (files) => readBackupDocument(text(files[0])),
  csv: (files) => readCsv(files),
  xlsx: (files) => readXlsx((files[0] as UploadedFile).bytes),
  gexf: (files) => readGexf(text(files[0])),
  graphml: (files) => readGraphml(text(files[0])),
};

export const READABLE_FORMATS = Object.keys(READERS) as ImportFormat[];

/** Reads one file (or two CSV tables) into an import document, or the problems found. */
export async function readImportFiles(files: readonly UploadedFile[]): Promise<ReadOutcome> {
  const formats = files.map(detectFormat);
  const format = formats[0];
  const read = format ? READERS[format] : undefined;
  if (!read || formats.some((other) => other !== format) || (files.length > 1 && format !== 'csv'))
    return {
      ok: false,
      issues: [{ path: 'file', code: 'unknown_format', params: { formats: READABLE_FORMATS.join(', ') } }],
    };
  return read(files);
}
