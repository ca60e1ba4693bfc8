/**
 * Imports, shared by the API and the CLI: reading the files and planning them (the file work: on a job
 * thread for the API, inline for the CLI, see src/server/file-jobs), then writing the plan into a new or an
 * existing werkruimte in one transaction — a refused or failed import leaves the database exactly as it
 * was. Progress is reported per phase and per chunk of rows, for the CLI's progress bar.
 */
import {
  findGemeente,
  GEMEENTE_CODE,
  issuesFromZod,
  LAYOUTS,
  type Positions,
  ValidationError,
  type Workspace,
  workspaceCreateSchema,
} from '../domain/index.ts';
import type {
  ExistingWorkspace,
  ImportPlan,
  ImportSummary,
  PlanOutcome,
  UploadedFile,
} from '../formats/index.ts';
import type { Store, TransactionStore } from '../store/index.ts';
import { type Author, recordChange } from './author.ts';
import { type FileWork, inlineFileWork, type ReadSummary } from './file-work.ts';
import { giveOwnership } from './map-changes.ts';

export type ImportPhase = 'read' | 'check' | 'write';
/** `total` 0: a phase without countable steps (reading, checking); writing counts rows. */
export type ProgressListener = (phase: ImportPhase, done: number, total: number) => void;

/** Rows per write, so progress moves on large files; the store splits statements further. */
const ROWS_PER_STEP = 5_000;

export { READABLE_FORMATS, type UploadedFile } from '../formats/index.ts';

function throwUnlessOk<T extends ReadSummary | PlanOutcome>(outcome: T): Extract<T, { ok: true }> {
  if (!outcome.ok) throw new ValidationError(outcome.issues, outcome.total);
  return outcome as Extract<T, { ok: true }>;
}

/** What the plan matches a file against: the werkruimte as this transaction sees it, claims included. */
async function existingOf(
  tx: TransactionStore,
  workspaceId: string,
): Promise<Required<Omit<ExistingWorkspace, 'replacePerspectives'>>> {
  // One after the other: a transaction has one connection, which node-postgres does not share between
  // queries at once (it warns now and will refuse in pg 9).
  const actors = await tx.actors.listAll(workspaceId);
  const relations = await tx.relations.listAll(workspaceId);
  const perspectives = await tx.perspectives.listAll(workspaceId);
  const topics = await tx.topics.listAll(workspaceId);
  const assessments = await tx.assessments.listAll(workspaceId);
  const positions = await tx.topics.allPositionsOfWorkspace(workspaceId);
  return {
    actors,
    relations,
    claims: {
      perspectives: perspectives.map(({ id, name, force, description, editors }) => ({
        id,
        name,
        force,
        description,
        editors,
      })),
      topics: topics.map(({ id, name, description, status }) => ({ id, name, description, status })),
      assessments,
      positions,
    },
  };
}

/**
 * The claims after the spelers and relaties, with every foreign key checked per row (they are few next
 * to the relaties, and a removed perspective's claims go by the keys' cascade). Perspectives are removed
 * and renamed before new ones are added, so a name set free can be taken in the same import.
 */
async function writeClaims(tx: TransactionStore, workspaceId: string, plan: ImportPlan): Promise<void> {
  const { perspectives, topics, assessments, positions } = plan.claims;
  await tx.bulk.removePerspectives(workspaceId, perspectives.remove);
  await tx.bulk.updatePerspectives(workspaceId, perspectives.update);
  await tx.bulk.insertPerspectives(workspaceId, perspectives.create);
  await tx.bulk.updateTopics(workspaceId, topics.update);
  await tx.bulk.insertTopics(workspaceId, topics.create);
  await tx.bulk.updateAssessments(workspaceId, assessments.update);
  await tx.bulk.insertAssessments(workspaceId, assessments.create);
  await tx.bulk.insertPositions(workspaceId, positions.create);
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
  await tx.bulk.writeWithReferenceChecks(workspaceId, async () => {
    for (const [rows, write] of steps) {
      for (let start = 0; start < rows.length; start += ROWS_PER_STEP) {
        const chunk = rows.slice(start, start + ROWS_PER_STEP);
        await write(chunk as never[]);
        done += chunk.length;
        onProgress?.('write', done, total);
      }
    }
  });
  await writeClaims(tx, workspaceId, plan);
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
  work: FileWork = inlineFileWork(),
): Promise<ImportSummary> {
  onProgress?.('read', 0, 0);
  throwUnlessOk(await work.read(files));
  return store.transaction(async (tx) => {
    onProgress?.('check', 0, 0);
    const existing = await existingOf(tx, workspace.id);
    const { actors, relations } = existing;
    const { plan } = throwUnlessOk(await work.plan(existing));
    await writePlan(tx, workspace.id, plan, onProgress);
    const updatedActors = new Set(plan.actors.update.map((actor) => actor.id));
    const updatedRelations = new Set(plan.relations.update.map((relation) => relation.id));
    await recordImport(tx, author, workspace.id, files, plan, {
      actors: actors.filter((actor) => updatedActors.has(actor.id)),
      relations: relations.filter((relation) => updatedRelations.has(relation.id)),
    });
    return plan.summary;
  });
}

export interface NewWorkspaceFields {
  name?: string | undefined;
  gemeente?: string | undefined;
}

/**
 * The gemeente's code for what the request or the file gives: a code as it is, else a name or the web's
 * label looked up in the reference list (domain `findGemeente`, as the werkruimte form does), so a
 * spreadsheet's werkruimte sheet may say "Utrecht". A name that fits no gemeente, or two, is refused with
 * suggestions. Only then is the list loaded: a code costs no query (its existence is the foreign key's).
 */
async function gemeenteCode(store: Store, typed: string | undefined): Promise<string | undefined> {
  if (typed === undefined || GEMEENTE_CODE.test(typed)) return typed;
  const match = findGemeente(await store.reference.listGemeenten(), typed);
  if ('code' in match) return match.code;
  throw new ValidationError([{ path: 'gemeente', code: match.issue, params: match.params }]);
}

/**
 * Reads files into a new werkruimte. Its name and gemeente come from the request when given, else from
 * the file (a backup, GEXF or GraphML of ours carries them); without either, the request must name them.
 * The gemeente may be named by its code or its name (`gemeenteCode`).
 */
export async function importAsNewWorkspace(
  store: Store,
  author: Author,
  files: readonly UploadedFile[],
  fields: NewWorkspaceFields = {},
  onProgress?: ProgressListener,
  work: FileWork = inlineFileWork(),
): Promise<{ workspace: Workspace; summary: ImportSummary }> {
  onProgress?.('read', 0, 0);
  const read = throwUnlessOk(await work.read(files));
  const gemeente = await gemeenteCode(store, fields.gemeente || read.workspace.gemeente);
  const input = {
    ...read.workspace,
    ...(fields.name ? { name: fields.name } : {}),
    ...(gemeente ? { gemeente } : {}),
  };
  const meta = workspaceCreateSchema.safeParse(input);
  if (!meta.success) throw new ValidationError(issuesFromZod(meta.error, input));
  return store.transaction(async (tx) => {
    const workspace = await tx.workspaces.create(meta.data);
    onProgress?.('check', 0, 0);
    // Planned against the new werkruimte, so the file's perspectives meet the ones it starts with.
    const existing = await existingOf(tx, workspace.id);
    const { plan } = throwUnlessOk(await work.plan({ ...existing, replacePerspectives: true }));
    await giveOwnership(tx, author, workspace.id);
    await writePlan(tx, workspace.id, plan, onProgress);
    await recordImport(tx, author, workspace.id, files, plan, { actors: [], relations: [] });
    return { workspace, summary: plan.summary };
  });
}
