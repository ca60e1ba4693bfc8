/**
 * The one shape every reader (CSV, XLSX, GEXF, GraphML, JSON backup) produces and the import plan
 * (`import-plan.ts`) consumes. A reader only translates its file: it finds the spelers and relaties, turns
 * cells and attributes into candidate field values, and remembers where each came from. It does not
 * validate the domain rules and does not know the werkruimte; the plan does both, so every format gets
 * the same checks, the same matching (by id or by name) and the same messages.
 *
 * Places: a problem is named `sheet.row.column` — for a spreadsheet the sheet (`spelers`, `relaties`), the
 * row number as the spreadsheet shows it (the header is row 1) and the column header as written in the
 * file; for GEXF/GraphML the element (`node`, `edge`), its 1-based position and the attribute's title.
 */
import type { Issue, Layout, Position } from '../domain/index.ts';

export const IMPORT_FORMATS = ['json', 'csv', 'xlsx', 'gexf', 'graphml'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Where one speler or relatie sits in the file, and which column/attribute holds each field. */
export interface Place {
  sheet: string;
  row: number;
  /** Domain field name (`name`, `force`, `sourceId`…) → the column header or attribute title in the file. */
  columns: Partial<Record<string, string>>;
}

export interface DocumentActor {
  /** How relaties in the same file point at this speler: a node id, or a spreadsheet's id or name. */
  key: string;
  /** A Krachtenveld speler id (uuid) when the file carries one, to match an existing speler. */
  id?: string;
  /**
   * Candidate values for the actor fields (src/domain/actor.ts), keyed by field name, already converted
   * from cells (lists split, numbers parsed, apostrophes of neutralised cells removed). Only the fields the
   * file has: an import into an existing werkruimte leaves the other fields of a matched speler alone.
   */
  fields: Record<string, unknown>;
  place: Place;
}

/** One end of a relatie: the key of a speler in the same file, and/or a speler's name. */
export interface EndRef {
  key?: string;
  name?: string;
}

export interface DocumentRelation {
  /** A Krachtenveld relatie id (uuid) when the file carries one. */
  id?: string;
  source: EndRef;
  target: EndRef;
  /** Candidate values for the relation fields other than the ends (type, strength, description, …). */
  fields: Record<string, unknown>;
  place: Place;
}

/** What a reader did with the parts of a file that are not plain Krachtenveld columns. */
export interface ImportReport {
  /** Columns or attributes that were skipped, as `sheet: header` (e.g. `spelers: kleur`). */
  ignored: string[];
  /** How foreign columns or attributes were used, e.g. `{ from: 'node: Label', to: 'naam' }`. */
  mapped: { from: string; to: string }[];
}

export interface ImportDocument {
  format: ImportFormat;
  /** What the file says about its werkruimte (name, gemeente, wijken, description), if anything. */
  workspace: Partial<Record<'name' | 'gemeente' | 'description', string>> & { wijken?: string[] };
  actors: DocumentActor[];
  relations: DocumentRelation[];
  /** Map positions per layout, by speler key. */
  layouts: Partial<Record<Layout, Record<string, Position>>>;
  report: ImportReport;
  /**
   * Set by the spreadsheet readers: their choice cells also take the words the screens show and their list
   * cells these separators, so the plan's issue for a refused value can name both.
   */
  words?: { listSeparators: readonly string[] };
}

/** A reader's answer: the document, or every problem it found reading the file (never a partial result). */
/** A failed read lists at most MAX_LISTED_ISSUES issues; `total` counts all of them when it is more. */
export type ReadOutcome =
  | { ok: true; document: ImportDocument }
  | { ok: false; issues: Issue[]; total?: number };

/** The issue path of one cell: `sheet.row.column`. */
export function cellPath(sheet: string, row: number, column?: string): string {
  return column === undefined ? `${sheet}.${row}` : `${sheet}.${row}.${column}`;
}

export function emptyReport(): ImportReport {
  return { ignored: [], mapped: [] };
}
