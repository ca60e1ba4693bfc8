/**
 * The analysis API on every database backend, on the demo werkruimte: the diagnosis with explanations,
 * its parameters, its determinism, that it equals the pure module's result on the same map, the what-if
 * endpoint (nothing saved), and bad parameters refused with the parameter named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../bench/generate-workspace.ts';
import { buildSnapshot, diagnose, INDEX_KEYS } from '../../src/analysis/index.ts';
import { analysis as contract } from '../../src/contract/index.ts';
import type { WorkspaceGraph } from '../../src/domain/index.ts';
import { loadDemoWorkspace } from '../../src/services/index.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';

interface Problem {
  status: number;
  invalidParams?: { name: string; code: string; reason: string }[];
}

describe.each(BACKENDS)('analysis API on %s', (backend) => {
  let t: TestApp;
  let workspaceId: string;
  let graph: WorkspaceGraph;
  const idOf = (name: string) => graph.actors.find((actor) => actor.name === name)?.id as string;

  beforeAll(async () => {
    t = await buildTestApp(backend);
    workspaceId = (await loadDemoWorkspace(t.store)).id;
    graph = (await t.inject({ url: `/api/v1/workspaces/${workspaceId}/graph` })).json();
  });
  afterAll(() => t.close());

  /** The route serialises without a check of its own: every answer is checked against the contract here. */
  const analysis = async (query = '') => {
    const response = await t.inject({ url: `/api/v1/workspaces/${workspaceId}/analysis${query}` });
    if (response.statusCode === 200) contract.diagnosisSchema.parse(response.json());
    return response;
  };
  const whatIf = (payload: unknown) =>
    t.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${workspaceId}/analysis/what-if`,
      payload: payload as object,
    });

  it('diagnoses the demo werkruimte with an explanation for every index', async () => {
    const response = await analysis();
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.network.spelers).toBe(67);
    expect(body.parameters.grouping).toBe('domein');
    expect(body.parameters.betweennessExact).toBe(true);
    expect(body.indices.map((card: { key: string }) => card.key)).toEqual([...INDEX_KEYS]);
    for (const card of body.indices) {
      for (const text of Object.values(card.explanation)) expect(String(text).length).toBeGreaterThan(0);
      expect(card.explanation.reading).not.toContain('{{');
    }
    // The demo's story: the sociaal makelaar and the armoedecoalitie bridge the kokers; six residents'
    // groups hang on the gemeente by subsidy alone.
    expect(body.brokers.slice(0, 5)).toContain(idOf('Sociaal makelaar'));
    const subsidyOnly = body.residents
      .filter((row: { subsidyOnly: boolean }) => row.subsidyOnly)
      .map((row: { id: string }) => row.id);
    expect(subsidyOnly.sort()).toEqual(
      [
        'Buurtkamer De Kruimel',
        'Schuldhulpmaatje Voorbeeldgemeente',
        'Buurtvereniging Oost',
        'Taalcafé Oost',
        'Voedselinitiatief Het Gedeelde Bord',
        'Moestuin De Groene Hoek',
      ]
        .map(idOf)
        .sort(),
    );
    expect(body.suggestions.length).toBeGreaterThan(0);
  });

  it('gives the same result twice and the same as the pure module on the same map', async () => {
    const first = (await analysis('?grouping=kracht&seed=7')).json();
    const second = (await analysis('?grouping=kracht&seed=7')).json();
    expect(second).toEqual(first);
    const direct = diagnose(buildSnapshot(graph.actors, graph.relations), { grouping: 'kracht', seed: 7 });
    expect(first.clusters.modularity).toBe(direct.clusters.modularity);
    expect(first.indices.map((card: { value: number | null }) => card.value)).toEqual(
      direct.indices.map((card) => card.value),
    );
    expect(first.brokers).toEqual(direct.brokers);
  });

  it('takes the relation types that count as collaboration, and English explanations', async () => {
    const all = (await analysis()).json();
    const narrow = (await analysis('?types=werkt_samen&lang=en')).json();
    expect(narrow.parameters.collaborationTypes).toEqual(['werkt_samen']);
    expect(narrow.network.ties).toBeLessThan(all.network.ties);
    expect(narrow.indices[0].explanation.title).toBe('Open or closed silos (E-I index)');
    const byTag = await analysis('?grouping=tag:moeder');
    expect(byTag.statusCode, byTag.body).toBe(200);
  });

  it.each([
    ['?grouping=afdeling', 'grouping'],
    ['?types=vriendschap', 'types'],
    ['?seed=-1', 'seed'],
    ['?seed=abc', 'seed'],
    ['?betweenness=sometimes', 'betweenness'],
    ['?suggestions=9999', 'suggestions'],
    ['?lang=fr', 'lang'],
    ['?colour=red', 'colour'],
  ])('refuses %s naming the parameter', async (query, name) => {
    const response = await analysis(query);
    expect(response.statusCode, response.body).toBe(400);
    const problem = response.json() as Problem;
    expect(problem.invalidParams?.map((param) => param.name)).toContain(name);
    if (name === 'grouping') {
      const param = problem.invalidParams?.find((candidate) => candidate.name === 'grouping');
      expect(param?.code).toBe('invalid_grouping');
      expect(param?.reason).toContain('kracht, domein, wijk, wet, financier of tag:');
    }
  });

  it('answers 404 for an unknown werkruimte', async () => {
    const response = await t.inject({
      url: '/api/v1/workspaces/00000000-0000-4000-8000-000000000000/analysis',
    });
    expect(response.statusCode).toBe(404);
  });

  it('what-if: a new tie across kokers changes the indices and nothing is saved', async () => {
    const before = graph.relations.length;
    const source = idOf('Sociaal makelaar');
    const target = idOf('Buurtkamer De Kruimel');
    const response = await whatIf({
      changes: {
        addActors: [
          { id: 'nieuw-1', name: 'Nieuwe wijkverbinder', force: 'professional', domains: ['armoede'] },
        ],
        addRelations: [
          { source, target, type: 'werkt_samen' },
          { source: 'nieuw-1', target, type: 'werkt_samen', strength: 4 },
        ],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.deltas).toHaveLength(INDEX_KEYS.length);
    const cross = body.deltas.find((row: { key: string }) => row.key === 'crossShare');
    expect(cross.delta).not.toBe(0);
    expect(body.exactPaths).toBe(true);
    const after = (await t.inject({ url: `/api/v1/workspaces/${workspaceId}/graph` })).json();
    expect(after.relations).toHaveLength(before);
  });

  it('what-if: removing relaties and a speler', async () => {
    const response = await whatIf({
      changes: { removeActorIds: [idOf('Sociaal makelaar')], removeRelationIds: [graph.relations[0]?.id] },
      grouping: 'kracht',
    });
    expect(response.statusCode, response.body).toBe(200);
    const removed = response
      .json()
      .spelers.find((row: { id: string }) => row.id === idOf('Sociaal makelaar'));
    expect(removed.betweennessAfter).toBeNull();
  });

  it.each([
    [
      { changes: { addRelations: [{ source: 'nobody', target: 'x', type: 'werkt_samen' }] } },
      'changes.addRelations.0.source',
      'actor_not_in_workspace',
    ],
    [
      { changes: { removeRelationIds: ['no-such-relatie'] } },
      'changes.removeRelationIds.0',
      'relation_not_in_workspace',
    ],
    [
      { changes: { removeActorIds: ['no-such-speler'] } },
      'changes.removeActorIds.0',
      'actor_not_in_workspace',
    ],
    [
      { changes: { addRelations: [{ source: 'a', target: 'b', type: 'ruzie' }] } },
      'changes.addRelations.0.type',
      'invalid_enum',
    ],
    [{ changes: {}, grouping: 'afdeling' }, 'grouping', undefined],
    [{ changes: {}, unknown: 1 }, 'unknown', 'unknown_field'],
  ])('what-if refuses bad change sets, naming the field (%#)', async (payload, name, code) => {
    const response = await whatIf(payload);
    expect(response.statusCode, response.body).toBe(400);
    const param = (response.json() as Problem).invalidParams?.find((candidate) => candidate.name === name);
    expect(param, response.body).toBeDefined();
    if (code) expect(param?.code).toBe(code);
    expect(param?.reason.length).toBeGreaterThan(0);
  });
});

describe('analysis off the event loop', () => {
  let t: TestApp;
  let workspaceId: string;
  beforeAll(async () => {
    t = await buildTestApp('pglite');
    const workspace = await t.createWorkspace();
    workspaceId = workspace.id;
    const data = generateWorkspace(3_000, 30_000);
    await t.store.transaction(async (tx) => {
      await tx.bulk.insertActors(workspace.id, data.actors);
      await tx.bulk.insertRelations(workspace.id, data.relations);
    });
  }, 120_000);
  afterAll(() => t.close());

  it('answers other requests while a large diagnosis runs', async () => {
    const finished: string[] = [];
    const analysis = t
      .inject({ url: `/api/v1/workspaces/${workspaceId}/analysis?betweenness=exact` })
      .then((response) => {
        finished.push('analysis');
        return response;
      });
    // Let the analysis request reach the thread, then ask for something small.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const health = await t.inject({ url: '/api/v1/health' });
    finished.push('health');
    expect(health.statusCode).toBe(200);
    const response = await analysis;
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().network.spelers).toBe(3_000);
    expect(finished).toEqual(['health', 'analysis']);
  }, 120_000);
});
