/**
 * XLSX import. An XLSX file is a zip, so before anything parses it the zip-bomb guard inflates every entry
 * and counts the bytes that actually come out — the sizes a zip's directory declares can lie — stopping as
 * soon as the total passes LIMITS.uncompressedBytes; it counts the worksheets' cells on the way. Then
 * exceljs reads the workbook in memory (10,000 spelers and 50,000 relaties: about 3 s and 600 MB; its
 * streaming reader needs Node streams and temporary files, which this layer does not use). exceljs only
 * gets the parts with cell values: no defined names, drawings, tables or comments, and inside a sheet no
 * validations, merged cells, conditional formats and the like — exceljs expands their cell ranges one cell
 * at a time, and a 10 kB file naming `A1:XFD1048576` (17 billion cells) would exhaust the heap.
 *
 * Sheets are found by name, case ignored: `spelers`/`actors`/`elements`, `relaties`/`relations`/
 * `connections` and `werkruimte`/`workspace`; a workbook without such names but with one filled sheet (or a
 * spelers-like and a relaties-like one) is read by its headers. Other filled sheets are reported as
 * ignored, by their name. Cells: formulas give their cached result and are never evaluated (no cached
 * result: `formula_without_value`), errors such as `#N/A` are `invalid_value`, rich text and links give
 * their text, dates the day (`YYYY-MM-DD`).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Issue } from '../../domain/index.ts';
import type { ImportDocument, ReadOutcome } from '../import-document.ts';
import { LIMITS } from '../limits.ts';
import type { TableKind } from './columns.ts';
import {
  type Cell,
  newParts,
  readSheet,
  readWorkspaceSheet,
  type SheetRow,
  tableKind,
  toOutcome,
} from './sheet-rows.ts';

const NOT_XLSX: Issue = { path: '', code: 'invalid_file', params: { expected: 'XLSX' } };

const SHEET_NAMES: Record<TableKind | 'werkruimte', string[]> = {
  spelers: ['spelers', 'actors', 'elements'],
  relaties: ['relaties', 'relations', 'connections'],
  werkruimte: ['werkruimte', 'workspace'],
};
/** Our own hidden sheet of vocabularies. */
const LISTS_SHEET = 'lijsten';

/** Worksheet parts exceljs need not read; some hold ranges it would expand cell by cell. */
const IGNORED_NODES = [
  'dataValidations',
  'mergeCells',
  'conditionalFormatting',
  'hyperlinks',
  'extLst',
  'autoFilter',
  'sheetProtection',
  'drawing',
  'picture',
  'tableParts',
  'rowBreaks',
  'pageSetup',
  'printOptions',
  'headerFooter',
  'pageMargins',
  'cols',
];

/**
 * exceljs holds about 550 bytes per cell, so the cells of all sheets are capped before it starts: this
 * allows about five times our 10,000-speler benchmark (820,000 cells, 600 MB) and keeps a workbook of
 * empty cells — 10 bytes each unzipped — from filling gigabytes.
 */
export const MAX_CELLS = 4_000_000;

/** The parts of a package exceljs needs for cell values; the rest is never given to it. */
const NEEDED_PART =
  /^\/?(\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/sheet\d+\.xml)$/;
const WORKSHEET_PART = /^\/?xl\/worksheets\/sheet\d+\.xml$/;

export async function readXlsx(bytes: Uint8Array): Promise<ReadOutcome> {
  if (bytes.byteLength > LIMITS.fileBytes)
    return { ok: false, issues: [{ path: '', code: 'too_big', params: { maximum: LIMITS.fileBytes } }] };
  const unpacked = await unpack(bytes);
  if ('issue' in unpacked) return { ok: false, issues: [unpacked.issue] };

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      (await sanitise(unpacked.zip)) as unknown as ExcelJS.Buffer,
      {
        ignoreNodes: IGNORED_NODES,
        // exceljs stops a sheet at these counts (cells per row for columns), before building its rows.
        maxRows: LIMITS.rows + 1,
        maxCols: LIMITS.columns,
      } as Partial<ExcelJS.XlsxReadOptions>,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/^Max row count/.test(message))
      return { ok: false, issues: [{ path: '', code: 'too_many_rows', params: { maximum: LIMITS.rows } }] };
    if (/^Max column count/.test(message))
      return { ok: false, issues: [{ path: '', code: 'too_big', params: { maximum: LIMITS.columns } }] };
    return { ok: false, issues: [NOT_XLSX] };
  }
  return readWorkbook(workbook);
}

/**
 * Opens the zip and inflates every entry, counting what comes out without keeping it — the zip-bomb
 * guard — and counting the cells of the worksheets. Returns the zip, or the issue when the file is no
 * zip, is no XLSX, unpacks to more than the cap or has more cells than MAX_CELLS.
 */
async function unpack(bytes: Uint8Array): Promise<{ zip: JSZip } | { issue: Issue }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { issue: NOT_XLSX };
  }
  const size = { bytes: 0, cells: 0 };
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const outcome = await inflate(
      entry,
      size,
      WORKSHEET_PART.test(entry.name) ? new CellCounter() : undefined,
    );
    if (outcome === 'too_large')
      return {
        issue: { path: '', code: 'uncompressed_too_large', params: { maximum: LIMITS.uncompressedBytes } },
      };
    if (outcome === 'broken') return { issue: NOT_XLSX };
    if (size.cells > MAX_CELLS)
      return { issue: { path: '', code: 'too_big', params: { maximum: MAX_CELLS } } };
  }
  return zip.file('[Content_Types].xml') && zip.file('xl/workbook.xml') ? { zip } : { issue: NOT_XLSX };
}

function inflate(
  entry: JSZip.JSZipObject,
  size: { bytes: number; cells: number },
  cells: CellCounter | undefined,
): Promise<'ok' | 'too_large' | 'broken'> {
  return new Promise((resolve) => {
    const stream = (entry as unknown as Streamable).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        size.bytes += chunk.length;
        if (cells) size.cells += cells.count(chunk);
        if (size.bytes > LIMITS.uncompressedBytes) {
          stream.pause();
          resolve('too_large');
        }
      })
      .on('error', () => resolve('broken'))
      .on('end', () => resolve('ok'))
      .resume();
  });
}

/** JSZip's chunked reader of one entry; its types leave it out. */
interface Streamable {
  internalStream(type: 'uint8array'): ChunkStream;
}
interface ChunkStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'error' | 'end', listener: () => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}

/** Bytes that may follow `<c` in a cell's start tag: space, tab, CR, LF, `>`, `/`. */
const AFTER_NAME = new Uint8Array(256);
for (const byte of [0x20, 0x09, 0x0d, 0x0a, 0x3e, 0x2f]) AFTER_NAME[byte] = 1;

/** Counts `<c …>` start tags in a worksheet's XML, chunk by chunk. */
class CellCounter {
  private a = 0;
  private b = 0;
  count(chunk: Uint8Array): number {
    let found = 0;
    let { a, b } = this;
    for (let index = 0; index < chunk.length; index++) {
      const byte = chunk[index] as number;
      if (a === 0x3c && b === 0x63 && AFTER_NAME[byte] === 1) found++;
      a = b;
      b = byte;
    }
    this.a = a;
    this.b = b;
    return found;
  }
}

/**
 * The package as exceljs gets it: only the parts with cell values, and no defined names, whose ranges
 * exceljs expands cell by cell (one name over `A1:XFD1048576` fills any heap). Unchanged parts keep their
 * compressed bytes, so this costs little.
 */
async function sanitise(zip: JSZip): Promise<Uint8Array> {
  // Directories are skipped: removing one would remove what is in it.
  for (const entry of Object.values(zip.files))
    if (!entry.dir && !NEEDED_PART.test(entry.name)) zip.remove(entry.name);
  const workbookPart = zip.file('xl/workbook.xml');
  if (workbookPart) {
    const xml = await workbookPart.async('string');
    zip.file(
      'xl/workbook.xml',
      xml.replace(/<definedNames\b[^>]*\/>|<definedNames\b[\s\S]*?<\/definedNames>/g, ''),
    );
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function readWorkbook(workbook: ExcelJS.Workbook): ReadOutcome {
  const parts = newParts();
  const tables = new Map<TableKind, SheetRow[]>();
  const others: { name: string; rows: SheetRow[] }[] = [];
  let workspace: ImportDocument['workspace'] = {};
  for (const sheet of workbook.worksheets) {
    const name = sheet.name.trim().toLowerCase();
    if (name === LISTS_SHEET) continue;
    const rows = sheetRows(sheet);
    if (SHEET_NAMES.werkruimte.includes(name)) workspace = readWorkspaceSheet(rows, parts);
    else {
      const kind = (['spelers', 'relaties'] as const).find((item) => SHEET_NAMES[item].includes(name));
      if (kind && !tables.has(kind)) tables.set(kind, rows);
      else if (rows.length > 0) others.push({ name: sheet.name, rows });
    }
  }
  if (tables.size === 0) {
    // No sheet has one of our names: read the filled sheets by their headers, if that is unambiguous.
    const kinds = others.map((sheet) => tableKind(sheet.rows[0]?.cells ?? []));
    if (others.length > 0 && new Set(kinds).size === others.length) {
      for (const [index, sheet] of others.entries()) tables.set(kinds[index] as TableKind, sheet.rows);
      others.length = 0;
    }
  }
  if (tables.size === 0)
    return {
      ok: false,
      issues: [
        ...parts.issues,
        { path: '', code: 'missing_sheet', params: { expected: ['spelers', 'relaties'] } },
      ],
    };
  for (const sheet of others) parts.report.ignored.push(sheet.name);
  for (const kind of ['spelers', 'relaties'] as const) {
    const rows = tables.get(kind);
    if (rows) readSheet(kind, rows, parts);
  }
  return toOutcome('xlsx', parts, workspace);
}

function sheetRows(sheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow((row, number) => {
    // Sparse, as exceljs gives it: one cell in column XFD is one cell, not 16,384.
    const cells: Cell[] = [];
    (row.values as ExcelJS.CellValue[]).forEach((value, index) => {
      cells[index - 1] = cellOf(value);
    });
    rows.push({ row: number, cells });
  });
  return rows;
}

/** A cell's value as the reader of sheet-rows takes it; formulas are never evaluated. */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('error' in value) return { problem: 'invalid_value' };
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const { result } = value;
    return result === undefined || result === null ? { problem: 'formula_without_value' } : cellOf(result);
  }
  if ('hyperlink' in value) return cellOf(value.text as ExcelJS.CellValue);
  return { problem: 'invalid_value' };
}
