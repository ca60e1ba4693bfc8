/**
 * The demo werkruimte "Voorbeeldgemeente" (data/demo/voorbeeldgemeente.json): loaded on first start when the
 * database has no werkruimte, and by `krachtenveld seed demo`. The file is validated with the same schemas
 * as the API, so a broken demo fails loudly with the entry at fault, and is written in one transaction.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  actorCreateSchema,
  relationCreateFieldsSchema,
  type Workspace,
  workspaceCreateSchema,
} from '../domain/index.ts';
import type { Store } from '../store/index.ts';
import { type Author, recordChange, SYSTEM_AUTHOR } from './author.ts';
import { giveOwnership } from './map-changes.ts';

export const DEMO_FILE = fileURLToPath(new URL('../../data/demo/voorbeeldgemeente.json', import.meta.url));

const keyed = { key: z.string().min(1) };
const demoFileSchema = z.object({
  format: z.literal('krachtenveld-demo/1'),
  workspace: workspaceCreateSchema,
  actors: z.array(actorCreateSchema.extend(keyed)),
  relations: z.array(
    relationCreateFieldsSchema.omit({ sourceId: true, targetId: true }).extend({
      source: z.string(),
      target: z.string(),
    }),
  ),
});
export type DemoFile = z.infer<typeof demoFileSchema>;

export function readDemoFile(path = DEMO_FILE): DemoFile {
  const parsed = demoFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`The demo file ${path} is invalid:\n${where.join('\n')}`);
  }
  return parsed.data;
}

/** Writes the demo as a new werkruimte, all or nothing. */
export async function loadDemoWorkspace(
  store: Store,
  author: Author = SYSTEM_AUTHOR,
  demo: DemoFile = readDemoFile(),
): Promise<Workspace> {
  const ids = new Map(demo.actors.map((actor) => [actor.key, randomUUID()]));
  const idOf = (key: string, where: string) => {
    const id = ids.get(key);
    if (!id) throw new Error(`Demo file: ${where} names unknown actor key "${key}"`);
    return id;
  };
  const actors = demo.actors.map(({ key, ...actor }) => ({ ...actor, id: idOf(key, 'actor') }));
  const relations = demo.relations.map(({ source, target, ...relation }, index) => ({
    ...relation,
    id: randomUUID(),
    sourceId: idOf(source, `relation ${index}`),
    targetId: idOf(target, `relation ${index}`),
  }));
  return store.transaction(async (tx) => {
    const workspace = await tx.workspaces.create(demo.workspace);
    await giveOwnership(tx, author, workspace.id);
    await tx.bulk.insertActors(workspace.id, actors);
    await tx.bulk.insertRelations(workspace.id, relations);
    await recordChange(tx, author, {
      workspaceId: workspace.id,
      action: 'workspace.import',
      entityType: 'workspace',
      entityId: workspace.id,
      actorIds: actors.map((actor) => actor.id),
      before: null,
      after: {
        files: ['demo'],
        actors: { created: actors.length, updated: 0 },
        relations: { created: relations.length, updated: 0 },
      },
    });
    return workspace;
  });
}

/** First start: an empty database gets the demo, so a new user has something to look at. */
export async function seedDemoIfEmpty(store: Store): Promise<Workspace | null> {
  const { totalItems } = await store.workspaces.list({ page: 1, pageSize: 1 });
  return totalItems === 0 ? loadDemoWorkspace(store) : null;
}
