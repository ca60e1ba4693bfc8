/**
 * The two ways the store reads a werkruimte's relaties give the same relaties: the JSON text the map
 * route passes through, and the compact text the diagnosis and the perspective views slice apart
 * (store/graph.ts) — every type, every strength, dates set, half set and unset — on every backend.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actorCreateSchema,
  type GraphRelation,
  RELATION_TYPES,
  relationCreateSchema,
} from '../../src/domain/index.ts';
import type { ActorSeed, Store } from '../../src/store/index.ts';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

const byId = (a: GraphRelation, b: GraphRelation) => a.id.localeCompare(b.id);

describe.each(BACKENDS)('loading the relaties of a werkruimte on %s', (backend) => {
  let database: TestDatabase;
  let store: Store;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    store = database.store;
  });
  afterAll(() => database.close());

  async function emptyWorkspace() {
    return store.workspaces.create({
      name: `W ${randomUUID()}`,
      gemeente: 'GM0344',
      wijken: [],
      description: '',
    });
  }

  it('reads the same relaties from the compact text as from the JSON text', async () => {
    const workspace = await emptyWorkspace();
    const actors: ActorSeed[] = ['Een', 'Twee', 'Drie'].map((name) => ({
      id: randomUUID(),
      ...actorCreateSchema.parse({ name, force: 'bewoner', kind: 'initiatief' }),
    }));
    const dates = [
      {},
      { validFrom: '2024-01-31' },
      { validTo: '2025-12-01' },
      { validFrom: '1999-02-28', validTo: '2031-07-04' },
    ];
    const relations = RELATION_TYPES.flatMap((type, k) =>
      [1, 2, 3, 4, 5].map((strength, s) => ({
        id: randomUUID(),
        ...relationCreateSchema.parse({
          sourceId: (actors[(k + s) % 3] as ActorSeed).id,
          targetId: (actors[(k + s + 1) % 3] as ActorSeed).id,
          type,
          strength,
          ...dates[(k + s) % dates.length],
        }),
      })),
    );
    await store.transaction((tx) =>
      tx.bulk.writeWithReferenceChecks(workspace.id, async () => {
        await tx.bulk.insertActors(workspace.id, actors);
        await tx.bulk.insertRelations(workspace.id, relations);
      }),
    );
    const fromJson = JSON.parse((await store.graph.loadGraphJson(workspace.id)).relations) as GraphRelation[];
    const compact = await store.graph.loadRelations(workspace.id);
    expect(compact).toHaveLength(relations.length);
    expect([...compact].sort(byId)).toEqual([...fromJson].sort(byId));
    expect(compact.some((relation) => relation.validFrom === null && relation.validTo !== null)).toBe(true);
    expect((await store.graph.loadGraph(workspace.id)).relations.sort(byId)).toEqual(fromJson.sort(byId));
  });

  it('reads no relaties of a werkruimte without any', async () => {
    const workspace = await emptyWorkspace();
    expect(await store.graph.loadRelations(workspace.id)).toEqual([]);
  });
});
