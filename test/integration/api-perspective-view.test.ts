/**
 * `perspective=` and `rule=` on the map and the diagnosis, on every database backend: a relatie the
 * bewoners deny leaves the map as the bewoners and the gemeente see it, stays in the map as stored (whose
 * answer does not change at all), and the diagnosis' E-I moves with it. Unknown perspectives are refused
 * with the parameter named; every view has its own cache entry and ETag, and an assessment shows at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysis } from '../../src/contract/index.ts';
import type { Relation, Workspace } from '../../src/domain/index.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

interface GraphBody {
  relations: { id: string; strength: number; claims?: number; denials?: number }[];
  view?: { selection: string[] | 'all'; rule: string };
}

describe.each(BACKENDS)('the map per perspective on %s', (backend) => {
  let t: TestApp;
  let workspace: Workspace;
  let perspective: Record<string, string>;
  /** The relaties by name: `g1-b1` is the one the bewoners deny. */
  const tie: Record<string, Relation> = {};
  let base: string;

  async function assess(relation: Relation, perspectiveId: string, fields: Record<string, unknown>) {
    const response = await t.inject({
      method: 'POST',
      url: `${base}/relations/${relation.id}/assessments`,
      payload: { perspectiveId, ...fields },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; version: number };
  }

  beforeAll(async () => {
    t = await buildTestApp(backend);
    workspace = await t.createWorkspace({ name: 'Perspectieven' });
    base = `/api/v1/workspaces/${workspace.id}`;
    const actor = async (name: string, force: string) =>
      (await t.createActor(workspace.id, { name, force })).id;
    const g1 = await actor('Beleid sociaal domein', 'gemeente');
    const g2 = await actor('Wijkregie', 'gemeente');
    const b1 = await actor('Bewonersinitiatief De Ster', 'bewoner');
    const b2 = await actor('Buurtkamer Oost', 'bewoner');
    const p1 = await actor('Wijkteam Oost', 'professional');
    const relate = async (name: string, source: string, target: string, strength: number) => {
      tie[name] = await t.createRelation(workspace.id, source, target, { strength });
    };
    await relate('g1-g2', g1, g2, 4);
    await relate('b1-b2', b1, b2, 3);
    await relate('g1-b1', g1, b1, 4);
    await relate('p1-b2', p1, b2, 2);
    await relate('g2-p1', g2, p1, 3);
    const list = await t.inject(`${base}/perspectives?pageSize=100`);
    perspective = Object.fromEntries(
      (list.json() as { items: { id: string; name: string }[] }).items.map((p) => [p.name, p.id]),
    );
    // The gemeente claims every tie; the bewoners deny the gemeente's tie with their initiative and rate
    // their own tie lower.
    for (const relation of Object.values(tie))
      await assess(relation, perspective.Gemeente as string, { strength: 5 });
    await assess(tie['g1-b1'] as Relation, perspective.Bewoners as string, { present: false });
    await assess(tie['b1-b2'] as Relation, perspective.Bewoners as string, { strength: 2 });
  });
  afterAll(() => t.close());

  const graph = async (query = '') => {
    const response = await t.inject(`${base}/graph${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response;
  };
  const idsOf = (body: GraphBody) => body.relations.map((relation) => relation.id).sort();

  it('leaves a tie the bewoners deny out of their and the gemeente’s map, and in the map as stored', async () => {
    const stored = await graph();
    const storedBody = stored.json() as GraphBody & Record<string, unknown>;
    expect(idsOf(storedBody)).toEqual(
      Object.values(tie)
        .map((r) => r.id)
        .sort(),
    );
    expect(Object.keys(storedBody)).toEqual(['workspace', 'actors', 'relations']);
    expect(storedBody.relations[0]).not.toHaveProperty('claims');

    const selection = [perspective.Bewoners, perspective.Gemeente].join(',');
    const seen = (await graph(`?perspective=${selection}`)).json() as GraphBody;
    expect(idsOf(seen)).toEqual(['g1-g2', 'b1-b2', 'p1-b2', 'g2-p1'].map((name) => tie[name]?.id).sort());
    expect(seen.view).toEqual({
      selection: [perspective.Bewoners, perspective.Gemeente].sort(),
      rule: 'default',
    });
    const b1b2 = seen.relations.find((relation) => relation.id === tie['b1-b2']?.id);
    // The mean of the bewoners' 2 and the gemeente's 5, rounded half up; the editors are not selected.
    expect(b1b2).toMatchObject({ strength: 4, claims: 2, denials: 0 });

    // Repeated parameters mean the same; so does the other order.
    const repeated = await graph(`?perspective=${perspective.Gemeente}&perspective=${perspective.Bewoners}`);
    expect(repeated.body).toBe((await graph(`?perspective=${selection}`)).body);

    // The map as stored has not changed by any of this: byte for byte the same answer as before.
    expect((await graph()).body).toBe(stored.body);
  });

  it('offers the other rules and `all`', async () => {
    // Over all perspectives the denial still removes the tie; counting heads (editors + gemeente vs
    // bewoners) keeps it; `any` ignores denials.
    const all = (await graph('?perspective=all')).json() as GraphBody;
    expect(all.relations.map((r) => r.id)).not.toContain(tie['g1-b1']?.id);
    expect(((await graph('?rule=default')).json() as GraphBody).view).toEqual({
      selection: 'all',
      rule: 'default',
    });
    const majority = (await graph('?perspective=all&rule=majority')).json() as GraphBody;
    expect(majority.relations.find((r) => r.id === tie['g1-b1']?.id)).toMatchObject({
      claims: 2,
      denials: 1,
    });
    const onlyBewoners = `?perspective=${perspective.Bewoners}`;
    expect(idsOf((await graph(onlyBewoners)).json())).toEqual([tie['b1-b2']?.id]);
    expect(idsOf((await graph(`${onlyBewoners}&rule=any`)).json())).toEqual([tie['b1-b2']?.id]);
    expect(idsOf((await graph(`?perspective=${perspective.Redactie}`)).json())).toHaveLength(5);
  });

  it('refuses a perspective that is not the werkruimte’s, naming the parameter', async () => {
    const other = await t.createWorkspace({ name: 'Elders' });
    const otherList = await t.inject(`/api/v1/workspaces/${other.id}/perspectives?pageSize=1`);
    const foreign = (otherList.json() as { items: { id: string }[] }).items[0]?.id;
    for (const query of [
      `?perspective=${NO_SUCH_ID}`,
      `?perspective=${perspective.Gemeente},${foreign}`,
      '?perspective=bewoners',
      '?rule=unanimous',
    ]) {
      for (const endpoint of ['graph', 'analysis']) {
        const response = await t.inject(`${base}/${endpoint}${query}`);
        expect(response.statusCode, `${endpoint}${query}`).toBe(400);
        const names = (response.json().invalidParams as { name: string }[]).map((p) => p.name.split('.')[0]);
        expect(names).toContain(query.startsWith('?rule') ? 'rule' : 'perspective');
      }
    }
    const unknown = await t.inject(`${base}/graph?perspective=${NO_SUCH_ID}`);
    expect(unknown.json().invalidParams).toMatchObject([
      { name: 'perspective', code: 'perspective_not_in_workspace' },
    ]);
  });

  it('keeps each view apart in the cache, with its own ETag, and shows a new assessment at once', async () => {
    const selection = `?perspective=${perspective.Bewoners},${perspective.Gemeente}`;
    const stored = await graph();
    const view = await graph(selection);
    expect(view.headers.etag).not.toBe(stored.headers.etag);
    expect(
      (
        await t.inject({
          url: `${base}/graph${selection}`,
          headers: { 'if-none-match': String(view.headers.etag) },
        })
      ).statusCode,
    ).toBe(304);
    expect(
      (await t.inject({ url: `${base}/graph`, headers: { 'if-none-match': String(view.headers.etag) } }))
        .statusCode,
    ).toBe(200);

    // The bewoners now also deny the wijkteam's tie with their buurtkamer.
    const denial = await assess(tie['p1-b2'] as Relation, perspective.Bewoners as string, { present: false });
    const after = await t.inject({
      url: `${base}/graph${selection}`,
      headers: { 'if-none-match': String(view.headers.etag) },
    });
    expect(after.statusCode).toBe(200);
    expect(idsOf(after.json())).not.toContain(tie['p1-b2']?.id);
    // The map as stored reads the same (a new change counter, the same relaties).
    expect(idsOf((await graph()).json())).toHaveLength(5);
    await t.inject({
      method: 'DELETE',
      url: `${base}/relations/${tie['p1-b2']?.id}/assessments/${denial.id}`,
    });
    expect(idsOf((await graph(selection)).json())).toContain(tie['p1-b2']?.id);
  });

  it('diagnoses the map as the chosen perspectives see it: the E-I moves with the denied tie', async () => {
    const diagnose = async (query: string) => {
      const response = await t.inject(`${base}/analysis?grouping=kracht&seed=1${query}`);
      expect(response.statusCode, response.body).toBe(200);
      analysis.diagnosisSchema.parse(response.json());
      return response.json() as {
        network: { ties: number };
        indices: { key: string; value: number | null }[];
        view?: unknown;
      };
    };
    const ei = (body: { indices: { key: string; value: number | null }[] }) =>
      body.indices.find((card) => card.key === 'eiIndex')?.value;
    const stored = await diagnose('');
    const seen = await diagnose(`&perspective=${perspective.Bewoners},${perspective.Gemeente}`);
    // Stored: 3 ties across krachten, 2 within → (3 − 2) / 5 = 0.2. Without the denied g1-b1: (2 − 2) / 4 = 0.
    expect(stored.network.ties).toBe(5);
    expect(ei(stored)).toBeCloseTo(0.2, 10);
    expect(stored.view).toBeUndefined();
    expect(seen.network.ties).toBe(4);
    expect(ei(seen)).toBeCloseTo(0, 10);
    expect(seen.view).toMatchObject({ rule: 'default' });
  });

  it('diagnoses a perspective that named no relatie yet: an empty map, modularity not defined', async () => {
    const created = await t.inject({
      method: 'POST',
      url: `${base}/perspectives`,
      payload: { name: 'Nog niets gezegd', force: 'professional' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const response = await t.inject(
      `${base}/analysis?grouping=kracht&seed=1&perspective=${created.json().id}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ network: { ties: 0 }, clusters: { modularity: null } });
  });
});
