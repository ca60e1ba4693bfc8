/**
 * How a spreadsheet table is laid out: which column holds which field, read from its header row. Accepted
 * are our Dutch headers, the English ones (columns.ts) — case, spaces and hyphens ignored — and Kumu's
 * layout: elements `Label` (naam), `Type` (kracht, soort or a tag, see sheet-rows.ts), `Description`
 * (achtergrond), `Tags`; connections `From`, `To`, `Type`, `Strength`, `Description`, which are our English
 * headers. Unknown columns are reported as ignored, a field given by two columns is an issue, as is a
 * missing required column (spelers: naam and kracht; relaties: van, naar and relatietype). Also here: the
 * cell model the CSV and XLSX readers fill, and how a cell reads as text.
 */
import { type Issue, type LabelledVocabulary, PROFILE_FIELDS } from '../../domain/index.ts';
import { cellPath, type ImportReport } from '../import-document.ts';
import { LIMITS } from '../limits.ts';
import { ACTOR_COLUMNS, EXPLANATIONS, relationColumns, type TableKind } from './columns.ts';
import { restoreNeutralised } from './neutralise.ts';

export type CellValue = string | number | boolean | Date | null | undefined;
/** A cell the file reader could not turn into a value; the issue is placed at its row and column here. */
export interface CellProblem {
  problem: 'formula_without_value' | 'invalid_value';
}
export type Cell = CellValue | CellProblem;
export interface SheetRow {
  /** The row number as the spreadsheet shows it (1-based). */
  row: number;
  /** Cells by column, 0-based. */
  cells: readonly Cell[];
}

export type Conversion = 'text' | 'nullable' | 'list' | 'sources' | 'choice' | 'strength' | 'date';
type Special = 'id' | 'kumuType' | 'sourceName' | 'targetName' | 'sourceKey' | 'targetKey';
export interface FieldTarget {
  field: string;
  conversion: Conversion;
  /** The vocabulary whose words (codes and labels, vocabulary-words.ts) the cell may hold. */
  vocabulary?: LabelledVocabulary;
}
export type Target = FieldTarget | { special: Special; field: string };

const text = (field: string): FieldTarget => ({ field, conversion: 'text' });
export const list = (field: string, vocabulary?: LabelledVocabulary): FieldTarget => ({
  field,
  conversion: 'list',
  ...(vocabulary ? { vocabulary } : {}),
});
const sources = (field: string): FieldTarget => ({ field, conversion: 'sources' });
const choice = (field: string, vocabulary: LabelledVocabulary): Target => ({
  field,
  conversion: 'choice',
  vocabulary,
});

/** Dutch header → field. The English headers come from columns.ts. */
const TARGETS: Record<TableKind, Record<string, Target>> = {
  spelers: {
    id: { special: 'id', field: 'id' },
    naam: text('name'),
    kracht: choice('force', 'force'),
    soort: choice('kind', 'kind'),
    domeinen: list('domains', 'domain'),
    schaal: { field: 'scale', conversion: 'nullable', vocabulary: 'scale' },
    wijken: list('wijken'),
    tags: list('tags'),
    website: { field: 'website', conversion: 'nullable' },
    ...Object.fromEntries(PROFILE_FIELDS.map((field) => [field, text(field)])),
    bronnen: sources('sources'),
  },
  relaties: {
    id: { special: 'id', field: 'id' },
    van: { special: 'sourceName', field: 'sourceId' },
    naar: { special: 'targetName', field: 'targetId' },
    relatietype: choice('type', 'relationType'),
    sterkte: { field: 'strength', conversion: 'strength' },
    omschrijving: text('description'),
    geldig_vanaf: { field: 'validFrom', conversion: 'date' },
    geldig_tot: { field: 'validTo', conversion: 'date' },
    perspectief: { field: 'perspective', conversion: 'nullable' },
    bronnen: sources('sources'),
    van_id: { special: 'sourceKey', field: 'sourceId' },
    naar_id: { special: 'targetKey', field: 'targetId' },
  },
};

/** Kumu's element columns that are not ours, and the Dutch header each stands for. */
const KUMU_ELEMENTS: Record<string, string> = { label: 'naam', description: 'achtergrond' };

/** Header (normalised) → [Dutch header, target]. */
const LOOKUP: Record<TableKind, Map<string, [string, Target]>> = {
  spelers: lookup('spelers', ACTOR_COLUMNS),
  relaties: lookup(
    'relaties',
    relationColumns(() => ''),
  ),
};
LOOKUP.spelers.set('type', ['type', { special: 'kumuType', field: 'kumuType' }]);
for (const [kumu, dutch] of Object.entries(KUMU_ELEMENTS)) {
  LOOKUP.spelers.set(kumu, [dutch, TARGETS.spelers[dutch] as Target]);
}

function lookup(kind: TableKind, columns: readonly { header: string; english: string }[]) {
  const map = new Map<string, [string, Target]>();
  for (const { header, english } of columns) {
    const target = TARGETS[kind][header];
    if (!target) throw new Error(`no field for column ${header}`);
    map.set(normaliseHeader(header), [header, target]);
    map.set(normaliseHeader(english), [header, target]);
  }
  return map;
}

/** `Geldig vanaf`, `geldig-vanaf` and `GELDIG_VANAF` are the same header. */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export const isProblem = (cell: Cell): cell is CellProblem =>
  typeof cell === 'object' && cell !== null && 'problem' in cell;

/** A Date as the spreadsheet means it: the day when it has no time (exceljs gives dates in UTC). */
export function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** A cell as trimmed text, with a neutralising apostrophe taken off. */
export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return dateText(cell);
  if (typeof cell === 'string') return restoreNeutralised(cell.trim());
  return String(cell);
}

export function isEmptyRow(row: SheetRow): boolean {
  return row.cells.every((cell) => !isProblem(cell) && cellText(cell) === '');
}

/** Relaties are the table with from/to columns; anything else is read as spelers. */
export function tableKind(header: readonly Cell[]): TableKind {
  const names = header.map((cell) => (isProblem(cell) ? '' : normaliseHeader(cellText(cell))));
  return names.some((name) => ['van', 'naar', 'from', 'to'].includes(name)) ? 'relaties' : 'spelers';
}

export interface Column {
  index: number;
  header: string;
  target: Target;
}

export interface Layout {
  kind: TableKind;
  columns: Column[];
  /** Domain field → header, shared by every row's place. */
  place: Record<string, string>;
  /** The column whose explanation text marks the explanation row. */
  explained?: Column;
}

export const REQUIRED: Record<TableKind, { column: string; fields: string[] }[]> = {
  spelers: [
    { column: 'naam', fields: ['name'] },
    { column: 'kracht', fields: ['force', 'kumuType'] },
  ],
  relaties: [
    { column: 'van', fields: ['sourceName'] },
    { column: 'naar', fields: ['targetName'] },
    { column: 'relatietype', fields: ['type'] },
  ],
};

const targetKey = (target: Target) => ('special' in target ? target.special : target.field);

/** The layout of a table from its header row, or the issues that keep it from being read. */
export function mapHeader(
  kind: TableKind,
  header: SheetRow,
  report: ImportReport,
): { layout: Layout } | { issues: Issue[] } {
  const issues: Issue[] = [];
  // Trailing empty cells (a formatted but empty column far to the right) do not count.
  let width = header.cells.length;
  while (width > 0 && cellText(header.cells[width - 1] as CellValue) === '') width--;
  if (width > LIMITS.columns) {
    return {
      issues: [{ path: cellPath(kind, header.row), code: 'too_big', params: { maximum: LIMITS.columns } }],
    };
  }
  const layout: Layout = { kind, columns: [], place: {} };
  const seen = new Set<string>();
  header.cells.forEach((cell, index) => {
    const name = isProblem(cell) ? '' : cellText(cell);
    if (name === '') return;
    const found = LOOKUP[kind].get(normaliseHeader(name));
    if (!found) {
      const ignored = `${kind}: ${name}`;
      if (!report.ignored.includes(ignored)) report.ignored.push(ignored);
      return;
    }
    const [dutch, target] = found;
    if (seen.has(targetKey(target))) {
      issues.push({
        path: cellPath(kind, header.row, name),
        code: 'duplicate_items',
        params: { column: name },
      });
      return;
    }
    seen.add(targetKey(target));
    const column = { index, header: name, target };
    layout.columns.push(column);
    if (dutch === (kind === 'spelers' ? 'naam' : 'van')) layout.explained = column;
    if (kind === 'spelers' && Object.hasOwn(KUMU_ELEMENTS, normaliseHeader(name))) {
      report.mapped.push({ from: `${kind}: ${name}`, to: dutch });
    }
    if (target.field !== 'kumuType' && !('special' in target && target.special.endsWith('Key'))) {
      layout.place[target.field] = name;
    }
  });
  for (const column of layout.columns) {
    // A relatie end named only by id, and Kumu's Type standing in for kracht or soort.
    if ('special' in column.target && column.target.special.endsWith('Key'))
      layout.place[column.target.field] ??= column.header;
    if (column.target.field === 'kumuType') {
      layout.place.force ??= column.header;
      layout.place.kind ??= column.header;
      layout.place.tags ??= column.header;
    }
  }
  for (const { column, fields } of REQUIRED[kind]) {
    if (!fields.some((field) => seen.has(field)))
      issues.push({ path: cellPath(kind, header.row), code: 'missing_column', params: { column } });
  }
  return issues.length > 0 ? { issues } : { layout };
}

const comparable = (value: string) => value.replace(/\s+/g, ' ').trim().toLowerCase();

/** Row 2 of our templates and exports: its naam (spelers) or van (relaties) cell holds that column's explanation. */
export function isExplanationRow(layout: Layout, row: SheetRow): boolean {
  const column = layout.explained;
  if (!column) return false;
  const cell = row.cells[column.index];
  const explanation = EXPLANATIONS[layout.kind][layout.kind === 'spelers' ? 'naam' : 'van'] ?? '';
  return !isProblem(cell) && comparable(cellText(cell)) === comparable(explanation);
}
