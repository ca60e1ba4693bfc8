/**
 * What putting rows back from a deletion event checks first: which of the rows they point at still exist.
 * Shared by the restores of positions and of assessments.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from './db.ts';
import { type actors, type perspectives, type topics, users } from './schema.ts';

type WorkspaceTable = typeof topics | typeof actors | typeof perspectives;

/** The ids among `ids` that are still rows of `table` in this werkruimte. */
export async function presentInWorkspace(
  db: Db,
  table: WorkspaceTable,
  workspaceId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.workspaceId, workspaceId), inArray(table.id, [...new Set(ids)])));
  return new Set(rows.map((row) => row.id));
}

/** The rows as given, with an author whose account was removed since forgotten, as the foreign key would have done. */
export async function withLiveAuthors<Row extends { createdBy: string | null }>(
  db: Db,
  rows: readonly Row[],
): Promise<Row[]> {
  const authorIds = [...new Set(rows.flatMap((row) => (row.createdBy ? [row.createdBy] : [])))];
  const live = new Set(
    authorIds.length === 0
      ? []
      : (await db.select({ id: users.id }).from(users).where(inArray(users.id, authorIds))).map(
          (row) => row.id,
        ),
  );
  return rows.map((row) => (row.createdBy && !live.has(row.createdBy) ? { ...row, createdBy: null } : row));
}
