/**
 * Backup and restore of a whole werkruimte (format: src/formats/json-backup), shared by the API and the
 * CLI — also the way to move a werkruimte between PGlite and a PostgreSQL server. A restore is an import
 * (import-file.ts) into a new werkruimte: new ids, mapped consistently so relaties and positions follow
 * their spelers, everything in one transaction.
 */
import { LAYOUTS, type Workspace } from '../domain/index.ts';
import { BACKUP_FORMAT, type Backup } from '../formats/index.ts';
import type { Store } from '../store/index.ts';
import type { Author } from './author.ts';
import { importAsNewWorkspace } from './import-file.ts';

export async function exportBackup(
  store: Pick<Store, 'actors' | 'relations' | 'perspectives' | 'assessments' | 'topics' | 'layouts'>,
  workspace: Workspace,
  now = new Date(),
): Promise<Backup> {
  // One read after the other: inside a transaction (a snapshot) they share one connection, on which
  // node-postgres does not take a second query while one runs; and PGlite runs them one by one anyway.
  const actors = await store.actors.listAllForBackup(workspace.id);
  const relations = await store.relations.listAllForBackup(workspace.id);
  const perspectives = await store.perspectives.listAll(workspace.id);
  const assessments = await store.assessments.listAll(workspace.id);
  const topics = await store.topics.listAll(workspace.id);
  const positions = await store.topics.allPositionsOfWorkspace(workspace.id);
  const layouts: Backup['layouts'] = {};
  for (const layout of LAYOUTS) {
    const positions = await store.layouts.getPositions(workspace.id, layout);
    if (Object.keys(positions).length > 0) layouts[layout] = positions;
  }
  return {
    format: BACKUP_FORMAT,
    exportedAt: now.toISOString(),
    workspace: {
      name: workspace.name,
      gemeente: workspace.gemeente,
      wijken: workspace.wijken,
      description: workspace.description,
    },
    actors,
    // The editors' own claim is the rule and left out; only a relatie others named says so.
    relations,
    layouts,
    perspectives: perspectives.map(({ id, name, force, description, editors }) => ({
      id,
      name,
      force,
      description,
      editors,
    })),
    // Who made a claim is an account of this database: not part of a backup (its origin and time are).
    assessments: assessments.map(({ version: _v, createdBy: _b, ...assessment }) => assessment),
    topics: topics.map(({ id, name, description, status }) => ({ id, name, description, status })),
    positions: positions.map(({ createdBy: _b, ...position }) => position),
  };
}

/** Restores a backup's text as a new werkruimte; bad input throws a ValidationError with every issue. */
export async function restoreBackup(
  store: Store,
  author: Author,
  text: string,
  name?: string,
): Promise<Workspace> {
  const file = { name: 'backup.json', bytes: new TextEncoder().encode(text) };
  return (await importAsNewWorkspace(store, author, [file], { name })).workspace;
}
