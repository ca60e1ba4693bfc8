/** CRUD round trips through the HTTP API on every database backend. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, countRows, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';

describe.each(BACKENDS)('CRUD on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(backend);
  });
  afterAll(() => t.close());

  it('creates, reads, updates and deletes a werkruimte', async () => {
    const response = await t.inject({
      method: 'POST',
      url: '/api/v1/workspaces',
      payload: { name: '  Wijkaanpak Noord  ', gemeente: 'GM0599', wijken: ['Noord'], description: 'Proef' },
    });
    expect(response.statusCode).toBe(201);
    const workspace = response.json();
    expect(response.headers.location).toBe(`/api/v1/workspaces/${workspace.id}`);
    expect(workspace).toMatchObject({
      name: 'Wijkaanpak Noord',
      gemeente: 'GM0599',
      version: 1,
      description: 'Proef',
    });

    const read = await t.inject({ url: `/api/v1/workspaces/${workspace.id}` });
    expect(read.json()).toEqual(workspace);

    const patched = await t.inject({
      method: 'PATCH',
      url: `/api/v1/workspaces/${workspace.id}`,
      headers: { 'content-type': 'application/merge-patch+json' },
      payload: JSON.stringify({ version: 1, name: 'Wijkaanpak Noord 2026' }),
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ name: 'Wijkaanpak Noord 2026', version: 2, gemeente: 'GM0599' });

    const removed = await t.inject({ method: 'DELETE', url: `/api/v1/workspaces/${workspace.id}` });
    expect(removed.statusCode).toBe(204);
    expect(removed.body).toBe('');
    expect((await t.inject({ url: `/api/v1/workspaces/${workspace.id}` })).statusCode).toBe(404);
  });

  it('takes every speler and relatie with it when a werkruimte is deleted', async () => {
    const workspace = await t.createWorkspace();
    const a = await t.createActor(workspace.id, { name: 'Buurtkamer' });
    const b = await t.createActor(workspace.id, { name: 'Wijkteam' });
    await t.createRelation(workspace.id, a.id, b.id);
    const removed = await t.inject({ method: 'DELETE', url: `/api/v1/workspaces/${workspace.id}` });
    expect(removed.statusCode).toBe(204);
    expect(await t.store.actors.listAll(workspace.id)).toEqual([]);
    expect(await t.store.relations.listAll(workspace.id)).toEqual([]);
  });

  it('keeps every speler field through create, read and update', async () => {
    const workspace = await t.createWorkspace();
    const full = {
      name: 'Stichting Thuis in de Wijk',
      force: 'instelling',
      kind: 'organisatie',
      achtergrond: 'Opgericht in 1998.\nWerkt in drie wijken.',
      motieven: 'Zorg dichtbij.',
      kenmerken: 'Groot, veel vrijwilligers.',
      perspectief: 'Ziet de gemeente als opdrachtgever.',
      rol: 'Uitvoerder van de Wmo.',
      belangen: 'Continuïteit van contracten.',
      domains: ['wmo_ondersteuning', 'informele_zorg'],
      scale: 'gemeente',
      wijken: ['Noord'],
      tags: ['moeder:Zorggroep', 'wet:Wmo 2015'],
      website: 'https://example.org/thuis',
      sources: ['Jaarverslag 2025', 'https://example.org/jaarverslag'],
    };
    const actor = await t.createActor(workspace.id, full);
    expect(actor).toMatchObject({ ...full, workspaceId: workspace.id, version: 1 });

    const read = await t.inject({ url: `/api/v1/workspaces/${workspace.id}/actors/${actor.id}` });
    expect(read.json()).toEqual(actor);

    const patched = await t.inject({
      method: 'PATCH',
      url: `/api/v1/workspaces/${workspace.id}/actors/${actor.id}`,
      payload: { version: 1, motieven: 'Zorg dichtbij en betaalbaar.', scale: null, website: null },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      ...full,
      motieven: 'Zorg dichtbij en betaalbaar.',
      scale: null,
      website: null,
      version: 2,
    });
  });

  it('creates, updates and deletes a relatie, and deleting a speler deletes its relaties', async () => {
    const workspace = await t.createWorkspace();
    const a = await t.createActor(workspace.id, { name: 'Gemeente', force: 'gemeente', kind: 'organisatie' });
    const b = await t.createActor(workspace.id, {
      name: 'Buurtkamer Oost',
      force: 'bewoner',
      kind: 'initiatief',
    });
    const c = await t.createActor(workspace.id, { name: 'Wijkteam Oost' });
    const relation = await t.createRelation(workspace.id, a.id, b.id, {
      type: 'financiert',
      strength: 2,
      validFrom: '2024-01-01',
      validTo: '2025-12-31',
      description: 'Subsidie voor de huur.',
      sources: ['Subsidiebesluit 2024'],
    });
    expect(relation).toMatchObject({
      sourceId: a.id,
      targetId: b.id,
      type: 'financiert',
      strength: 2,
      version: 1,
    });
    await t.createRelation(workspace.id, c.id, b.id);
    await t.createRelation(workspace.id, a.id, c.id, { type: 'contracteert' });

    const patched = await t.inject({
      method: 'PATCH',
      url: `/api/v1/workspaces/${workspace.id}/relations/${relation.id}`,
      payload: { version: 1, strength: 4, validTo: null },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ strength: 4, validTo: null, validFrom: '2024-01-01', version: 2 });

    expect(await countRows(t.store, workspace.id)).toEqual({ actors: 3, relations: 3 });
    const deleted = await t.inject({
      method: 'DELETE',
      url: `/api/v1/workspaces/${workspace.id}/actors/${b.id}`,
    });
    expect(deleted.statusCode).toBe(204);
    expect(await countRows(t.store, workspace.id)).toEqual({ actors: 2, relations: 1 });

    const gone = await t.inject({ url: `/api/v1/workspaces/${workspace.id}/relations/${relation.id}` });
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['content-type']).toContain('application/problem+json');
  });

  it('lists spelers with filters, search, sorting and paging', async () => {
    const workspace = await t.createWorkspace();
    await t.createActor(workspace.id, {
      name: 'Schuldhulp Noord',
      force: 'instelling',
      domains: ['schulden'],
      wijken: ['Noord'],
    });
    await t.createActor(workspace.id, {
      name: 'Taalcafé Zuid',
      force: 'bewoner',
      kind: 'initiatief',
      domains: ['taal_onderwijs'],
      wijken: ['Zuid'],
    });
    await t.createActor(workspace.id, {
      name: 'Ministerie van SZW',
      force: 'rijk',
      kind: 'organisatie',
      domains: ['werk_inkomen', 'schulden'],
    });
    await t.createActor(workspace.id, {
      name: 'Wijkteam Zuid 50%',
      force: 'professional',
      wijken: ['Zuid'],
      tags: ['wijkteam'],
    });

    const list = async (query: string) => {
      const response = await t.inject({ url: `/api/v1/workspaces/${workspace.id}/actors?${query}` });
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as {
        items: { name: string }[];
        totalItems: number;
        totalPages: number;
        _links: Record<string, { href: string }>;
      };
    };
    const names = (page: { items: { name: string }[] }) => page.items.map((item) => item.name);

    expect(names(await list(''))).toEqual([
      'Ministerie van SZW',
      'Schuldhulp Noord',
      'Taalcafé Zuid',
      'Wijkteam Zuid 50%',
    ]);
    expect(names(await list('force=rijk,bewoner'))).toEqual(['Ministerie van SZW', 'Taalcafé Zuid']);
    expect(names(await list('force=rijk&force=bewoner'))).toEqual(['Ministerie van SZW', 'Taalcafé Zuid']);
    expect(names(await list('domain=schulden'))).toEqual(['Ministerie van SZW', 'Schuldhulp Noord']);
    expect(names(await list('wijk=Zuid'))).toEqual(['Taalcafé Zuid', 'Wijkteam Zuid 50%']);
    expect(names(await list('tag=wijkteam'))).toEqual(['Wijkteam Zuid 50%']);
    expect(names(await list('q=SCHULD'))).toEqual(['Schuldhulp Noord']);
    expect(names(await list(`q=${encodeURIComponent('50%')}`))).toEqual(['Wijkteam Zuid 50%']);
    expect(names(await list(`q=${encodeURIComponent('_')}`))).toEqual([]);
    expect(names(await list('sort=-name&pageSize=3'))).toEqual([
      'Wijkteam Zuid 50%',
      'Taalcafé Zuid',
      'Schuldhulp Noord',
    ]);

    const second = await list('pageSize=3&page=2&force=rijk,instelling,bewoner,professional');
    expect(names(second)).toEqual(['Wijkteam Zuid 50%']);
    expect(second.totalItems).toBe(4);
    expect(second.totalPages).toBe(2);
    expect(second._links.prev?.href).toContain('page=1');
    expect(second._links.prev?.href).toContain('force=rijk%2Cinstelling');
    expect(second._links.next).toBeUndefined();
  });

  it('lists relaties by type and by speler, and returns the whole map as a graph', async () => {
    const workspace = await t.createWorkspace();
    const a = await t.createActor(workspace.id, { name: 'A', force: 'gemeente' });
    const b = await t.createActor(workspace.id, { name: 'B', force: 'instelling' });
    const c = await t.createActor(workspace.id, { name: 'C', force: 'bewoner' });
    await t.createRelation(workspace.id, a.id, b.id, { type: 'financiert' });
    await t.createRelation(workspace.id, b.id, c.id, {
      type: 'spanning',
      description: 'Wachtlijst loopt op',
    });
    await t.createRelation(workspace.id, a.id, c.id, { type: 'informeert' });

    const byType = await t.inject({
      url: `/api/v1/workspaces/${workspace.id}/relations?type=spanning,financiert`,
    });
    expect(byType.json().totalItems).toBe(2);
    const byActor = await t.inject({
      url: `/api/v1/workspaces/${workspace.id}/relations?actorId=${c.id}`,
    });
    expect(byActor.json().totalItems).toBe(2);
    const byText = await t.inject({ url: `/api/v1/workspaces/${workspace.id}/relations?q=wachtlijst` });
    expect(byText.json().items.map((r: { type: string }) => r.type)).toEqual(['spanning']);

    const graph = await t.inject({ url: `/api/v1/workspaces/${workspace.id}/graph` });
    expect(graph.statusCode).toBe(200);
    const body = graph.json();
    expect(body.workspace.id).toBe(workspace.id);
    expect(body.actors).toHaveLength(3);
    expect(body.actors[0]).not.toHaveProperty('achtergrond');
    expect(body.relations).toHaveLength(3);
    expect(body.relations).toContainEqual(
      expect.objectContaining({ source: a.id, target: b.id, type: 'financiert', strength: 3 }),
    );
  });

  it('serves the gemeenten reference list', async () => {
    const response = await t.inject({ url: '/api/v1/gemeenten' });
    const { items } = response.json();
    // CBS's 342 and the fictitious one of the demo.
    expect(items).toHaveLength(343);
    expect(items).toContainEqual({
      code: 'GM0363',
      name: 'Amsterdam',
      provinceCode: 'PV27',
      provinceName: 'Noord-Holland',
      year: 2026,
    });
    expect(response.headers['api-version']).toBe('1.0.0');
  });
});
