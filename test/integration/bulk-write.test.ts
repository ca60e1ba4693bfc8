/**
 * Bulk writes check their references as the foreign keys do, on every database: on PGlite the per-row
 * triggers are off during an import's write and one set-based check runs after it (store/bulk.ts), so a
 * relatie pointing at another werkruimte's speler must still be refused, and nothing of the write kept.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorCreateSchema, relationCreateSchema, ValidationError } from '../../src/domain/index.ts';
import type { ActorSeed, RelationSeed, Store } from '../../src/store/index.ts';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

function actor(name: string): ActorSeed {
  return { id: randomUUID(), ...actorCreateSchema.parse({ name, force: 'bewoner', kind: 'initiatief' }) };
}

function relation(sourceId: string, targetId: string): RelationSeed {
  return { id: randomUUID(), ...relationCreateSchema.parse({ sourceId, targetId, type: 'werkt_samen' }) };
}

describe.each(BACKENDS)('bulk writes on %s', (backend) => {
  let database: TestDatabase;
  let store: Store;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    store = database.store;
  });
  afterAll(() => database.close());

  async function workspaceWith(names: string[]) {
    const workspace = await store.workspaces.create({
      name: `W ${randomUUID()}`,
      gemeente: 'GM0344',
      wijken: [],
      description: '',
    });
    const actors = names.map(actor);
    await store.bulk.insertActors(workspace.id, actors);
    return { workspace, actors, first: actors[0] as ActorSeed };
  }

  it('writes spelers and relaties whose ends are in the werkruimte', async () => {
    const { workspace } = await workspaceWith([]);
    const [een, twee] = [actor('Een'), actor('Twee')];
    await store.transaction((tx) =>
      tx.bulk.writeWithReferenceChecks(workspace.id, async () => {
        await tx.bulk.insertActors(workspace.id, [een, twee]);
        await tx.bulk.insertRelations(workspace.id, [relation(een.id, twee.id)]);
      }),
    );
    expect(await store.relations.listAll(workspace.id)).toHaveLength(1);
  });

  it.each(['sourceId', 'targetId'] as const)(
    "refuses a relatie whose %s is another werkruimte's speler, keeping nothing",
    async (end) => {
      const other = await workspaceWith(['Elders']);
      const { workspace } = await workspaceWith([]);
      const [hier, ookHier] = [actor('Hier'), actor('Ook hier')];
      const elsewhere = other.first.id;
      const bad = end === 'sourceId' ? relation(elsewhere, hier.id) : relation(hier.id, elsewhere);
      const write = store.transaction((tx) =>
        tx.bulk.writeWithReferenceChecks(workspace.id, async () => {
          await tx.bulk.insertActors(workspace.id, [hier, ookHier]);
          await tx.bulk.insertRelations(workspace.id, [relation(hier.id, ookHier.id), bad]);
        }),
      );
      await expect(write).rejects.toBeInstanceOf(ValidationError);
      await expect(write).rejects.toMatchObject({
        issues: expect.arrayContaining([{ path: end, code: 'actor_not_in_workspace' }]),
      });
      expect(await store.actors.listAll(workspace.id)).toEqual([]);
      expect(await store.relations.listAll(workspace.id)).toEqual([]);
    },
  );

  it('keeps the foreign keys on for what follows the bulk write in the same transaction', async () => {
    const other = await workspaceWith(['Elders']);
    const { workspace, first } = await workspaceWith(['Een']);
    const write = store.transaction(async (tx) => {
      await tx.bulk.writeWithReferenceChecks(workspace.id, async () => {});
      await tx.bulk.insertRelations(workspace.id, [relation(first.id, other.first.id)]);
    });
    await expect(write).rejects.toMatchObject({
      issues: [{ path: 'targetId', code: 'actor_not_in_workspace' }],
    });
  });
});
