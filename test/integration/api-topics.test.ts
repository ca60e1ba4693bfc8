/**
 * Vraagstukken and positions through the HTTP API on every database backend: create, read, list with
 * filters, update with the version and delete (its positions kept in the audit trail); positions added one
 * at a time or as a batch, the current one per speler and perspective versus the whole dated history, the
 * filters; and every refusal (a speler, perspective or vraagstuk of another werkruimte, a stance out of
 * range) naming the field in Dutch and English with nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Perspective, Topic, TopicPosition, Workspace } from '../../src/domain/index.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';

const API = '/api/v1';

interface Problem {
  code: string;
  detail?: string;
  invalidParams?: { name: string; code: string; reason: string }[];
}

describe.each(BACKENDS)('vraagstukken and positions on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(backend);
  });
  afterAll(() => t.close());

  const topicsUrl = (workspace: Workspace, rest = '') => `${API}/workspaces/${workspace.id}/topics${rest}`;
  const createTopic = async (workspace: Workspace, payload: Record<string, unknown>) => {
    const response = await t.inject({ method: 'POST', url: topicsUrl(workspace), payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Topic;
  };
  const perspectivesOf = async (workspace: Workspace) =>
    ((await t.inject(`${API}/workspaces/${workspace.id}/perspectives`)).json() as { items: Perspective[] })
      .items;
  const perspectiveNamed = async (workspace: Workspace, name: string) =>
    (await perspectivesOf(workspace)).find((item) => item.name === name) as Perspective;
  /** Everything a refused request could have changed. */
  const snapshot = async (workspace: Workspace) => {
    const topics = await t.store.topics.listAll(workspace.id);
    const positions = await Promise.all(
      topics.map((topic) => t.store.topics.allPositions(workspace.id, topic.id)),
    );
    return { topics, positions, events: await t.store.audit.countFor(workspace.id) };
  };

  /** A werkruimte with two spelers, a vraagstuk and the URL of its positions. */
  async function setting() {
    const workspace = await t.createWorkspace();
    const buurtkamer = await t.createActor(workspace.id, {
      name: 'Buurtkamer',
      force: 'bewoner',
      kind: 'initiatief',
    });
    const wmo = await t.createActor(workspace.id, { name: 'Gemeente – team Wmo', force: 'gemeente' });
    const topic = await createTopic(workspace, { name: 'Lokaal armoedebeleid' });
    const positions = topicsUrl(workspace, `/${topic.id}/positions`);
    return { workspace, buurtkamer, wmo, topic, positions };
  }

  it('creates, reads, lists, updates with the version and deletes a vraagstuk', async () => {
    const workspace = await t.createWorkspace();
    const response = await t.inject({
      method: 'POST',
      url: topicsUrl(workspace),
      payload: { name: ' Toegang tot het wijkteam ', description: 'Hoe komen bewoners binnen?' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const topic = response.json() as Topic;
    expect(response.headers.location).toBe(topicsUrl(workspace, `/${topic.id}`));
    expect(topic).toMatchObject({
      name: 'Toegang tot het wijkteam',
      description: 'Hoe komen bewoners binnen?',
      status: 'actief',
      version: 1,
    });
    expect((await t.inject(topicsUrl(workspace, `/${topic.id}`))).json()).toEqual(topic);
    const done = await createTopic(workspace, { name: 'Armoedebeleid 2024', status: 'afgerond' });

    const all = (await t.inject(topicsUrl(workspace))).json();
    expect(all).toMatchObject({ totalItems: 2 });
    expect(all.items.map((item: Topic) => item.name)).toEqual([
      'Armoedebeleid 2024',
      'Toegang tot het wijkteam',
    ]);
    expect((await t.inject(topicsUrl(workspace, '?status=afgerond'))).json().items).toEqual([done]);
    expect((await t.inject(topicsUrl(workspace, '?q=WIJKTEAM'))).json().items).toEqual([topic]);

    const patched = await t.inject({
      method: 'PATCH',
      url: topicsUrl(workspace, `/${topic.id}`),
      headers: { 'content-type': 'application/merge-patch+json' },
      payload: JSON.stringify({ version: 1, status: 'afgerond' }),
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ status: 'afgerond', version: 2, name: topic.name });
    const stale = await t.inject({
      method: 'PATCH',
      url: topicsUrl(workspace, `/${topic.id}`),
      payload: { version: 1, name: 'Te laat' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const badStatus = await t.inject({
      method: 'PATCH',
      url: topicsUrl(workspace, `/${topic.id}`),
      payload: { version: 2, status: 'bevroren' },
    });
    expect(badStatus.statusCode).toBe(400);
    expect((badStatus.json() as Problem).invalidParams?.[0]).toMatchObject({
      name: 'status',
      code: 'invalid_enum',
    });

    expect((await t.inject({ method: 'DELETE', url: topicsUrl(workspace, `/${topic.id}`) })).statusCode).toBe(
      204,
    );
    const gone = await t.inject(topicsUrl(workspace, `/${topic.id}`));
    expect(gone.statusCode).toBe(404);
    expect(gone.json().detail).toBe('Dit vraagstuk bestaat niet (meer).');
  });

  it('adds one position and a batch, and answers the current ones or the whole dated history', async () => {
    const { workspace, buurtkamer, wmo, topic, positions } = await setting();
    const gemeente = await perspectiveNamed(workspace, 'Gemeente');
    const bewoners = await perspectiveNamed(workspace, 'Bewoners');

    const one = await t.inject({
      method: 'POST',
      url: positions,
      payload: {
        actorId: buurtkamer.id,
        perspectiveId: gemeente.id,
        invloed: 1,
        belang: 4,
        standpunt: -1,
        beweging: 'van_onderop',
        reasoning: 'Klein, maar luid',
        assessedOn: '2026-01-10',
      },
    });
    expect(one.statusCode, one.body).toBe(201);
    expect(one.headers.location).toBe(positions);
    const first = one.json() as TopicPosition;
    expect(first).toMatchObject({
      topicId: topic.id,
      actorId: buurtkamer.id,
      perspectiveId: gemeente.id,
      invloed: 1,
      belang: 4,
      standpunt: -1,
      beweging: 'van_onderop',
      reasoning: 'Klein, maar luid',
      assessedOn: '2026-01-10',
      createdBy: t.admin.user.id,
    });

    const batch = await t.inject({
      method: 'POST',
      url: positions,
      payload: [
        // Later: the Gemeente now rates the Buurtkamer higher.
        {
          actorId: buurtkamer.id,
          perspectiveId: gemeente.id,
          invloed: 3,
          belang: 4,
          standpunt: 0,
          assessedOn: '2026-04-01',
        },
        // The residents see themselves as strong.
        {
          actorId: buurtkamer.id,
          perspectiveId: bewoners.id,
          invloed: 5,
          belang: 5,
          standpunt: 2,
          assessedOn: '2026-02-01',
        },
        // Without a date: today.
        {
          actorId: wmo.id,
          perspectiveId: gemeente.id,
          invloed: 5,
          belang: 3,
          standpunt: 1,
          beweging: 'van_boven',
        },
      ],
    });
    expect(batch.statusCode, batch.body).toBe(201);
    const added = batch.json() as TopicPosition[];
    expect(added).toHaveLength(3);
    const today = added.find((position) => position.actorId === wmo.id)?.assessedOn;
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Math.abs(Date.parse(today as string) - Date.now())).toBeLessThan(2 * 86_400_000);

    // Current (the default): the latest per speler × perspective, by speler name, then perspective name.
    const current = (await t.inject(positions)).json() as { items: TopicPosition[]; totalItems: number };
    expect(current.totalItems).toBe(3);
    expect(current.items.map((p) => [p.actorId, p.perspectiveId, p.invloed])).toEqual([
      [buurtkamer.id, bewoners.id, 5],
      [buurtkamer.id, gemeente.id, 3],
      [wmo.id, gemeente.id, 5],
    ]);
    expect((await t.inject(`${positions}?current=true`)).json().items).toEqual(current.items);

    // The history: every dated position, oldest first within a speler and perspective.
    const history = (await t.inject(`${positions}?current=false`)).json() as {
      items: TopicPosition[];
      totalItems: number;
    };
    expect(history.totalItems).toBe(4);
    expect(history.items.map((p) => [p.actorId, p.perspectiveId, p.assessedOn])).toEqual([
      [buurtkamer.id, bewoners.id, '2026-02-01'],
      [buurtkamer.id, gemeente.id, '2026-01-10'],
      [buurtkamer.id, gemeente.id, '2026-04-01'],
      [wmo.id, gemeente.id, today],
    ]);
    expect(history.items[1]).toEqual(first);

    // A position dated earlier than the current one is history, not the new current one.
    await t.inject({
      method: 'POST',
      url: positions,
      payload: {
        actorId: buurtkamer.id,
        perspectiveId: gemeente.id,
        invloed: 2,
        belang: 2,
        standpunt: -2,
        assessedOn: '2025-12-01',
      },
    });
    const afterLate = (
      await t.inject(`${positions}?actorId=${buurtkamer.id}&perspective=${gemeente.id}`)
    ).json();
    expect(afterLate.items.map((p: TopicPosition) => p.invloed)).toEqual([3]);
    // On one day, the one written last counts.
    await t.inject({
      method: 'POST',
      url: positions,
      payload: {
        actorId: buurtkamer.id,
        perspectiveId: gemeente.id,
        invloed: 4,
        belang: 4,
        standpunt: 0,
        assessedOn: '2026-04-01',
      },
    });
    const sameDay = (
      await t.inject(`${positions}?actorId=${buurtkamer.id}&perspective=${gemeente.id}`)
    ).json();
    expect(sameDay.items.map((p: TopicPosition) => p.invloed)).toEqual([4]);

    // Filters: one or more perspectives (comma-separated or repeated), one speler, with paging.
    const bothWays = [
      `${positions}?perspective=${gemeente.id},${bewoners.id}`,
      `${positions}?perspective=${gemeente.id}&perspective=${bewoners.id}`,
    ];
    for (const url of bothWays) expect((await t.inject(url)).json()).toMatchObject({ totalItems: 3 });
    const onlyResidents = (await t.inject(`${positions}?perspective=${bewoners.id}`)).json();
    expect(onlyResidents.items.map((p: TopicPosition) => p.perspectiveId)).toEqual([bewoners.id]);
    const wmoHistory = (await t.inject(`${positions}?current=false&actorId=${wmo.id}`)).json();
    expect(wmoHistory).toMatchObject({ totalItems: 1 });
    const paged = (await t.inject(`${positions}?current=false&pageSize=2&page=3`)).json();
    expect(paged).toMatchObject({ totalItems: 6, totalPages: 3, page: 3 });
    expect(paged.items).toHaveLength(2);
    const badCurrent = await t.inject(`${positions}?current=soms`);
    expect(badCurrent.statusCode).toBe(400);
    expect((badCurrent.json() as Problem).invalidParams?.[0]).toMatchObject({ name: 'current' });

    // One event per request, the batch's listing all three.
    const events = (
      await t.inject(`${API}/workspaces/${workspace.id}/history?action=position.create`)
    ).json();
    expect(events.totalItems).toBe(4);
    const batchEvent = events.items.find(
      (event: { after: { positions: unknown[] } }) => event.after.positions.length === 3,
    );
    expect(batchEvent).toMatchObject({
      entityType: 'topic',
      entityId: topic.id,
      before: null,
      after: { topic: { id: topic.id, name: topic.name } },
    });
    const ofWmo = (await t.inject(`${API}/workspaces/${workspace.id}/history?actorId=${wmo.id}`)).json();
    expect(ofWmo.items[0]).toMatchObject({ action: 'position.create' });
  });

  it('refuses a stance, invloed or belang out of range, naming the field, in Dutch and English', async () => {
    const { workspace, buurtkamer, positions } = await setting();
    const gemeente = await perspectiveNamed(workspace, 'Gemeente');
    const before = await snapshot(workspace);
    const base = { actorId: buurtkamer.id, perspectiveId: gemeente.id, invloed: 3, belang: 3, standpunt: 0 };
    const dutch = await t.inject({ method: 'POST', url: positions, payload: { ...base, standpunt: 3 } });
    expect(dutch.statusCode).toBe(400);
    expect((dutch.json() as Problem).invalidParams).toEqual([
      { name: 'standpunt', code: 'too_big', reason: 'De waarde mag hoogstens 2 zijn.', maximum: 2 },
    ]);
    const english = await t.inject({
      method: 'POST',
      url: positions,
      headers: { 'accept-language': 'en' },
      payload: { ...base, standpunt: -3 },
    });
    expect((english.json() as Problem).invalidParams?.[0]).toMatchObject({
      name: 'standpunt',
      code: 'too_small',
    });
    expect((english.json() as Problem).invalidParams?.[0]?.reason).toMatch(/-2/);
    const batch = await t.inject({
      method: 'POST',
      url: positions,
      payload: [base, { ...base, invloed: 0, belang: 6, beweging: 'zijwaarts', assessedOn: '2026-02-30' }],
    });
    expect(batch.statusCode).toBe(400);
    expect(((batch.json() as Problem).invalidParams ?? []).map((p) => [p.name, p.code]).sort()).toEqual([
      ['1.assessedOn', 'date_format'],
      ['1.belang', 'too_big'],
      ['1.beweging', 'invalid_enum'],
      ['1.invloed', 'too_small'],
    ]);
    const empty = await t.inject({ method: 'POST', url: positions, payload: [] });
    expect(empty.statusCode).toBe(400);
    expect(await snapshot(workspace)).toEqual(before);
  });

  it('refuses a speler, perspective or vraagstuk of another werkruimte (or none), writing nothing', async () => {
    const { workspace, buurtkamer, positions } = await setting();
    const other = await setting();
    const gemeente = await perspectiveNamed(workspace, 'Gemeente');
    const foreignPerspective = await perspectiveNamed(other.workspace, 'Gemeente');
    const before = await snapshot(workspace);
    const otherBefore = await snapshot(other.workspace);
    const base = { actorId: buurtkamer.id, perspectiveId: gemeente.id, invloed: 3, belang: 3, standpunt: 0 };

    const foreignActor = await t.inject({
      method: 'POST',
      url: positions,
      payload: { ...base, actorId: other.buurtkamer.id },
    });
    expect(foreignActor.statusCode).toBe(400);
    expect((foreignActor.json() as Problem).invalidParams).toEqual([
      {
        name: 'actorId',
        code: 'actor_not_in_workspace',
        reason: 'Deze speler bestaat niet in deze werkruimte.',
      },
    ]);
    const wrongPerspective = await t.inject({
      method: 'POST',
      url: positions,
      headers: { 'accept-language': 'en' },
      payload: { ...base, perspectiveId: foreignPerspective.id },
    });
    expect(wrongPerspective.statusCode).toBe(400);
    expect((wrongPerspective.json() as Problem).invalidParams).toEqual([
      {
        name: 'perspectiveId',
        code: 'perspective_not_in_workspace',
        reason: expect.stringMatching(/perspective/i),
      },
    ]);
    // In a batch each refusal names its place, and the good positions are not written either.
    const batch = await t.inject({
      method: 'POST',
      url: positions,
      payload: [
        base,
        { ...base, actorId: '00000000-0000-4000-8000-000000000000' },
        { ...base, perspectiveId: foreignPerspective.id },
      ],
    });
    expect(batch.statusCode).toBe(400);
    expect(((batch.json() as Problem).invalidParams ?? []).map((p) => [p.name, p.code])).toEqual([
      ['1.actorId', 'actor_not_in_workspace'],
      ['2.perspectiveId', 'perspective_not_in_workspace'],
    ]);
    // Another werkruimte's vraagstuk, through this werkruimte: not found, for reading and for writing.
    const foreignTopic = topicsUrl(workspace, `/${other.topic.id}/positions`);
    const write = await t.inject({ method: 'POST', url: foreignTopic, payload: base });
    expect(write.statusCode).toBe(404);
    expect(write.json().detail).toBe('Dit vraagstuk bestaat niet (meer).');
    expect((await t.inject(foreignTopic)).statusCode).toBe(404);
    expect((await t.inject(topicsUrl(workspace, `/${other.topic.id}`))).statusCode).toBe(404);
    const patch = await t.inject({
      method: 'PATCH',
      url: topicsUrl(workspace, `/${other.topic.id}`),
      payload: { version: 1, name: 'Overgenomen' },
    });
    expect(patch.statusCode).toBe(404);
    expect(
      (await t.inject({ method: 'DELETE', url: topicsUrl(workspace, `/${other.topic.id}`) })).statusCode,
    ).toBe(404);
    const missing = await t.inject({
      method: 'POST',
      url: topicsUrl(workspace, '/not-an-id/positions'),
      payload: base,
    });
    expect(missing.statusCode).toBe(400);
    expect((missing.json() as Problem).invalidParams?.[0]).toMatchObject({
      name: 'topicId',
      code: 'uuid_format',
    });

    expect(await snapshot(workspace)).toEqual(before);
    expect(await snapshot(other.workspace)).toEqual(otherBefore);
    expect((await t.inject(topicsUrl(workspace))).json().items.map((item: Topic) => item.id)).toEqual([
      (await t.store.topics.listAll(workspace.id))[0]?.id,
    ]);
  });

  it('keeps a deleted speler’s positions in its event and puts them back when the speler is restored', async () => {
    const { workspace, buurtkamer, topic, positions } = await setting();
    const gemeente = await perspectiveNamed(workspace, 'Gemeente');
    const added = (
      await t.inject({
        method: 'POST',
        url: positions,
        payload: [
          {
            actorId: buurtkamer.id,
            perspectiveId: gemeente.id,
            invloed: 1,
            belang: 2,
            standpunt: 0,
            assessedOn: '2026-01-01',
          },
          {
            actorId: buurtkamer.id,
            perspectiveId: gemeente.id,
            invloed: 4,
            belang: 2,
            standpunt: 1,
            assessedOn: '2026-02-01',
          },
        ],
      })
    ).json() as TopicPosition[];
    const history = `${API}/workspaces/${workspace.id}/history`;
    expect(
      (await t.inject({ method: 'DELETE', url: `${API}/workspaces/${workspace.id}/actors/${buurtkamer.id}` }))
        .statusCode,
    ).toBe(204);
    expect((await t.inject(`${positions}?current=false`)).json()).toMatchObject({ totalItems: 0 });
    const deletion = (await t.inject(`${history}?action=actor.delete`)).json().items[0];
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...deletion.before.positions].sort(byId)).toEqual([...added].sort(byId));

    const restored = await t.inject({ method: 'POST', url: `${history}/${deletion.id}/restore` });
    expect(restored.statusCode, restored.body).toBe(201);
    const back = (await t.inject(`${positions}?current=false`)).json() as { items: TopicPosition[] };
    expect([...back.items].sort(byId)).toEqual([...added].sort(byId));
    const restoreEvent = (await t.inject(`${history}?action=actor.restore`)).json().items[0];
    expect(restoreEvent.after.positions).toHaveLength(2);
    expect(topic.id).toBe(added[0]?.topicId);
  });

  it('deletes a vraagstuk with its positions, which the audit trail keeps', async () => {
    const { workspace, buurtkamer, wmo, topic, positions } = await setting();
    const gemeente = await perspectiveNamed(workspace, 'Gemeente');
    const base = { perspectiveId: gemeente.id, invloed: 3, belang: 3, standpunt: 0 };
    const added = (
      await t.inject({
        method: 'POST',
        url: positions,
        payload: [
          { ...base, actorId: buurtkamer.id },
          { ...base, actorId: wmo.id },
        ],
      })
    ).json() as TopicPosition[];
    expect((await t.inject({ method: 'DELETE', url: topicsUrl(workspace, `/${topic.id}`) })).statusCode).toBe(
      204,
    );
    expect(await t.store.topics.allPositions(workspace.id, topic.id)).toEqual([]);
    const [event] = (
      await t.store.audit.list(workspace.id, { action: 'topic.delete' }, { page: 1, pageSize: 1 })
    ).items;
    const kept = event?.before as { topic: Topic; positions: TopicPosition[] };
    expect(kept.topic).toEqual(topic);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...kept.positions].sort(byId)).toEqual([...added].sort(byId));
    // A speler deleted later takes its positions along (they name a speler that is gone).
    const again = await createTopic(workspace, { name: 'Nog een' });
    const againUrl = topicsUrl(workspace, `/${again.id}/positions`);
    await t.inject({ method: 'POST', url: againUrl, payload: { ...base, actorId: wmo.id } });
    await t.inject({ method: 'DELETE', url: `${API}/workspaces/${workspace.id}/actors/${wmo.id}` });
    expect((await t.inject(`${againUrl}?current=false`)).json()).toMatchObject({ totalItems: 0 });
    const actors = (await t.inject(`${API}/workspaces/${workspace.id}/actors`)).json().items as Actor[];
    expect(actors.map((actor) => actor.id)).toEqual([buurtkamer.id]);
  });
});
