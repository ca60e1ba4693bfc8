/**
 * Imports, shared by the API and the CLI: which reader a file needs, and writing an import plan
 * (src/formats/import-plan.ts) into a new or an existing werkruimte in one transaction — a refused or
 * failed import leaves the database exactly as it was. Progress is reported per phase and per chunk of
 * rows, for the CLI's progress bar.
 */
import { randomUUID } from 'node:crypto';
import {
  issuesFromZod,
  LAYOUTS,
  type Positions,
  ValidationError,
  type Workspace,
  workspaceCreateSchema,
} from '../../domain/index.ts';
import {
  type ImportDocument,
  type ImportFormat,
  type ImportPlan,
  type ImportSummary,
  planImport,
  type ReadOutcome,
  readBackupDocument,
  readCsv,
  readGexf,
  readGraphml,
  readXlsx,
} from '../../formats/index.ts';
import type { Store, TransactionStore } from '../../store/index.ts';
import { type Author, recordChange } from './author.ts';
import { giveOwnership } from './map-changes.ts';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export type ImportPhase = 'read' | 'check' | 'write';
/** `total` 0: a phase without countable steps (reading, checking); writing counts rows. */
export type ProgressListener = (phase: ImportPhase, done: number, total: number) => void;

/** Rows per write, so progress moves on large files; the store splits statements further. */
const ROWS_PER_STEP = 5_000;

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

/** Reads one file (or two CSV tables) into an import document, or every problem found. */
export async function readImportFiles(files: readonly UploadedFile[]): Promise<ReadOutcome> {
  const formats = files.map(detectFormat);
  const format = formats[0];
  if (!format || formats.some((other) => other !== format) || (files.length > 1 && format !== 'csv'))
    return {
      ok: false,
      issues: [{ path: 'file', code: 'unknown_format', params: { formats: READABLE_FORMATS.join(', ') } }],
    };
  const read = READERS[format];
  if (!read)
    return {
      ok: false,
      issues: [{ path: 'file', code: 'unknown_format', params: { formats: READABLE_FORMATS.join(', ') } }],
    };
  return read(files);
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

function throwUnlessOk(outcome: ReadOutcome): ImportDocument {
  if (!outcome.ok) throw new ValidationError(outcome.issues);
  return outcome.document;
}

async function writePlan(
  tx: TransactionStore,
  workspaceId: string,
  plan: ImportPlan,
  onProgress?: ProgressListener,
): Promise<void> {
  const steps: [rows: unknown[], write: (chunk: never[]) => Promise<void>][] = [
    [plan.actors.create, (chunk) => tx.bulk.insertActors(workspaceId, chunk)],
    [plan.actors.update, (chunk) => tx.bulk.updateActors(workspaceId, chunk)],
    [plan.relations.create, (chunk) => tx.bulk.insertRelations(workspaceId, chunk)],
    [plan.relations.update, (chunk) => tx.bulk.updateRelations(workspaceId, chunk)],
  ];
  const total = steps.reduce((sum, [rows]) => sum + rows.length, 0);
  let done = 0;
  onProgress?.('write', 0, total);
  for (const [rows, write] of steps) {
    for (let start = 0; start < rows.length; start += ROWS_PER_STEP) {
      const chunk = rows.slice(start, start + ROWS_PER_STEP);
      await write(chunk as never[]);
      done += chunk.length;
      onProgress?.('write', done, total);
    }
  }
  for (const layout of LAYOUTS) {
    const positions = plan.layouts[layout];
    if (!positions) continue;
    const merged: Positions = { ...(await tx.layouts.getPositions(workspaceId, layout)), ...positions };
    await tx.layouts.replacePositions(workspaceId, layout, merged);
  }
}

/**
 * The import's one audit event: which files, what it did, and the spelers and relaties it overwrote as they
 * were before (those it added are in the werkruimte, and in each speler's history through `actorIds`).
 */
function recordImport(
  tx: TransactionStore,
  author: Author,
  workspaceId: string,
  files: readonly UploadedFile[],
  plan: ImportPlan,
  overwritten: { actors: unknown[]; relations: unknown[] },
): Promise<void> {
  const { ignored: _ignored, mapped: _mapped, ...counts } = plan.summary;
  return recordChange(tx, author, {
    workspaceId,
    action: 'workspace.import',
    entityType: 'workspace',
    entityId: workspaceId,
    actorIds: [...plan.actors.create, ...plan.actors.update].map((actor) => actor.id),
    before: overwritten.actors.length + overwritten.relations.length > 0 ? overwritten : null,
    after: { files: files.map((file) => file.name), ...counts },
  });
}

/** Reads files into an existing werkruimte: matched spelers and relaties are updated, the rest added. */
export async function importIntoWorkspace(
  store: Store,
  author: Author,
  workspace: Workspace,
  files: readonly UploadedFile[],
  onProgress?: ProgressListener,
): Promise<ImportSummary> {
  onProgress?.('read', 0, 0);
  const document = throwUnlessOk(await readImportFiles(files));
  return store.transaction(async (tx) => {
    onProgress?.('check', 0, 0);
    const [actors, relations] = await Promise.all([
      tx.actors.listAll(workspace.id),
      tx.relations.listAll(workspace.id),
    ]);
    const outcome = planImport(document, { actors, relations }, randomUUID);
    if (!outcome.ok) throw new ValidationError(outcome.issues);
    await writePlan(tx, workspace.id, outcome.plan, onProgress);
    const updatedActors = new Set(outcome.plan.actors.update.map((actor) => actor.id));
    const updatedRelations = new Set(outcome.plan.relations.update.map((relation) => relation.id));
    await recordImport(tx, author, workspace.id, files, outcome.plan, {
      actors: actors.filter((actor) => updatedActors.has(actor.id)),
      relations: relations.filter((relation) => updatedRelations.has(relation.id)),
    });
    return outcome.plan.summary;
  });
}

export interface NewWorkspaceFields {
  name?: string | undefined;
  gemeente?: string | undefined;
}

/**
 * Reads files into a new werkruimte. Its name and gemeente come from the request when given, else from
 * the file (a backup, GEXF or GraphML of ours carries them); without either, the request must name them.
 */
export async function importAsNewWorkspace(
  store: Store,
  author: Author,
  files: readonly UploadedFile[],
  fields: NewWorkspaceFields = {},
  onProgress?: ProgressListener,
): Promise<{ workspace: Workspace; summary: ImportSummary }> {
  onProgress?.('read', 0, 0);
  const document = throwUnlessOk(await readImportFiles(files));
  const input = {
    ...document.workspace,
    ...(fields.name ? { name: fields.name } : {}),
    ...(fields.gemeente ? { gemeente: fields.gemeente } : {}),
  };
  const meta = workspaceCreateSchema.safeParse(input);
  if (!meta.success) throw new ValidationError(issuesFromZod(meta.error, input));
  onProgress?.('check', 0, 0);
  const outcome = planImport(document, { actors: [], relations: [] }, randomUUID);
  if (!outcome.ok) throw new ValidationError(outcome.issues);
  return store.transaction(async (tx) => {
    const workspace = await tx.workspaces.create(meta.data);
    await giveOwnership(tx, author, workspace.id);
    await writePlan(tx, workspace.id, outcome.plan, onProgress);
    await recordImport(tx, author, workspace.id, files, outcome.plan, { actors: [], relations: [] });
    return { workspace, summary: outcome.plan.summary };
  });
}
