/**
 * CSV import: one or two files, a `spelers` and/or a `relaties` table in any order; which is which follows
 * from the header (relaties have van/naar or from/to columns), so file names do not matter. The separator
 * is whatever the header line uses most (`;` as Excel writes it in a Dutch locale, `,` or a tab), cells may
 * be quoted and span lines. Text is UTF-8 with or without byte-order mark; a file that is no valid UTF-8
 * is read as Windows-1252 (what Excel's "CSV" saves on a Dutch Windows), UTF-16 with a byte-order mark as
 * such. csv-parse's synchronous parser is fast enough for the 50 MB a file may hold (about 1 s). A problem
 * with a whole file (too big, unreadable, a second table of the same kind) has the file's name as path;
 * a cell's path is `spelers.<row>.<header>` as everywhere.
 */
import { parse } from 'csv-parse/sync';
import type { Issue } from '../../domain/index.ts';
import type { ReadOutcome } from '../import-document.ts';
import { LIMITS } from '../limits.ts';
import type { TableKind } from './columns.ts';
import { newParts, readSheet, type SheetRow, tableKind, toOutcome } from './sheet-rows.ts';

export interface CsvFile {
  name: string;
  bytes: Uint8Array;
}

export function readCsv(files: readonly CsvFile[]): ReadOutcome {
  if (files.length === 0 || files.length > 2)
    return {
      ok: false,
      issues: [
        { path: '', code: 'invalid_file', params: { expected: 'CSV', files: files.length, maximum: 2 } },
      ],
    };
  const parts = newParts();
  const tables = new Map<TableKind, { name: string; rows: CsvRow[] }>();
  for (const file of files) {
    const parsed = parseFile(file);
    if ('issue' in parsed) {
      parts.issues.push(parsed.issue);
      continue;
    }
    const header = parsed.rows.find((row) => row.cells.some((cell) => cell.trim() !== ''));
    const kind = tableKind(header?.cells ?? []);
    const other = tables.get(kind);
    if (other) {
      parts.issues.push({
        path: file.name,
        code: 'duplicate_items',
        params: { sheet: kind, files: [other.name, file.name] },
      });
      continue;
    }
    tables.set(kind, { name: file.name, rows: parsed.rows });
  }
  if (parts.issues.length > 0) return { ok: false, issues: parts.issues.listed, total: parts.issues.length };
  for (const kind of ['spelers', 'relaties'] as const) {
    const table = tables.get(kind);
    if (table) readSheet(kind, table.rows, parts);
  }
  return toOutcome('csv', parts);
}

interface CsvRow extends SheetRow {
  cells: string[];
}

function parseFile(file: CsvFile): { rows: CsvRow[] } | { issue: Issue } {
  if (file.bytes.byteLength > LIMITS.fileBytes)
    return { issue: { path: file.name, code: 'too_big', params: { maximum: LIMITS.fileBytes } } };
  const text = decode(file.bytes);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      // One record past the cap is enough to know the file has too many.
      to: LIMITS.rows + 2,
    }) as string[][];
  } catch (error) {
    const { lines, code } = error as { lines?: number; code?: string };
    return {
      issue: {
        path: file.name,
        code: 'invalid_file',
        params: { expected: 'CSV', line: lines, reason: code },
      },
    };
  }
  // A spreadsheet shows one record per row, however many lines its cells span.
  return { rows: records.map((cells, index) => ({ row: index + 1, cells })) };
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const DELIMITERS = [';', ',', '\t'] as const;

/** The separator the header line uses most, outside quotes; `;` when it has none (a one-column file). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string = ';';
  for (const delimiter of DELIMITERS)
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}
