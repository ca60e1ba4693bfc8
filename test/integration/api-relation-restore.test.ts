/**
 * Restoring a deleted relatie (`POST …/relations/{id}/restore`) on every database backend: it comes back
 * whole under its id from its last deletion, the map shows it again, and it is refused — in the caller's
 * language, telling what to do — while one of its spelers is gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Relation, WorkspaceGraph } from '../../src/domain/index.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';

describe.each(BACKENDS)('restoring a relatie on %s', (backend) => {
  let t: TestApp;
  let workspaceId: string;
  let url: string;
  beforeAll(async () => {
    t = await buildTestApp(backend);
    workspaceId = (await t.createWorkspace()).id;
    url = `/api/v1/workspaces/${workspaceId}`;
  });
  afterAll(() => t.close());

  let made = 0;
  async function pair(): Promise<[string, string]> {
    made += 1;
    const a = await t.createActor(workspaceId, { name: `Buurtkamer ${made}` });
    const b = await t.createActor(workspaceId, { name: `Wijkteam ${made}` });
    return [a.id, b.id];
  }

  it('brings back every field of the relatie as it was last deleted, under the same id', async () => {
    const [a, b] = await pair();
    const created = await t.createRelation(workspaceId, a, b, {
      type: 'financiert',
      strength: 4,
      description: 'Subsidie voor de inloop',
      validFrom: '2025-01-01',
      validTo: '2026-12-31',
      sources: ['Jaarverslag 2025'],
    });
    const edited = await t.inject({
      method: 'PATCH',
      url: `${url}/relations/${created.id}`,
      payload: { version: 1, strength: 5 },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await t.inject({ method: 'DELETE', url: `${url}/relations/${created.id}` })).statusCode).toBe(
      204,
    );

    const response = await t.inject({ method: 'POST', url: `${url}/relations/${created.id}/restore` });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers.location).toBe(`${url}/relations/${created.id}`);
    const restored = response.json() as Relation;
    const { version: _v, updatedAt: _u, ...fields } = created;
    expect(restored).toEqual(expect.objectContaining({ ...fields, strength: 5 }));
    // One past the deleted version: a form still holding the old relatie gets a 409, not a silent overwrite.
    expect(restored.version).toBe(3);

    const read = await t.inject(`${url}/relations/${created.id}`);
    expect(read.json()).toEqual(restored);
    const graph = (await t.inject(`${url}/graph`)).json() as WorkspaceGraph;
    expect(graph.relations.map((r) => r.id)).toContain(created.id);
  });

  it('brings back what perspectives said about the relatie, with a speler and with the relatie alone', async () => {
    const [a, b] = await pair();
    const relation = await t.createRelation(workspaceId, a, b, { strength: 3 });
    const perspectives = (await t.inject(`${url}/perspectives?pageSize=100`)).json().items as {
      id: string;
      name: string;
    }[];
    const bewoners = perspectives.find((p) => p.name === 'Bewoners')?.id;
    const said = await t.inject({
      method: 'POST',
      url: `${url}/relations/${relation.id}/assessments`,
      payload: { perspectiveId: bewoners, present: false, note: 'Wij merken er niets van.' },
    });
    expect(said.statusCode, said.body).toBe(201);
    const assessments = async () => (await t.inject(`${url}/relations/${relation.id}/assessments`)).json();
    const before = await assessments();

    // The relatie alone: deleted, then its undo.
    await t.inject({ method: 'DELETE', url: `${url}/relations/${relation.id}` });
    const restored = await t.inject({ method: 'POST', url: `${url}/relations/${relation.id}/restore` });
    expect(restored.statusCode, restored.body).toBe(201);
    expect(await assessments()).toEqual(before);

    // With its speler: the speler's deletion takes the relatie along; its restore brings both back.
    expect((await t.inject({ method: 'DELETE', url: `${url}/actors/${a}` })).statusCode).toBe(204);
    const history = (await t.inject(`${url}/history?action=actor.delete&actorId=${a}`)).json().items as {
      id: number;
    }[];
    const back = await t.inject({ method: 'POST', url: `${url}/history/${history[0]?.id}/restore` });
    expect(back.statusCode, back.body).toBe(201);
    expect(await assessments()).toEqual(before);
  });

  it('restores the latest deletion after a relatie was deleted, restored, edited and deleted again', async () => {
    const [a, b] = await pair();
    const relation = await t.createRelation(workspaceId, a, b, { strength: 2 });
    await t.inject({ method: 'DELETE', url: `${url}/relations/${relation.id}` });
    const first = (
      await t.inject({ method: 'POST', url: `${url}/relations/${relation.id}/restore` })
    ).json() as Relation;
    await t.inject({
      method: 'PATCH',
      url: `${url}/relations/${relation.id}`,
      payload: { version: first.version, description: 'Na herstel gewijzigd' },
    });
    await t.inject({ method: 'DELETE', url: `${url}/relations/${relation.id}` });
    const second = await t.inject({ method: 'POST', url: `${url}/relations/${relation.id}/restore` });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ strength: 2, description: 'Na herstel gewijzigd' });

    const history = await t.inject(`${url}/history?actorId=${a}`);
    expect((history.json() as { items: { action: string }[] }).items.map((e) => e.action)).toEqual([
      'relation.restore',
      'relation.delete',
      'relation.update',
      'relation.restore',
      'relation.delete',
      'relation.create',
      'actor.create',
    ]);
  });

  it('refuses while a speler of the relatie is deleted, and says to restore that speler first', async () => {
    const [a, b] = await pair();
    const relation = await t.createRelation(workspaceId, a, b);
    await t.inject({ method: 'DELETE', url: `${url}/relations/${relation.id}` });
    await t.inject({ method: 'DELETE', url: `${url}/actors/${b}` });

    const restore = { method: 'POST' as const, url: `${url}/relations/${relation.id}/restore` };
    const dutch = await t.inject(restore);
    expect(dutch.statusCode).toBe(409);
    expect(dutch.json()).toMatchObject({ reason: 'relation_actor_missing' });
    expect(dutch.json().detail).toMatch(/Zet eerst die speler terug/);
    const english = await t.inject({ ...restore, headers: { 'accept-language': 'en' } });
    expect(english.json().detail).toMatch(/Restore that actor first/);

    // Once the speler is back (without this relatie: it was deleted before the speler), the relatie can follow.
    const deletion = await t.inject(`${url}/history?actorId=${b}&action=actor.delete&pageSize=1`);
    const eventId = (deletion.json() as { items: { id: number }[] }).items[0]?.id;
    const actorBack = await t.inject({ method: 'POST', url: `${url}/history/${eventId}/restore` });
    expect(actorBack.json().relations).toEqual([]);
    expect((await t.inject(restore)).statusCode).toBe(201);
  });

  it('refuses a relatie that exists, and one that was never deleted', async () => {
    const [a, b] = await pair();
    const relation = await t.createRelation(workspaceId, a, b);
    const exists = await t.inject({ method: 'POST', url: `${url}/relations/${relation.id}/restore` });
    expect(exists.statusCode).toBe(409);
    expect(exists.json()).toMatchObject({ reason: 'relation_exists' });
    const never = await t.inject({
      method: 'POST',
      url: `${url}/relations/00000000-0000-4000-8000-000000000000/restore`,
    });
    expect(never.statusCode).toBe(404);
  });
});
