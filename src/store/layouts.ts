/**
 * Saved map positions per werkruimte and layout. A layout's positions are one document: saving replaces
 * every position saved before for that layout, in one transaction, so a reader sees the old map or the new
 * one, never a mix. Positions travel as one JSON parameter (as in bulk.ts) and come back as JSON rendered by
 * the database (as in graph.ts): 50,000 rows each way in a single statement.
 *
 * Every save turns the layout's old rows into dead ones. A PostgreSQL server's autovacuum reclaims them;
 * PGlite runs no autovacuum, so without help its table grew by the whole layout at every save (measured:
 * 50,000 positions saved 20 times, 99 MB instead of 17 MB, and slower saves). There a save vacuums the table.
 */
import { is, sql } from 'drizzle-orm';
import { PgliteDatabase } from 'drizzle-orm/pglite';
import { type Issue, type Layout, type Positions, ValidationError } from '../domain/index.ts';
import { translateDatabaseError } from './database-errors.ts';
import type { Db } from './db.ts';

/** A wrong werkruimte names every speler; the first ones say enough. */
const UNKNOWN_ACTORS_REPORTED = 100;

/** The saved positions of one layout as JSON text, rendered by the database (an object, `{}` when none). */
export async function getPositionsJson(db: Db, workspaceId: string, layout: Layout): Promise<string> {
  const result = (await db.execute(
    sql`select coalesce(json_object_agg(actor_id, json_build_object('x', x, 'y', y)), '{}')::text as json
        from actor_positions where workspace_id = ${workspaceId} and layout = ${layout}`,
  )) as unknown as { rows: { json: string }[] };
  return result.rows[0]?.json ?? '{}';
}

/** Speler id → position, for one layout; empty when nothing was saved. */
export async function getPositions(db: Db, workspaceId: string, layout: Layout): Promise<Positions> {
  return JSON.parse(await getPositionsJson(db, workspaceId, layout)) as Positions;
}

/**
 * Replaces the saved positions of one layout. Refuses the whole document, writing nothing, when it names
 * a speler that is not in this werkruimte. Returns the positions as saved (ids in lower case).
 *
 * One transaction: take this layout's lock, drop stale cached plans, delete the old positions, then one
 * statement that checks every id against the werkruimte's spelers and inserts only when all are there.
 * When some are not, it returns them and the transaction is rolled back, old positions included. The JSON
 * goes to the database once.
 */
export async function savePositions(
  db: Db,
  workspaceId: string,
  layout: Layout,
  positions: Positions,
): Promise<Positions> {
  const result = await replacePositions(db, workspaceId, layout, positions);
  if (result.before > 0) await vacuumPositions(db);
  return result.positions;
}

export interface ReplacedPositions {
  positions: Positions;
  /** How many positions the layout had before. */
  before: number;
}

/** The save without the clean-up, for use inside a caller's transaction. */
export async function replacePositions(
  db: Db,
  workspaceId: string,
  layout: Layout,
  positions: Positions,
): Promise<ReplacedPositions> {
  // Ids are compared as uuids; a key in upper case names the same speler as in lower case.
  const saved: Positions = {};
  const keys = new Map<string, string>();
  for (const [id, { x, y }] of Object.entries(positions)) {
    saved[id.toLowerCase()] = { x, y };
    keys.set(id.toLowerCase(), id);
  }
  const rows = JSON.stringify(Object.entries(saved).map(([id, { x, y }]) => ({ id, x, y })));
  let before = 0;
  try {
    await db.transaction(async (tx) => {
      // Two saves of one layout at once would both delete, then collide on the primary key: take turns.
      await tx.execute(
        sql`select pg_advisory_xact_lock(hashtextextended(${`actor_positions:${workspaceId}:${layout}`}, 0))`,
      );
      // The foreign key checks every inserted row with a plan this session cached, perhaps while the spelers
      // table was tiny: a sequential scan, which on a grown table makes the save quadratic (5,000 positions
      // after a few small saves: 2 s instead of 0.1 s). The cascade that deletes a speler's positions has
      // the same trap once this table grows. Dropping cached plans makes both plan afresh, for a few ms.
      await tx.execute(sql`discard plans`);
      const deletedCount = (await tx.execute(
        sql`with d as (delete from actor_positions where workspace_id = ${workspaceId} and layout = ${layout}
                       returning 1)
            select count(*)::int as n from d`,
      )) as unknown as { rows: { n: number }[] };
      before = deletedCount.rows[0]?.n ?? 0;
      const result = (await tx.execute(sql`
        with r as materialized (
          select * from jsonb_to_recordset(${rows}::jsonb) as r(id uuid, x double precision, y double precision)
        ),
        unknown as materialized (
          select r.id from r
          where not exists (select 1 from actors a where a.workspace_id = ${workspaceId} and a.id = r.id)
          limit ${UNKNOWN_ACTORS_REPORTED}
        ),
        inserted as (
          insert into actor_positions (workspace_id, layout, actor_id, x, y)
          select ${workspaceId}::uuid, ${layout}, id, x, y from r where not exists (select 1 from unknown)
        )
        select id::text as id from unknown`)) as unknown as { rows: { id: string }[] };
      if (result.rows.length > 0) {
        throw new ValidationError(
          result.rows.map(
            (row): Issue => ({
              path: `positions.${keys.get(row.id) ?? row.id}`,
              code: 'actor_not_in_workspace',
            }),
          ),
        );
      }
    });
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    translateDatabaseError(error);
  }
  return { positions: saved, before };
}

/**
 * PGlite runs no autovacuum: without this, the table grows by a whole layout per save. Call after the
 * transaction that replaced positions (VACUUM cannot run inside one). The server relies on autovacuum.
 */
export async function vacuumPositions(db: Db): Promise<void> {
  if (is(db, PgliteDatabase)) await db.execute(sql`vacuum actor_positions`);
}
