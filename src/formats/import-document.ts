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
import type { Force, Issue, Layout, Position } from '../domain/index.ts';

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
  /** How assessments in the same file point at this relatie (a backup's id, an edge id); none if they cannot. */
  key?: string;
  source: EndRef;
  target: EndRef;
  /** Candidate values for the relation fields other than the ends (type, strength, description, …). */
  fields: Record<string, unknown>;
  /** False when a backup says the relatie was named by a respondent, not by the editors. */
  claimedByEditors?: boolean;
  place: Place;
}

/**
 * A perspective, vraagstuk, or any other named record of the claims model: its key in the file (how
 * assessments and positions point at it), an id when the file carries one, and its candidate fields.
 */
export interface DocumentNamed {
  key: string;
  id?: string;
  fields: Record<string, unknown>;
  place: Place;
}

export interface DocumentPerspective extends DocumentNamed {
  /** The werkruimte's editors' own view: matches the werkruimte's editors perspective, whatever its name. */
  editors?: boolean;
}

/** A perspective or vraagstuk as a claim names it: by its key in the file and/or by its name. */
export interface NamedRef {
  key?: string;
  name?: string;
  /** A perspective named by its kracht (an old file's `bewoner`): the werkruimte's one for that kracht. */
  force?: Force;
}

/** The relatie an assessment is about: by key (a relatie id, an edge id), else by its ends and type. */
export interface RelationRef {
  key?: string;
  source?: EndRef;
  target?: EndRef;
  type?: unknown;
}

/** One perspective's claim about one relatie (src/domain/assessment.ts): present or denied, ratings, note. */
export interface DocumentAssessment {
  relation: RelationRef;
  perspective: NamedRef;
  /** present, strength, trust, value, note, source, and a backup's origin and timestamps. */
  fields: Record<string, unknown>;
  place: Place;
}

/** One dated position of a speler on a vraagstuk, as one perspective sees it (src/domain/topic.ts). */
export interface DocumentPosition {
  topic: NamedRef;
  actor: EndRef;
  perspective: NamedRef;
  /** invloed, belang, standpunt, beweging, reasoning, assessedOn, and a backup's createdAt. */
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
  /**
   * The claims model, when the file has it. A file whose perspectives are its whole set replaces, imported
   * as a new werkruimte, the ones a werkruimte starts with (a file without them keeps those).
   */
  perspectives?: DocumentPerspective[];
  /** True when `perspectives` is the file's whole set (a backup's), so it may replace a new werkruimte's. */
  perspectivesComplete?: boolean;
  assessments?: DocumentAssessment[];
  topics?: DocumentNamed[];
  positions?: DocumentPosition[];
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
