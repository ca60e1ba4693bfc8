/**
 * Werkruimte isolation on every database backend: nothing of werkruimte A can be read, changed, deleted,
 * listed or linked to through werkruimte B's paths, and deleting B leaves A as it was.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Relation, Workspace } from '../../src/domain/index.ts';
import { messages } from '../../src/server/messages/index.ts';
import { buildTestApp, countRows, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';

/** The Dutch titles: the API's default language. */
const PROBLEM_TITLES = messages('nl').titles;

interface Kaart {
  workspace: Workspace;
  actors: [Actor, Actor, Actor];
  relation: Relation;
}

type Json = Record<string, unknown>;

describe.each(BACKENDS)('werkruimte isolation on %s', (backend) => {
  let t: TestApp;
  let a: Kaart;
  let b: Kaart;

  async function createMap(name: string, gemeente: string): Promise<Kaart> {
    const workspace = await t.createWorkspace({ name, gemeente, wijken: ['Centrum'] });
    const first = await t.createActor(workspace.id, {
      name: `${name}: gemeente`,
      force: 'gemeente',
      wijken: ['Centrum'],
    });
    const second = await t.createActor(workspace.id, { name: `${name}: wijkteam`, force: 'professional' });
    const third = await t.createActor(workspace.id, {
      name: `${name}: buurtkamer`,
      force: 'bewoner',
      wijken: ['Centrum'],
    });
    const relation = await t.createRelation(workspace.id, first.id, second.id, {
      type: 'financiert',
      description: `Subsidie in ${name}`,
    });
    await t.createRelation(workspace.id, second.id, third.id, { type: 'verwijst' });
    return { workspace, actors: [first, second, third], relation };
  }

  beforeAll(async () => {
    t = await buildTestApp(backend);
    a = await createMap('Kaart A', 'GM0363');
    b = await createMap('Kaart B', 'GM0599');
  });
  afterAll(() => t.close());

  const base = (map: Kaart) => `/api/v1/workspaces/${map.workspace.id}`;
  const idsOf = (map: Kaart) => [map.workspace.id, ...map.actors.map((actor) => actor.id), map.relation.id];

  async function read(url: string): Promise<Json> {
    const response = await t.inject({ url });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json();
  }

  /** A's whole state as seen through A's own paths, to prove a request through B changed nothing. */
  async function stateOfA() {
    return {
      counts: await countRows(t.store, a.workspace.id),
      workspace: await read(base(a)),
      actors: await Promise.all(a.actors.map((actor) => read(`${base(a)}/actors/${actor.id}`))),
      relation: await read(`${base(a)}/relations/${a.relation.id}`),
      graph: await read(`${base(a)}/graph`),
    };
  }

  function expectProblem(response: LightMyRequestResponse, status: number) {
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const body = response.json();
    expect(body.status).toBe(status);
    expect(typeof body.title).toBe('string');
    expect(body.title.trim()).not.toBe('');
    return body;
  }

  const CROSSINGS: [string, (a: Kaart, b: Kaart) => InjectOptions][] = [
    ['GET a speler of A', (a, b) => ({ url: `${base(b)}/actors/${a.actors[0].id}` })],
    [
      'PATCH a speler of A',
      (a, b) => ({
        method: 'PATCH',
        url: `${base(b)}/actors/${a.actors[0].id}`,
        payload: { version: 1, name: 'Overgenomen', force: 'rijk' },
      }),
    ],
    ['DELETE a speler of A', (a, b) => ({ method: 'DELETE', url: `${base(b)}/actors/${a.actors[0].id}` })],
    ['GET a relatie of A', (a, b) => ({ url: `${base(b)}/relations/${a.relation.id}` })],
    [
      'PATCH a relatie of A',
      (a, b) => ({
        method: 'PATCH',
        url: `${base(b)}/relations/${a.relation.id}`,
        payload: { version: 1, strength: 5, description: 'Overgenomen' },
      }),
    ],
    [
      'PATCH a relatie of A to point at spelers of B',
      (a, b) => ({
        method: 'PATCH',
        url: `${base(b)}/relations/${a.relation.id}`,
        payload: { version: 1, sourceId: b.actors[0].id, targetId: b.actors[1].id },
      }),
    ],
    ['DELETE a relatie of A', (a, b) => ({ method: 'DELETE', url: `${base(b)}/relations/${a.relation.id}` })],
  ];

  it.each(CROSSINGS)('%s through B gives 404 and leaves A unchanged', async (_what, request) => {
    const before = await stateOfA();
    const countsOfB = await countRows(t.store, b.workspace.id);
    const problem = expectProblem(await t.inject(request(a, b)), 404);
    expect(problem.title).toBe(PROBLEM_TITLES.not_found);
    expect(problem.code).toBe('not_found');
    expect(await stateOfA()).toEqual(before);
    expect(await countRows(t.store, b.workspace.id)).toEqual(countsOfB);
  });

  it.each([
    ['spelers', 'actors'],
    ['spelers, filtered by name', 'actors?q=Kaart'],
    ['spelers, every kracht', 'actors?force=rijk,instelling,gemeente,professional,bewoner&pageSize=500'],
    ['spelers in wijk Centrum', 'actors?wijk=Centrum'],
    ['relaties', 'relations'],
    ['relaties by type', 'relations?type=financiert,verwijst'],
    ['relaties by description', 'relations?q=Subsidie'],
    ['relaties of a speler of A', 'relations?actorId=A0'],
    ['the graph', 'graph'],
  ])("B's %s never contain A's ids", async (_what, path) => {
    const response = await t.inject({ url: `${base(b)}/${path.replace('A0', a.actors[0].id)}` });
    expect(response.statusCode, response.body).toBe(200);
    // The paging links repeat the query (which may hold an id of A); everything else must not hold one.
    const { _links: _ignored, ...content } = response.json() as Json;
    const text = JSON.stringify(content);
    for (const id of idsOf(a)) expect(text).not.toContain(id);
    if (path.includes('actorId')) {
      expect(content).toMatchObject({ items: [], totalItems: 0 });
    } else {
      // And B's own records are there, so the list was not simply empty.
      expect(idsOf(b).filter((id) => text.includes(id)).length).toBeGreaterThan(0);
    }
  });

  it("lists B's spelers and relaties completely, and A's lists are A's alone", async () => {
    const actorsOfB = (await read(`${base(b)}/actors`)) as { items: Actor[]; totalItems: number };
    expect(actorsOfB.items.map((actor) => actor.id).sort()).toEqual(b.actors.map((actor) => actor.id).sort());
    expect(actorsOfB.items.every((actor) => actor.workspaceId === b.workspace.id)).toBe(true);
    const relationsOfA = (await read(`${base(a)}/relations`)) as { items: Relation[]; totalItems: number };
    expect(relationsOfA.totalItems).toBe(2);
    expect(relationsOfA.items.every((relation) => relation.workspaceId === a.workspace.id)).toBe(true);
    const graphOfB = (await read(`${base(b)}/graph`)) as {
      actors: { id: string }[];
      relations: { source: string; target: string }[];
    };
    expect(graphOfB.actors).toHaveLength(3);
    const idsOfB = new Set(b.actors.map((actor) => actor.id));
    for (const relation of graphOfB.relations) {
      expect(idsOfB.has(relation.source) && idsOfB.has(relation.target)).toBe(true);
    }
  });

  it.each([
    [
      'sourceId',
      (a: Kaart, b: Kaart) => ({ sourceId: a.actors[0].id, targetId: b.actors[1].id }),
      ['sourceId'],
    ],
    [
      'targetId',
      (a: Kaart, b: Kaart) => ({ sourceId: b.actors[0].id, targetId: a.actors[1].id }),
      ['targetId'],
    ],
    [
      'sourceId and targetId',
      (a: Kaart) => ({ sourceId: a.actors[0].id, targetId: a.actors[1].id }),
      ['sourceId', 'targetId'],
    ],
  ] as const)('refuses a relatie in B with %s from A', async (_what, ends, fields) => {
    const before = await stateOfA();
    const countsOfB = await countRows(t.store, b.workspace.id);
    const response = await t.inject({
      method: 'POST',
      url: `${base(b)}/relations`,
      payload: { ...ends(a, b), type: 'werkt_samen' },
    });
    const problem = expectProblem(response, 400);
    expect(problem.title).toBe(PROBLEM_TITLES.validation);
    for (const field of fields) {
      expect(problem.invalidParams).toContainEqual({
        name: field,
        code: 'actor_not_in_workspace',
        reason: expect.stringMatching(/\S/),
      });
    }
    expect(await countRows(t.store, b.workspace.id)).toEqual(countsOfB);
    expect(await stateOfA()).toEqual(before);
  });

  it.each([
    ['targetId', (a: Kaart) => ({ targetId: a.actors[1].id })],
    ['sourceId', (a: Kaart) => ({ sourceId: a.actors[2].id })],
  ] as const)('refuses a PATCH of a relatie in B changing %s to a speler of A', async (field, change) => {
    const url = `${base(b)}/relations/${b.relation.id}`;
    const before = await stateOfA();
    const relationBefore = await read(url);
    const response = await t.inject({
      method: 'PATCH',
      url,
      payload: { version: relationBefore.version, ...change(a) },
    });
    const problem = expectProblem(response, 400);
    expect(problem.title).toBe(PROBLEM_TITLES.validation);
    expect(problem.invalidParams).toContainEqual({
      name: field,
      code: 'actor_not_in_workspace',
      reason: expect.stringMatching(/\S/),
    });
    expect(await read(url)).toEqual(relationBefore);
    expect(await stateOfA()).toEqual(before);
  });

  it('deleting werkruimte B leaves A as it was', async () => {
    const before = await stateOfA();
    const removed = await t.inject({ method: 'DELETE', url: base(b) });
    expect(removed.statusCode, removed.body).toBe(204);

    expect(await stateOfA()).toEqual(before);
    expect(before.counts).toEqual({ actors: 3, relations: 2 });
    expect(await countRows(t.store, b.workspace.id)).toEqual({ actors: 0, relations: 0 });
    expectProblem(await t.inject({ url: base(b) }), 404);
    expectProblem(await t.inject({ url: `${base(b)}/actors/${b.actors[0].id}` }), 404);
    const list = (await read('/api/v1/workspaces?pageSize=500')) as { items: Workspace[] };
    const ids = list.items.map((workspace) => workspace.id);
    expect(ids).toContain(a.workspace.id);
    expect(ids).not.toContain(b.workspace.id);
  });
});
