/**
 * Bulk writes for seeding, imports and restores: thousands of rows per statement instead of one statement
 * per row (5–10× faster than ORM inserts on both drivers). Rows travel as one JSON parameter expanded by
 * `jsonb_to_recordset`, because the text[] columns cannot go through `unnest` (it flattens nested arrays).
 * Ids are made by the caller, so relations can refer to actors inserted in the same batch. The statements
 * are generated from the schema's columns, so a new column needs no change here.
 * Callers validate first; the constraints still refuse anything that slipped through, failing the batch.
 */
import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import { type ActorCreate, type Issue, type RelationCreate, ValidationError } from '../domain/index.ts';
import { translateDatabaseError } from './database-errors.ts';
import type { Db } from './db.ts';
import { actors, relations } from './schema.ts';

const ROWS_PER_STATEMENT = 5_000;

export type ActorSeed = ActorCreate & { id: string };
export type RelationSeed = RelationCreate & { id: string };

/** Columns the database fills itself, or the statement sets: never part of a bulk row. */
const NOT_IN_ROWS = new Set(['workspaceId', 'version', 'createdAt', 'updatedAt']);

/**
 * The insert and update statements for `table`, generated from its drizzle columns so that a column added
 * to the schema is written without touching this file. Rows travel as JSON with their camelCase keys,
 * expanded by `jsonb_to_recordset` into the SQL columns.
 */
function statementsFor(table: typeof actors | typeof relations) {
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => !NOT_IN_ROWS.has(key));
  const quoted = (key: string) => `"${key}"`;
  const names = sql.raw(columns.map(([, column]) => column.name).join(', '));
  const fields = sql.raw(columns.map(([key]) => quoted(key)).join(', '));
  const definition = sql.raw(
    columns.map(([key, column]) => `${quoted(key)} ${column.getSQLType()}`).join(', '),
  );
  const assignments = sql.raw(
    columns
      .filter(([key]) => key !== 'id')
      .map(([key, column]) => `${column.name} = r.${quoted(key)}`)
      .join(', '),
  );
  return {
    insert: (workspaceId: string, json: string) => sql`
      insert into ${table} (workspace_id, ${names})
      select ${workspaceId}::uuid, ${fields}
      from jsonb_to_recordset(${json}::jsonb) as r(${definition})`,
    /** Every field replaced by the row's, the version up by one; rows of other werkruimtes untouched. */
    update: (workspaceId: string, json: string) => sql`
      update ${table} as t
      set ${assignments}, version = t.version + 1, updated_at = now()
      from jsonb_to_recordset(${json}::jsonb) as r(${definition})
      where t.id = r.id and t.workspace_id = ${workspaceId}::uuid`,
  };
}

const ACTOR_STATEMENTS = statementsFor(actors);
const RELATION_STATEMENTS = statementsFor(relations);

/** Writes `rows` in statements of ROWS_PER_STATEMENT; a constraint violation becomes a ValidationError. */
async function writeInChunks(db: Db, rows: object[], statement: (json: string) => SQL): Promise<void> {
  try {
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      await db.execute(statement(JSON.stringify(rows.slice(start, start + ROWS_PER_STATEMENT))));
    }
  } catch (error) {
    translateDatabaseError(error);
  }
}

export function insertActors(db: Db, workspaceId: string, rows: ActorSeed[]): Promise<void> {
  return writeInChunks(db, rows, (json) => ACTOR_STATEMENTS.insert(workspaceId, json));
}

export function insertRelations(db: Db, workspaceId: string, rows: RelationSeed[]): Promise<void> {
  return writeInChunks(db, rows, (json) => RELATION_STATEMENTS.insert(workspaceId, json));
}

/**
 * Updates existing actors of one werkruimte wholesale (an import into a werkruimte that already has them):
 * every field is replaced by the row's value, the version goes up by one, so an editor holding the old
 * version gets a 409 instead of overwriting the import. Rows of other werkruimtes are never touched.
 */
export function updateActors(db: Db, workspaceId: string, rows: ActorSeed[]): Promise<void> {
  return writeInChunks(db, rows, (json) => ACTOR_STATEMENTS.update(workspaceId, json));
}

/** Updates existing relations of one werkruimte wholesale; see `updateActors`. */
export function updateRelations(db: Db, workspaceId: string, rows: RelationSeed[]): Promise<void> {
  return writeInChunks(db, rows, (json) => RELATION_STATEMENTS.update(workspaceId, json));
}

export type ReferenceChecks = 'per-row' | 'once';

/**
 * Runs a bulk write of one werkruimte's spelers and relaties in the current transaction. With `once`, the
 * per-row foreign-key triggers are off during `write` and every relatie of the werkruimte is checked
 * afterwards in one set-based query, as PostgreSQL itself checks a foreign key added to a filled table.
 * On embedded PGlite the per-row checks are 40% of an import's write (0.8 s of 2 s for 50,000 relaties);
 * it runs one transaction at a time, so no concurrent delete can slip between write and check. On a
 * server, where concurrent transactions could, the triggers stay on (`per-row`), and the app's role
 * need not be a superuser, which switching them off requires.
 */
export async function writeWithReferenceChecks<T>(
  db: Db,
  checks: ReferenceChecks,
  workspaceId: string,
  write: () => Promise<T>,
): Promise<T> {
  if (checks === 'per-row') return write();
  await db.execute(sql`set local session_replication_role = replica`);
  let result: T;
  try {
    result = await write();
  } finally {
    // On again before anything else runs in this transaction: the audit trail's guard is a trigger too.
    // After a database error the transaction is aborted and refuses even this, and nothing else can run.
    await db.execute(sql`set local session_replication_role = origin`).catch(() => {});
  }
  await checkReferences(db, workspaceId);
  return result;
}

/** Refuses, as the foreign keys would, a relatie whose ends are not spelers of its own werkruimte. */
async function checkReferences(db: Db, workspaceId: string): Promise<void> {
  const { rows } = (await db.execute(sql`
    select not exists (select 1 from workspaces where id = ${workspaceId}::uuid) as missing_workspace,
           exists (select 1 from relations r where r.workspace_id = ${workspaceId}::uuid and not exists (
             select 1 from actors a where a.workspace_id = r.workspace_id and a.id = r.source_id)) as bad_source,
           exists (select 1 from relations r where r.workspace_id = ${workspaceId}::uuid and not exists (
             select 1 from actors a where a.workspace_id = r.workspace_id and a.id = r.target_id)) as bad_target`)) as unknown as {
    rows: { missing_workspace: boolean; bad_source: boolean; bad_target: boolean }[];
  };
  const found = rows[0];
  // What the spelers' foreign key to their werkruimte would have said (see database-errors.ts).
  if (found?.missing_workspace) throw new ValidationError([{ path: '', code: 'invalid_value' }]);
  const issues: Issue[] = [];
  if (found?.bad_source) issues.push({ path: 'sourceId', code: 'actor_not_in_workspace' });
  if (found?.bad_target) issues.push({ path: 'targetId', code: 'actor_not_in_workspace' });
  if (issues.length > 0) throw new ValidationError(issues);
}
