/**
 * Perspectives through the HTTP API on every database backend: a new werkruimte's defaults, create, read,
 * update with its version and delete; the refusals (a name taken in any case, the editors' perspective,
 * a perspective that still holds claims) with their reasons in Dutch and English and nothing written;
 * deleting with its claims, kept in the audit trail; and werkruimtes that cannot reach each other's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PERSPECTIVES, type Perspective, type Workspace } from '../../src/domain/index.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';

const API = '/api/v1';

describe.each(BACKENDS)('perspectives on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(backend);
  });
  afterAll(() => t.close());

  const url = (workspace: Workspace, rest = '') => `${API}/workspaces/${workspace.id}/perspectives${rest}`;
  const list = async (workspace: Workspace) =>
    ((await t.inject(url(workspace))).json() as { items: Perspective[] }).items;
  const create = async (workspace: Workspace, payload: Record<string, unknown>) => {
    const response = await t.inject({ method: 'POST', url: url(workspace), payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Perspective;
  };
  /** Everything a refused request could have changed. */
  const snapshot = async (workspace: Workspace) => ({
    perspectives: await t.store.perspectives.listAll(workspace.id),
    events: await t.store.audit.countFor(workspace.id),
  });

  it('gives a new werkruimte the editors’ perspective and one per kracht, the editors’ first', async () => {
    const workspace = await t.createWorkspace();
    const items = await list(workspace);
    expect(items).toHaveLength(DEFAULT_PERSPECTIVES.length);
    expect(items[0]).toMatchObject({ name: 'Redactie', editors: true, force: null, version: 1 });
    expect(items.filter((item) => item.editors)).toHaveLength(1);
    expect(items.map((item) => item.force).sort()).toEqual(
      DEFAULT_PERSPECTIVES.map((item) => item.force).sort(),
    );
  });

  it('creates, reads, updates with the version and deletes a perspective', async () => {
    const workspace = await t.createWorkspace();
    const response = await t.inject({
      method: 'POST',
      url: url(workspace),
      payload: { name: '  Wijkteam Noord ', force: 'professional', description: 'De generalisten' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json() as Perspective;
    expect(response.headers.location).toBe(url(workspace, `/${created.id}`));
    expect(created).toMatchObject({
      name: 'Wijkteam Noord',
      force: 'professional',
      description: 'De generalisten',
      editors: false,
      version: 1,
    });
    expect((await t.inject(url(workspace, `/${created.id}`))).json()).toEqual(created);

    const patched = await t.inject({
      method: 'PATCH',
      url: url(workspace, `/${created.id}`),
      payload: { version: 1, name: 'Wijkteam Noord-Oost', force: null },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ name: 'Wijkteam Noord-Oost', force: null, version: 2 });

    const stale = await t.inject({
      method: 'PATCH',
      url: url(workspace, `/${created.id}`),
      payload: { version: 1, name: 'Te laat' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    expect(stale.json().detail).toContain('Dit perspectief is gewijzigd sinds u het opende');

    const removed = await t.inject({ method: 'DELETE', url: url(workspace, `/${created.id}`) });
    expect(removed.statusCode).toBe(204);
    const gone = await t.inject(url(workspace, `/${created.id}`));
    expect(gone.statusCode).toBe(404);
    expect(gone.json().detail).toBe('Dit perspectief bestaat niet (meer).');
    const actions = (
      (await t.inject(`${API}/workspaces/${workspace.id}/history`)).json() as { items: { action: string }[] }
    ).items.map((event) => event.action);
    expect(actions.slice(0, 3)).toEqual(['perspective.delete', 'perspective.update', 'perspective.create']);
  });

  it('refuses a name another perspective has, whatever its case, and writes nothing', async () => {
    const workspace = await t.createWorkspace();
    const own = await create(workspace, { name: 'Wijkteam Zuid' });
    const before = await snapshot(workspace);
    for (const name of ['bewoners', 'WIJKTEAM ZUID']) {
      const response = await t.inject({ method: 'POST', url: url(workspace), payload: { name } });
      expect(response.statusCode, response.body).toBe(409);
      expect(response.json()).toMatchObject({ code: 'conflict', reason: 'perspective_name_taken' });
      expect(response.json().detail).toContain('al een perspectief met deze naam');
    }
    const rename = await t.inject({
      method: 'PATCH',
      url: url(workspace, `/${own.id}`),
      headers: { 'accept-language': 'en' },
      payload: { version: 1, name: 'Redactie' },
    });
    expect(rename.statusCode).toBe(409);
    expect(rename.json()).toMatchObject({ reason: 'perspective_name_taken' });
    expect(rename.json().detail).toContain('already has a perspective with this name');
    expect(await snapshot(workspace)).toEqual(before);
    // Its own name in another case is no conflict.
    const recased = await t.inject({
      method: 'PATCH',
      url: url(workspace, `/${own.id}`),
      payload: { version: 1, name: 'wijkteam zuid' },
    });
    expect(recased.statusCode, recased.body).toBe(200);
  });

  it('refuses bad input naming the field', async () => {
    const workspace = await t.createWorkspace();
    const before = await snapshot(workspace);
    const response = await t.inject({
      method: 'POST',
      url: url(workspace),
      payload: { name: '', force: 'koning', editors: true },
    });
    expect(response.statusCode).toBe(400);
    const params = (response.json() as { invalidParams: { name: string; code: string }[] }).invalidParams;
    expect(params.map((param) => [param.name, param.code]).sort()).toEqual([
      ['editors', 'unknown_field'],
      ['force', 'invalid_enum'],
      ['name', 'required'],
    ]);
    expect(await snapshot(workspace)).toEqual(before);
  });

  it('keeps the editors’ perspective: it cannot be deleted, and stays the only one', async () => {
    const workspace = await t.createWorkspace();
    const editors = (await list(workspace)).find((item) => item.editors) as Perspective;
    const before = await snapshot(workspace);
    for (const language of ['nl', 'en']) {
      const response = await t.inject({
        method: 'DELETE',
        url: url(workspace, `/${editors.id}?withClaims=true`),
        headers: { 'accept-language': language },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'conflict', reason: 'editors_perspective' });
      expect(response.json().detail).toContain(
        language === 'nl' ? 'kunt u niet verwijderen' : 'cannot be deleted',
      );
    }
    expect(await snapshot(workspace)).toEqual(before);
    // Renaming it is allowed; it stays the editors' perspective.
    const renamed = await t.inject({
      method: 'PATCH',
      url: url(workspace, `/${editors.id}`),
      payload: { version: 1, name: 'Kernteam' },
    });
    expect(renamed.json()).toMatchObject({ name: 'Kernteam', editors: true });
  });

  it('refuses to delete a perspective with claims, saying how many, unless withClaims=true', async () => {
    const workspace = await t.createWorkspace();
    const perspective = await create(workspace, { name: 'Bewoners Indische Buurt', force: 'bewoner' });
    const [a, b] = [
      await t.createActor(workspace.id, { name: 'Buurtkamer', force: 'bewoner', kind: 'initiatief' }),
      await t.createActor(workspace.id, { name: 'Gemeente', force: 'gemeente', kind: 'organisatie' }),
    ];
    const topic = await t.inject({
      method: 'POST',
      url: `${API}/workspaces/${workspace.id}/topics`,
      payload: { name: 'Armoedebeleid' },
    });
    const positionsUrl = `${API}/workspaces/${workspace.id}/topics/${topic.json().id}/positions`;
    const position = { perspectiveId: perspective.id, invloed: 2, belang: 5, standpunt: 1 };
    const added = await t.inject({
      method: 'POST',
      url: positionsUrl,
      payload: [
        { ...position, actorId: a.id, assessedOn: '2026-01-05' },
        { ...position, actorId: a.id, assessedOn: '2026-03-01', standpunt: 2 },
        { ...position, actorId: b.id },
      ],
    });
    expect(added.statusCode, added.body).toBe(201);

    const before = await snapshot(workspace);
    for (const [language, expected] of [
      ['nl', 'Dit perspectief heeft nog 3 posities op vraagstukken. Die gaan mee als u het verwijdert.'],
      ['en', 'This perspective still holds 3 positions on topics. Deleting it deletes those too'],
    ] as const) {
      for (const query of ['', '?withClaims=false']) {
        const refused = await t.inject({
          method: 'DELETE',
          url: url(workspace, `/${perspective.id}${query}`),
          headers: { 'accept-language': language },
        });
        expect(refused.statusCode).toBe(409);
        expect(refused.json()).toMatchObject({
          code: 'conflict',
          reason: 'perspective_has_claims',
          claims: { assessments: 0, positions: 3 },
        });
        expect(refused.json().detail).toContain(expected);
        expect(refused.json().detail).toContain('withClaims=true');
      }
    }
    expect(await snapshot(workspace)).toEqual(before);
    const badFlag = await t.inject({
      method: 'DELETE',
      url: url(workspace, `/${perspective.id}?withClaims=ja`),
    });
    expect(badFlag.statusCode).toBe(400);
    expect(badFlag.json().invalidParams[0]).toMatchObject({ name: 'withClaims', code: 'invalid_enum' });

    const removed = await t.inject({
      method: 'DELETE',
      url: url(workspace, `/${perspective.id}?withClaims=true`),
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await t.inject(`${positionsUrl}?current=false`)).json()).toMatchObject({ totalItems: 0 });
    const [event] = (
      await t.store.audit.list(workspace.id, { action: 'perspective.delete' }, { page: 1, pageSize: 1 })
    ).items;
    const kept = event?.before as { perspective: Perspective; assessments: unknown[]; positions: unknown[] };
    expect(kept.perspective).toEqual(perspective);
    expect(kept.assessments).toEqual([]);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...(kept.positions as { id: string }[])].sort(byId)).toEqual(
      (added.json() as { id: string }[]).sort(byId),
    );
    // The spelers whose positions went find the event in their own history.
    const ofA = (await t.inject(`${API}/workspaces/${workspace.id}/history?actorId=${a.id}`)).json();
    expect(ofA.items[0]).toMatchObject({ action: 'perspective.delete', entityId: perspective.id });
  });

  it('keeps werkruimtes apart: another werkruimte’s perspective is not found, its names are free', async () => {
    const [mine, theirs] = [await t.createWorkspace(), await t.createWorkspace({ name: 'Andere gemeente' })];
    const foreign = await create(theirs, { name: 'Alleen daar' });
    const before = await snapshot(theirs);
    expect((await t.inject(url(mine, `/${foreign.id}`))).statusCode).toBe(404);
    const patch = await t.inject({
      method: 'PATCH',
      url: url(mine, `/${foreign.id}`),
      payload: { version: 1, name: 'Overgenomen' },
    });
    expect(patch.statusCode).toBe(404);
    expect((await t.inject({ method: 'DELETE', url: url(mine, `/${foreign.id}`) })).statusCode).toBe(404);
    expect(await snapshot(theirs)).toEqual(before);
    expect((await list(mine)).map((item) => item.id)).not.toContain(foreign.id);
    await create(mine, { name: 'Alleen daar' });
  });
});
