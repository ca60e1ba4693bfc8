/**
 * Backup and restore of a whole werkruimte (format: src/formats/json-backup), shared by the API and the
 * CLI — also the way to move a werkruimte between PGlite and a PostgreSQL server. A restore always makes a
 * new werkruimte with new ids (mapped consistently, so relaties and positions follow their spelers) and
 * writes everything in one transaction: a refused or failed restore leaves the database as it was.
 */
import { randomUUID } from 'node:crypto';
import { LAYOUTS, type Positions, ValidationError, type Workspace } from '../../domain/index.ts';
import { type Backup, readBackup } from '../../formats/index.ts';
import type { Store } from '../../store/index.ts';

export async function exportBackup(store: Store, workspace: Workspace, now = new Date()): Promise<Backup> {
  const [actors, relations] = await Promise.all([
    store.actors.listAll(workspace.id),
    store.relations.listAll(workspace.id),
  ]);
  const layouts: Backup['layouts'] = {};
  for (const layout of LAYOUTS) {
    const positions = await store.layouts.getPositions(workspace.id, layout);
    if (Object.keys(positions).length > 0) layouts[layout] = positions;
  }
  return {
    format: 'krachtenveld-backup/1',
    exportedAt: now.toISOString(),
    workspace: {
      name: workspace.name,
      gemeente: workspace.gemeente,
      wijken: workspace.wijken,
      description: workspace.description,
    },
    actors: actors.map(({ workspaceId: _w, version: _v, createdAt: _c, updatedAt: _u, ...actor }) => actor),
    relations: relations.map(
      ({ workspaceId: _w, version: _v, createdAt: _c, updatedAt: _u, ...relation }) => relation,
    ),
    layouts,
  };
}

/** Restores a backup's text as a new werkruimte; bad input throws a ValidationError with every issue. */
export async function restoreBackup(store: Store, text: string, name?: string): Promise<Workspace> {
  const result = readBackup(text);
  if (!result.ok) throw new ValidationError(result.issues);
  const { backup } = result;
  const newId = new Map(backup.actors.map((actor) => [actor.id, randomUUID()]));
  const mapped = (id: string) => newId.get(id) as string;
  return store.transaction(async (tx) => {
    const workspace = await tx.workspaces.create({ ...backup.workspace, ...(name ? { name } : {}) });
    await tx.bulk.insertActors(
      workspace.id,
      backup.actors.map((actor) => ({ ...actor, id: mapped(actor.id) })),
    );
    await tx.bulk.insertRelations(
      workspace.id,
      backup.relations.map((relation) => ({
        ...relation,
        id: randomUUID(),
        sourceId: mapped(relation.sourceId),
        targetId: mapped(relation.targetId),
      })),
    );
    for (const layout of LAYOUTS) {
      const positions = backup.layouts[layout];
      if (!positions) continue;
      const renamed: Positions = {};
      for (const [id, point] of Object.entries(positions)) renamed[mapped(id)] = point;
      await tx.layouts.savePositions(workspace.id, layout, renamed);
    }
    return workspace;
  });
}
