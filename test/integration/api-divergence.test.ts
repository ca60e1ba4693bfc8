/**
 * GET …/divergence on every database backend: the gemeente and the bewoners compared on a small map — the
 * tie the gemeente claims and the bewoners deny is contested, a tie only the gemeente names is listed as
 * such, strength differences are ordered, the agreement figure is the weighted Jaccard index; with a
 * vraagstuk, the speler they place furthest apart comes first. Perspectives or a vraagstuk of another
 * werkruimte are refused with the parameter named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { divergenceSchema } from '../../src/contract/divergence.ts';
import type { Relation, Workspace } from '../../src/domain/index.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';

describe.each(BACKENDS)('the divergence of two perspectives on %s', (backend) => {
  let t: TestApp;
  let workspace: Workspace;
  let other: Workspace;
  let base: string;
  let perspective: Record<string, string>;
  const tie: Record<string, Relation> = {};
  const actor: Record<string, string> = {};

  async function post(url: string, payload: object) {
    const response = await t.inject({ method: 'POST', url, payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string };
  }

  beforeAll(async () => {
    t = await buildTestApp(backend);
    workspace = await t.createWorkspace({ name: 'Twee beelden' });
    other = await t.createWorkspace({ name: 'Elders' });
    base = `/api/v1/workspaces/${workspace.id}`;
    for (const [key, name, force] of [
      ['g', 'Beleid armoede', 'gemeente'],
      ['i', 'Bewonersinitiatief De Ster', 'bewoner'],
      ['w', 'Wijkteam Oost', 'professional'],
      ['v', 'Voedselbank', 'bewoner'],
    ] as const)
      actor[key] = (await t.createActor(workspace.id, { name, force })).id;
    const relate = async (name: string, source: string, target: string) => {
      tie[name] = await t.createRelation(workspace.id, actor[source] as string, actor[target] as string);
    };
    await relate('g-i', 'g', 'i');
    await relate('g-w', 'g', 'w');
    await relate('w-v', 'w', 'v');
    const list = await t.inject(`${base}/perspectives?pageSize=100`);
    perspective = Object.fromEntries(
      (list.json() as { items: { id: string; name: string }[] }).items.map((p) => [p.name, p.id]),
    );
    const assess = (relation: string, by: string, fields: object) =>
      post(`${base}/relations/${(tie[relation] as Relation).id}/assessments`, {
        perspectiveId: perspective[by],
        ...fields,
      });
    await assess('g-i', 'Gemeente', { strength: 4 });
    await assess('g-i', 'Bewoners', { present: false });
    await assess('g-w', 'Gemeente', { strength: 5 });
    await assess('g-w', 'Bewoners', { strength: 2 });
    await assess('w-v', 'Bewoners', { strength: 3 });
  });
  afterAll(() => t.close());

  // The route serialises without checking its answer: every answer here is checked against the contract.
  const compare = async (query: string) => {
    const response = await t.inject(`${base}/divergence?${query}`);
    if (response.statusCode === 200) divergenceSchema.parse(response.json());
    return response;
  };

  it('lists what one claims and the other denies, what only one names, and strength differences', async () => {
    const response = await compare(`a=${perspective.Gemeente}&b=${perspective.Bewoners}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.a).toEqual({ id: perspective.Gemeente, name: 'Gemeente' });
    expect(body.shared).toBe(1);
    expect(body.contested).toEqual([
      {
        relation: { id: tie['g-i']?.id, source: actor.g, target: actor.i, type: 'werkt_samen' },
        a: { kind: 'claims', strength: 4 },
        b: { kind: 'denies' },
      },
    ]);
    expect(body.onlyA).toEqual([]);
    expect(body.onlyB.map((r: { id: string }) => r.id)).toEqual([tie['w-v']?.id]);
    expect(body.strengthDifferences).toEqual([
      { relation: expect.objectContaining({ id: tie['g-w']?.id }), a: 5, b: 2 },
    ]);
    // min: g-i 0, g-w 2, w-v 0; max: g-i 4, g-w 5, w-v 3.
    expect(body.agreement).toBeCloseTo(2 / 12);
    expect(body.positions).toBeUndefined();
  });

  it('counts the editors’ own claims as the map does', async () => {
    const body = (await compare(`a=${perspective.Redactie}&b=${perspective.Bewoners}`)).json();
    // The editors typed every tie: the bewoners deny one, share two.
    expect(body.shared).toBe(2);
    expect(body.contested).toHaveLength(1);
  });

  it('puts the speler they place furthest apart on a vraagstuk first', async () => {
    const topic = await post(`${base}/topics`, { name: 'Lokaal armoedebeleid' });
    const place = (by: string, key: string, invloed: number, standpunt: number) =>
      post(`${base}/topics/${topic.id}/positions`, {
        actorId: actor[key],
        perspectiveId: perspective[by],
        invloed,
        belang: 3,
        standpunt,
      });
    await place('Gemeente', 'i', 1, 0);
    await place('Bewoners', 'i', 5, 2);
    await place('Gemeente', 'w', 3, 1);
    await place('Bewoners', 'w', 3, 0);
    await place('Gemeente', 'v', 2, 1);
    const body = (
      await compare(`a=${perspective.Gemeente}&b=${perspective.Bewoners}&topic=${topic.id}`)
    ).json();
    expect(body.positions).toEqual([
      { actorId: actor.i, a: { invloed: 1, standpunt: 0 }, b: { invloed: 5, standpunt: 2 }, distance: 6 },
      { actorId: actor.w, a: { invloed: 3, standpunt: 1 }, b: { invloed: 3, standpunt: 0 }, distance: 1 },
    ]);
  });

  it('refuses perspectives and a vraagstuk of another werkruimte, naming the parameter', async () => {
    const foreign = await t.inject(`/api/v1/workspaces/${other.id}/perspectives?pageSize=100`);
    const foreignId = (foreign.json() as { items: { id: string }[] }).items[0]?.id;
    const response = await compare(`a=${foreignId}&b=${perspective.Bewoners}`);
    expect(response.statusCode).toBe(400);
    expect(
      response.json().invalidParams.map((p: { name: string; code: string }) => [p.name, p.code]),
    ).toEqual([['a', 'perspective_not_in_workspace']]);
    const topicResponse = await compare(
      `a=${perspective.Gemeente}&b=${perspective.Bewoners}&topic=00000000-0000-4000-8000-000000000000`,
    );
    expect(topicResponse.statusCode).toBe(400);
    expect(topicResponse.json().invalidParams[0].name).toBe('topic');
  });
});
