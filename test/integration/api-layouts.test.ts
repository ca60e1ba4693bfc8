/**
 * Saved map positions through the HTTP API on every database backend: a layout's positions are read and
 * replaced whole, per werkruimte and layout; deleting a speler or werkruimte deletes its positions; and a
 * document naming a speler from elsewhere, or holding a bad coordinate, is refused without writing anything.
 */
import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorCreateSchema, type Positions, type Workspace } from '../../src/domain/index.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

interface ProblemBody {
  status: number;
  code: string;
  invalidParams?: { name: string; code: string; reason: string }[];
}

describe.each(BACKENDS)('saved map positions on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(backend);
  });
  afterAll(() => t.close());

  const url = (workspaceId: string, layout: string) => `/api/v1/workspaces/${workspaceId}/layouts/${layout}`;

  function put(workspaceId: string, layout: string, payload: InjectOptions['payload']) {
    return t.inject({ method: 'PUT', url: url(workspaceId, layout), payload });
  }

  async function saved(workspaceId: string, layout: string): Promise<Positions> {
    const response = await t.inject({ url: url(workspaceId, layout) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    const body = response.json();
    expect(body.layout).toBe(layout);
    return body.positions;
  }

  /** A werkruimte with `count` spelers, made through the API. */
  async function workspaceWith(count: number): Promise<{ workspace: Workspace; ids: string[] }> {
    const workspace = await t.createWorkspace();
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push((await t.createActor(workspace.id, { name: `Speler ${i}` })).id);
    return { workspace, ids };
  }

  function expectRefused(response: { statusCode: number; body: string }, name: string, code: string) {
    expect(response.statusCode, response.body).toBe(400);
    const problem = JSON.parse(response.body) as ProblemBody;
    expect(problem.code).toBe('validation');
    expect(problem.invalidParams).toContainEqual(expect.objectContaining({ name, code }));
  }

  it('answers an empty document when nothing was saved', async () => {
    const { workspace } = await workspaceWith(1);
    expect(await saved(workspace.id, 'force')).toEqual({});
    expect(await saved(workspace.id, 'vijf_krachten')).toEqual({});
  });

  it('saves positions and reads them back exactly', async () => {
    const { workspace, ids } = await workspaceWith(3);
    const [a, b, c] = ids as [string, string, string];
    const positions = {
      [a]: { x: 0.1 + 0.2, y: -1e-7 },
      [b]: { x: 123456.789, y: 0 },
      [c]: { x: -999999999, y: 1 / 3 },
    };
    const response = await put(workspace.id, 'force', { positions });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ layout: 'force', positions });
    expect(await saved(workspace.id, 'force')).toEqual(positions);
  });

  it('replaces the whole layout: a second save drops positions it does not hold', async () => {
    const { workspace, ids } = await workspaceWith(3);
    const [a, b, c] = ids as [string, string, string];
    await put(workspace.id, 'force', { positions: { [a]: { x: 1, y: 1 }, [b]: { x: 2, y: 2 } } });
    const second = { [b]: { x: 20, y: 20 }, [c]: { x: 30, y: 30 } };
    expect((await put(workspace.id, 'force', { positions: second })).statusCode).toBe(200);
    expect(await saved(workspace.id, 'force')).toEqual(second);
    expect((await put(workspace.id, 'force', { positions: {} })).statusCode).toBe(200);
    expect(await saved(workspace.id, 'force')).toEqual({});
  });

  it('keeps the layouts apart', async () => {
    const { workspace, ids } = await workspaceWith(2);
    const [a, b] = ids as [string, string];
    const fiveForces = { [a]: { x: 1, y: 2 }, [b]: { x: 3, y: 4 } };
    await put(workspace.id, 'vijf_krachten', { positions: fiveForces });
    await put(workspace.id, 'force', { positions: { [a]: { x: -5, y: -6 } } });
    await put(workspace.id, 'force', { positions: { [b]: { x: 7, y: 8 } } });
    expect(await saved(workspace.id, 'vijf_krachten')).toEqual(fiveForces);
    expect(await saved(workspace.id, 'force')).toEqual({ [b]: { x: 7, y: 8 } });
  });

  it('keeps werkruimtes apart', async () => {
    const one = await workspaceWith(1);
    const two = await workspaceWith(1);
    await put(one.workspace.id, 'force', { positions: { [one.ids[0] as string]: { x: 1, y: 1 } } });
    await put(two.workspace.id, 'force', { positions: { [two.ids[0] as string]: { x: 2, y: 2 } } });
    expect(await saved(one.workspace.id, 'force')).toEqual({ [one.ids[0] as string]: { x: 1, y: 1 } });
  });

  it('takes ids in upper case as the same speler and answers them in lower case', async () => {
    const { workspace, ids } = await workspaceWith(1);
    const id = ids[0] as string;
    const response = await put(workspace.id, 'force', { positions: { [id.toUpperCase()]: { x: 1, y: 2 } } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().positions).toEqual({ [id]: { x: 1, y: 2 } });
    expect(await saved(workspace.id, 'force')).toEqual({ [id]: { x: 1, y: 2 } });
  });

  it('deletes a speler’s positions with the speler, and a werkruimte’s with the werkruimte', async () => {
    const { workspace, ids } = await workspaceWith(2);
    const [a, b] = ids as [string, string];
    const both = { [a]: { x: 1, y: 1 }, [b]: { x: 2, y: 2 } };
    await put(workspace.id, 'force', { positions: both });
    await put(workspace.id, 'vijf_krachten', { positions: both });
    const deleted = await t.inject({
      method: 'DELETE',
      url: `/api/v1/workspaces/${workspace.id}/actors/${a}`,
    });
    expect(deleted.statusCode).toBe(204);
    expect(await saved(workspace.id, 'force')).toEqual({ [b]: { x: 2, y: 2 } });
    expect(await saved(workspace.id, 'vijf_krachten')).toEqual({ [b]: { x: 2, y: 2 } });

    const removed = await t.inject({ method: 'DELETE', url: `/api/v1/workspaces/${workspace.id}` });
    expect(removed.statusCode).toBe(204);
    expect((await t.inject({ url: url(workspace.id, 'force') })).statusCode).toBe(404);
    expect(await t.store.layouts.getPositions(workspace.id, 'force')).toEqual({});
    expect(await t.store.layouts.getPositions(workspace.id, 'vijf_krachten')).toEqual({});
  });

  it('refuses a speler of another werkruimte, or none at all, and writes nothing', async () => {
    const { workspace, ids } = await workspaceWith(2);
    const [a, b] = ids as [string, string];
    const stranger = (await workspaceWith(1)).ids[0] as string;
    const before = { [a]: { x: 1, y: 1 } };
    await put(workspace.id, 'force', { positions: before });

    const response = await put(workspace.id, 'force', {
      positions: { [b]: { x: 2, y: 2 }, [stranger]: { x: 3, y: 3 }, [NO_SUCH_ID]: { x: 4, y: 4 } },
    });
    expectRefused(response, `positions.${stranger}`, 'actor_not_in_workspace');
    expectRefused(response, `positions.${NO_SUCH_ID}`, 'actor_not_in_workspace');
    expect((response.json() as ProblemBody).invalidParams).toHaveLength(2);
    expect(await saved(workspace.id, 'force')).toEqual(before);

    // The same in a layout that had nothing saved.
    expectRefused(
      await put(workspace.id, 'vijf_krachten', { positions: { [stranger]: { x: 3, y: 3 } } }),
      `positions.${stranger}`,
      'actor_not_in_workspace',
    );
    expect(await saved(workspace.id, 'vijf_krachten')).toEqual({});
  });

  it('refuses missing, non-finite, out-of-range and ill-typed coordinates, and writes nothing', async () => {
    const { workspace, ids } = await workspaceWith(1);
    const id = ids[0] as string;
    const before = { [id]: { x: 1, y: 1 } };
    await put(workspace.id, 'force', { positions: before });
    const raw = (payload: string) =>
      t.inject({
        method: 'PUT',
        url: url(workspace.id, 'force'),
        headers: { 'content-type': 'application/json' },
        payload,
      });

    expectRefused(
      await put(workspace.id, 'force', { positions: { [id]: { y: 1 } } }),
      `positions.${id}.x`,
      'required',
    );
    // JSON has no Infinity, but 1e999 parses to it.
    expectRefused(
      await raw(`{"positions":{"${id}":{"x":1e999,"y":0}}}`),
      `positions.${id}.x`,
      'invalid_type',
    );
    expectRefused(
      await raw(`{"positions":{"${id}":{"x":0,"y":-1e999}}}`),
      `positions.${id}.y`,
      'invalid_type',
    );
    const notJson = await raw(`{"positions":{"${id}":{"x":NaN,"y":0}}}`);
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().code).toBe('invalid_json');
    expectRefused(
      await put(workspace.id, 'force', { positions: { [id]: { x: 1e9, y: 0 } } }),
      `positions.${id}.x`,
      'too_big',
    );
    expectRefused(
      await put(workspace.id, 'force', { positions: { [id]: { x: '1', y: 0 } } }),
      `positions.${id}.x`,
      'invalid_type',
    );
    expectRefused(
      await put(workspace.id, 'force', { positions: { [id]: { x: null, y: 0 } } }),
      `positions.${id}.x`,
      'invalid_type',
    );
    expectRefused(
      await put(workspace.id, 'force', { positions: { [id]: { x: 1, y: 1, z: 1 } } }),
      `positions.${id}.z`,
      'unknown_field',
    );
    expectRefused(
      await put(workspace.id, 'force', { positions: { 'speler-1': { x: 1, y: 1 } } }),
      'positions.speler-1',
      'invalid_value',
    );
    expectRefused(await put(workspace.id, 'force', { positions: [] }), 'positions', 'invalid_type');
    expectRefused(await put(workspace.id, 'force', {}), 'positions', 'required');
    expectRefused(
      await put(workspace.id, 'force', { positions: before, layout: 'force' }),
      'layout',
      'unknown_field',
    );
    expect(await saved(workspace.id, 'force')).toEqual(before);
  });

  it('refuses an unknown layout, naming `layout`, and an unknown werkruimte with 404', async () => {
    const { workspace, ids } = await workspaceWith(1);
    const positions = { [ids[0] as string]: { x: 1, y: 1 } };
    expectRefused(await t.inject({ url: url(workspace.id, 'cirkel') }), 'layout', 'invalid_enum');
    expectRefused(await put(workspace.id, 'cirkel', { positions }), 'layout', 'invalid_enum');
    expectRefused(await put(workspace.id, 'Force', { positions }), 'layout', 'invalid_enum');
    expect((await t.inject({ url: url(NO_SUCH_ID, 'force') })).statusCode).toBe(404);
    expect((await put(NO_SUCH_ID, 'force', { positions: {} })).statusCode).toBe(404);
  });

  it('refuses a body above 8 MiB with 413', async () => {
    const { workspace } = await workspaceWith(1);
    const response = await t.inject({
      method: 'PUT',
      url: url(workspace.id, 'force'),
      headers: { 'content-type': 'application/json' },
      payload: `{"positions":{},"padding":"${'x'.repeat(8 * 1024 * 1024)}"}`,
    });
    expect(response.statusCode).toBe(413);
  });

  it('lets two saves of one layout at once both land, one after the other', async () => {
    const { workspace, ids } = await workspaceWith(20);
    const first = Object.fromEntries(ids.map((id, i) => [id, { x: i, y: i }]));
    const second = Object.fromEntries(ids.slice(5).map((id, i) => [id, { x: -i - 1, y: -i - 1 }]));
    const responses = await Promise.all([
      put(workspace.id, 'force', { positions: first }),
      put(workspace.id, 'force', { positions: second }),
    ]);
    expect(responses.map((response) => response.statusCode)).toEqual([200, 200]);
    expect([first, second]).toContainEqual(await saved(workspace.id, 'force'));
  });

  // Last on purpose: after the small saves above, a stale cached foreign-key plan once made this quadratic.
  it('round-trips 20,000 positions', async () => {
    const workspace = await t.createWorkspace();
    const actors = Array.from({ length: 20_000 }, (_, i) => ({
      ...actorCreateSchema.parse({ name: `Speler ${i}`, force: 'bewoner', kind: 'persoon_in_rol' }),
      id: randomUUID(),
    }));
    await t.store.bulk.insertActors(workspace.id, actors);
    const positions = Object.fromEntries(
      actors.map((actor, i) => [
        actor.id,
        { x: Math.cos(i) * 5_000 * Math.random(), y: Math.sin(i) * 5_000 },
      ]),
    );
    const response = await put(workspace.id, 'force', { positions });
    expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
    expect(Object.keys(response.json().positions)).toHaveLength(20_000);
    expect(await saved(workspace.id, 'force')).toEqual(positions);
  });
});
