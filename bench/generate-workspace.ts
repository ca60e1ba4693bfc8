/**
 * A generated werkruimte of any size for benchmarks: deterministic (seeded), shaped like a real map —
 * spelers spread over the five forces, one to three domains, a few wijken; relaties mostly inside a domain
 * "koker", some across, never self-relations.
 */
import { randomUUID } from 'node:crypto';
import {
  ACTOR_KINDS,
  DOMAINS,
  EMPTY_PROFILE,
  FORCES,
  RELATION_TYPES,
  SCALES,
  type Workspace,
  type WorkspaceCreate,
} from '../src/domain/index.ts';
import type { ActorSeed, RelationSeed, Store } from '../src/store/index.ts';

/** mulberry32: small, fast, seeded; good enough to make the same test data every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const BENCH_WIJKEN = ['Noord', 'Oost', 'Zuid', 'West', 'Centrum', 'Haven', 'Dorp', 'Buitengebied'];

export function generateWorkspace(actorCount: number, relationCount: number, seed = 42) {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const actors: ActorSeed[] = [];
  for (let i = 0; i < actorCount; i++) {
    const primary = pick(DOMAINS);
    const domains = [...new Set([primary, ...(random() < 0.4 ? [pick(DOMAINS)] : [])])];
    actors.push({
      id: randomUUID(),
      name: `Speler ${String(i + 1).padStart(6, '0')} ${primary}`,
      force: pick(FORCES),
      kind: pick(ACTOR_KINDS),
      ...EMPTY_PROFILE,
      achtergrond: 'Gegenereerde speler voor de benchmark.',
      domains,
      scale: pick(SCALES),
      wijken: random() < 0.7 ? [pick(BENCH_WIJKEN)] : [],
      tags: random() < 0.2 ? ['team'] : [],
      website: null,
      sources: [],
    });
  }
  // Index actors by primary domain so most ties stay inside a koker, as in real silo-shaped maps.
  const byDomain = new Map<string, ActorSeed[]>();
  for (const actor of actors) {
    const key = actor.domains[0] ?? '';
    byDomain.set(key, [...(byDomain.get(key) ?? []), actor]);
  }
  const relations: RelationSeed[] = [];
  while (relations.length < relationCount) {
    const source = pick(actors);
    const pool = random() < 0.85 ? (byDomain.get(source.domains[0] ?? '') ?? actors) : actors;
    const target = pick(pool);
    if (target.id === source.id) continue;
    relations.push({
      id: randomUUID(),
      sourceId: source.id,
      targetId: target.id,
      type: pick(RELATION_TYPES),
      strength: 1 + Math.floor(random() * 5),
      description: '',
      validFrom: random() < 0.3 ? '2023-01-01' : null,
      validTo: null,
      sources: [],
    });
  }
  return { actors, relations };
}

/** Writes generated spelers and relaties as a new werkruimte in one transaction (bulk inserts). */
export async function seedGeneratedWorkspace(
  store: Store,
  data: ReturnType<typeof generateWorkspace>,
  fields: Partial<WorkspaceCreate> = {},
): Promise<Workspace> {
  return store.transaction(async (tx) => {
    const workspace = await tx.workspaces.create({
      name: 'Benchmark',
      gemeente: 'GM0344',
      wijken: [],
      description: 'Gegenereerd',
      ...fields,
    });
    // Seeded like the command line would: the administrators own it.
    await tx.members.addAdminsAsOwners(workspace.id);
    await tx.bulk.insertActors(workspace.id, data.actors);
    await tx.bulk.insertRelations(workspace.id, data.relations);
    return workspace;
  });
}
