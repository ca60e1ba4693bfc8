/**
 * Momentopnames through the HTTP API on every database backend: taking one keeps the whole werkruimte as it
 * was (spelers, relaties, perspectives, assessments, vraagstukken, positions, layout), later changes do
 * not reach it, the database refuses to change it, a list never carries the contents, its backup restores
 * as a new werkruimte that holds exactly what the snapshot held, only an eigenaar deletes one (recorded in
 * the history), and a snapshot of another werkruimte is not found.
 */

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Snapshot, Workspace } from '../../src/domain/index.ts';
import type { Backup } from '../../src/formats/index.ts';
import { createStore, type Database, openDatabase } from '../../src/store/index.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS, pgliteTemplate } from '../helpers/test-database.ts';
import { join, newMeeting, newSurvey } from '../security/support.ts';

const API = '/api/v1';

/** A backup without what differs between two werkruimtes holding the same: ids and the time of export. */
function contentOf(document: Backup) {
  const actorName = new Map(document.actors.map((actor) => [actor.id, actor.name]));
  const relationLabel = new Map(
    document.relations.map((relation) => [
      relation.id,
      `${actorName.get(relation.sourceId)}→${actorName.get(relation.targetId)}:${relation.type}`,
    ]),
  );
  const perspectiveName = new Map(
    document.perspectives.map((perspective) => [perspective.id, perspective.name]),
  );
  const topicName = new Map(document.topics.map((topic) => [topic.id, topic.name]));
  const byName = <T extends { name: string }>(items: T[]) =>
    [...items].sort((a, b) => a.name.localeCompare(b.name));
  return {
    workspace: document.workspace,
    actors: byName(document.actors.map(({ id: _id, ...actor }) => actor)),
    relations: document.relations
      .map(({ id, sourceId: _s, targetId: _t, ...relation }) => ({
        ...relation,
        label: relationLabel.get(id),
      }))
      .sort((a, b) => String(a.label).localeCompare(String(b.label))),
    perspectives: byName(document.perspectives.map(({ id: _id, ...perspective }) => perspective)),
    assessments: document.assessments
      .map(({ id: _id, relationId, perspectiveId, createdAt: _c, updatedAt: _u, ...assessment }) => ({
        ...assessment,
        relation: relationLabel.get(relationId),
        perspective: perspectiveName.get(perspectiveId),
      }))
      .sort((a, b) => `${a.relation}${a.perspective}`.localeCompare(`${b.relation}${b.perspective}`)),
    topics: byName(document.topics.map(({ id: _id, ...topic }) => topic)),
    positions: document.positions
      .map(({ id: _id, topicId, actorId, perspectiveId, createdAt: _c, ...position }) => ({
        ...position,
        topic: topicName.get(topicId),
        actor: actorName.get(actorId),
        perspective: perspectiveId ? perspectiveName.get(perspectiveId) : null,
      }))
      .sort((a, b) =>
        `${a.actor}${a.topic}${a.assessedOn}`.localeCompare(`${b.actor}${b.topic}${b.assessedOn}`),
      ),
    layouts: Object.fromEntries(
      Object.entries(document.layouts).map(([layout, positions]) => [
        layout,
        Object.fromEntries(
          Object.entries(positions ?? {}).map(([actorId, point]) => [actorName.get(actorId), point]),
        ),
      ]),
    ),
  };
}

describe.each(BACKENDS)('momentopnames on %s', (backend) => {
  let t: TestApp;
  let workspace: Workspace;
  let wijkteam: Actor;
  let ggd: Actor;
  const url = (rest = '') => `${API}/workspaces/${workspace.id}/snapshots${rest}`;

  beforeAll(async () => {
    t = await buildTestApp(backend);
    workspace = await t.createWorkspace({ name: 'Wijk Noord', wijken: ['Noord'] });
    wijkteam = await t.createActor(workspace.id, { name: 'Wijkteam Noord', domains: ['gezondheid'] });
    ggd = await t.createActor(workspace.id, { name: 'GGD', force: 'instelling', kind: 'organisatie' });
    const relation = await t.createRelation(workspace.id, wijkteam.id, ggd.id, { strength: 4 });
    const perspective = (
      await t.inject({
        method: 'POST',
        url: `${API}/workspaces/${workspace.id}/perspectives`,
        payload: { name: 'Bewonersraad', force: 'bewoner' },
      })
    ).json();
    const assessed = await t.inject({
      method: 'POST',
      url: `${API}/workspaces/${workspace.id}/relations/${relation.id}/assessments`,
      payload: { perspectiveId: perspective.id, present: true, strength: 2 },
    });
    expect(assessed.statusCode, assessed.body).toBe(201);
    const topic = (
      await t.inject({
        method: 'POST',
        url: `${API}/workspaces/${workspace.id}/topics`,
        payload: { name: 'Eenzaamheid' },
      })
    ).json();
    const placed = await t.inject({
      method: 'POST',
      url: `${API}/workspaces/${workspace.id}/topics/${topic.id}/positions`,
      payload: {
        actorId: ggd.id,
        perspectiveId: perspective.id,
        invloed: 4,
        belang: 3,
        standpunt: 1,
        assessedOn: '2026-03-01',
      },
    });
    expect(placed.statusCode, placed.body).toBe(201);
    const saved = await t.inject({
      method: 'PUT',
      url: `${API}/workspaces/${workspace.id}/layouts/force`,
      payload: { positions: { [wijkteam.id]: { x: 1, y: 2 }, [ggd.id]: { x: 3, y: 4 } } },
    });
    expect(saved.statusCode, saved.body).toBeLessThan(300);
  });
  afterAll(() => t.close());

  async function exported(workspaceId: string): Promise<Backup> {
    const response = await t.inject(`${API}/workspaces/${workspaceId}/export?format=json`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  let first: Snapshot;
  let before: Backup;

  it('keeps the whole werkruimte as it is, and lists it without its contents', async () => {
    before = await exported(workspace.id);
    const taken = await t.inject({ method: 'POST', url: url(), payload: { name: 'Nulmeting 2026' } });
    expect(taken.statusCode, taken.body).toBe(201);
    first = taken.json();
    expect(first).toMatchObject({
      name: 'Nulmeting 2026',
      reason: 'manual',
      workspaceId: workspace.id,
      counts: {
        actors: 2,
        relations: 1,
        perspectives: before.perspectives.length,
        assessments: 1,
        topics: 1,
        positions: 1,
      },
    });
    expect(first.bytes).toBeGreaterThan(0);

    const listed = await t.inject(url());
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toEqual([first]);
    expect(listed.body).not.toContain('Wijkteam Noord');
    expect((await t.inject(url(`/${first.id}`))).json()).toEqual(first);
  });

  it('does not change when the werkruimte does', async () => {
    await t.inject({
      method: 'PATCH',
      url: `${API}/workspaces/${workspace.id}/actors/${wijkteam.id}`,
      payload: { version: wijkteam.version, name: 'Wijkteam Noord-Oost' },
    });
    await t.createActor(workspace.id, { name: 'Buurthuis' });

    const download = await t.inject(url(`/${first.id}/backup`));
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(
      /attachment; filename=".*nulmeting-2026.*\.json"/,
    );
    const document = download.json() as Backup;
    expect(contentOf(document)).toEqual(contentOf(before));
  });

  it('shows its map as it was: spelers with their profiles, relaties as the map has them, the saved places', async () => {
    const view = await t.inject(url(`/${first.id}/graph`));
    expect(view.statusCode, view.body).toBe(200);
    const answer = view.json();
    expect(answer.snapshot).toEqual(first);
    expect(answer.workspace).toMatchObject({ id: workspace.id, name: 'Wijk Noord', wijken: ['Noord'] });
    // The speler renamed and the one added since are not in it; the map now has both changes.
    expect(answer.actors.map((actor: Actor) => actor.name).sort()).toEqual(['GGD', 'Wijkteam Noord']);
    expect(answer.actors.find((actor: Actor) => actor.id === ggd.id)).toMatchObject({
      force: 'instelling',
      rol: '',
    });
    expect(answer.relations).toEqual([
      expect.objectContaining({ source: wijkteam.id, target: ggd.id, strength: 4, validFrom: null }),
    ]);
    expect(answer.layouts).toEqual({
      force: { [wijkteam.id]: { x: 1, y: 2 }, [ggd.id]: { x: 3, y: 4 } },
    });
    const live = (await t.inject(`${API}/workspaces/${workspace.id}/graph`)).json();
    expect(live.actors.map((actor: Actor) => actor.name).sort()).toEqual([
      'Buurthuis',
      'GGD',
      'Wijkteam Noord-Oost',
    ]);
  });

  it('restores its backup as a new werkruimte that holds exactly what the snapshot held', async () => {
    const text = (await t.inject(url(`/${first.id}/backup`))).body;
    const restored = await t.inject({
      method: 'POST',
      url: `${API}/workspaces/import`,
      headers: { 'content-type': 'multipart/form-data; boundary=kv' },
      payload: [
        '--kv',
        'Content-Disposition: form-data; name="file"; filename="momentopname.json"',
        'Content-Type: application/json',
        '',
        text,
        '--kv--',
        '',
      ].join('\r\n'),
    });
    expect(restored.statusCode, restored.body).toBe(201);
    const copy = restored.json().workspace as Workspace;
    expect(contentOf(await exported(copy.id))).toEqual(contentOf(before));
  });

  it('is deleted by an eigenaar only, and the history says so', async () => {
    const redacteur = await t.signUp(`redacteur-${backend}@example.org`);
    await join(t, redacteur, workspace.id, 'redacteur');
    const asRedacteur = { cookie: redacteur.cookie, 'x-csrf-token': redacteur.csrfToken };
    const taken = await t.app.inject({
      method: 'POST',
      url: url(),
      headers: asRedacteur,
      payload: { name: 'Door de redacteur' },
    });
    expect(taken.statusCode, taken.body).toBe(201);
    const refused = await t.app.inject({
      method: 'DELETE',
      url: url(`/${taken.json().id}`),
      headers: asRedacteur,
    });
    expect(refused.statusCode).toBe(403);

    const deleted = await t.inject({ method: 'DELETE', url: url(`/${taken.json().id}`) });
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect((await t.inject(url(`/${taken.json().id}`))).statusCode).toBe(404);
    const history = (await t.inject(`${API}/workspaces/${workspace.id}/history`)).json();
    const actions = history.items.map((event: { action: string }) => event.action);
    expect(actions).toContain('snapshot.delete');
    expect(actions).toContain('snapshot.create');
  });

  it('is refused by the database when anything tries to change it', async () => {
    const database: Database = t.databaseUrl
      ? await openDatabase({ kind: 'postgres', url: t.databaseUrl, poolSize: 1 })
      : await openDatabase({ kind: 'pglite-memory', loadDataDir: pgliteTemplate() });
    try {
      const store = createStore(database);
      const place = await store.workspaces.create({
        name: 'Onveranderlijk',
        gemeente: 'GM0363',
        wijken: [],
        description: '',
      });
      const kept = await store.snapshots.insert({
        workspaceId: place.id,
        name: 'Vast',
        reason: 'manual',
        sourceId: null,
        createdBy: null,
        counts: { actors: 0, relations: 0, perspectives: 0, assessments: 0, topics: 0, positions: 0 },
        content: new Uint8Array([1, 2, 3]),
      });
      // Nothing in the app changes a snapshot; the database makes sure nothing else does either.
      const refusal = (change: Promise<unknown>) =>
        change.then(
          () => 'changed',
          (error: Error & { cause?: Error }) => (error.cause ?? error).message,
        );
      expect(
        await refusal(database.db.execute(sql`update snapshots set name = 'Anders' where id = ${kept.id}`)),
      ).toMatch(/immutable/);
      expect(
        await refusal(database.db.execute(sql`update snapshots set bytes = 1 where id = ${kept.id}`)),
      ).toMatch(/immutable/);
      // Only the account that took it may go (its id is set null when the account is deleted).
      await database.db.execute(sql`update snapshots set created_by = null where id = ${kept.id}`);
      expect((await store.snapshots.get(place.id, kept.id))?.name).toBe('Vast');
      expect([...((await store.snapshots.content(place.id, kept.id)) ?? [])]).toEqual([1, 2, 3]);
    } finally {
      await database.close();
    }
  });

  it('does not find a snapshot through another werkruimte, and refuses a name that is not one', async () => {
    const other = await t.createWorkspace({ name: 'Wijk Zuid' });
    const foreign = await t.inject(`${API}/workspaces/${other.id}/snapshots/${first.id}`);
    expect(foreign.statusCode).toBe(404);
    for (const rest of ['backup', 'graph']) {
      const answer = await t.inject(`${API}/workspaces/${other.id}/snapshots/${first.id}/${rest}`);
      expect(answer.statusCode, rest).toBe(404);
    }
    expect(
      (await t.inject({ method: 'DELETE', url: `${API}/workspaces/${other.id}/snapshots/${first.id}` }))
        .statusCode,
    ).toBe(404);
    expect((await t.inject(url())).json().items.map((s: Snapshot) => s.id)).toContain(first.id);

    const empty = await t.inject({ method: 'POST', url: url(), payload: { name: '  ' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().invalidParams[0].name).toBe('name');
  });

  it('is taken when a bijeenkomst or an uitvraag closes, named after it', async () => {
    const place = await t.createWorkspace({ name: 'Wijk Oost' });
    await t.createActor(place.id, { name: 'Wijkteam Oost' });
    const listed = async () =>
      ((await t.inject(`${API}/workspaces/${place.id}/snapshots`)).json().items as Snapshot[]).map(
        ({ name, reason, counts }) => ({ name, reason, actors: counts.actors }),
      );
    const meeting = await newMeeting(t, place, { name: 'Stadsgesprek Oost' });
    expect(await listed()).toEqual([]);
    const closed = await t.inject({
      method: 'PATCH',
      url: `${API}/workspaces/${place.id}/meetings/${meeting.id}`,
      payload: { version: meeting.version, state: 'closed' },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await listed()).toEqual([
      { name: 'Na bijeenkomst Stadsgesprek Oost', reason: 'meeting', actors: 1 },
    ]);

    const survey = await newSurvey(t, place, { title: 'Uitvraag 2026' });
    const open = await t.inject({
      method: 'PATCH',
      url: `${API}/workspaces/${place.id}/surveys/${survey.id}`,
      payload: { version: survey.version, state: 'open' },
    });
    expect(open.statusCode, open.body).toBe(200);
    expect(await listed()).toHaveLength(1);
    const ended = await t.inject({
      method: 'PATCH',
      url: `${API}/workspaces/${place.id}/surveys/${survey.id}`,
      payload: { version: open.json().version, state: 'closed' },
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect((await listed())[0]).toEqual({ name: 'Na uitvraag Uitvraag 2026', reason: 'survey', actors: 1 });
  });

  describe('what changed between two moments', () => {
    let place: Workspace;
    let kept: Actor;
    let renamed: Actor;
    let gone: Actor;
    const at = (rest: string) => `${API}/workspaces/${place.id}${rest}`;

    beforeAll(async () => {
      place = await t.createWorkspace({ name: 'Wijk West' });
      kept = await t.createActor(place.id, { name: 'Wijkteam West' });
      renamed = await t.createActor(place.id, { name: 'Buurthuis', force: 'bewoner', kind: 'initiatief' });
      gone = await t.createActor(place.id, {
        name: 'Stichting Weg',
        force: 'instelling',
        kind: 'organisatie',
      });
      await t.createRelation(place.id, kept.id, renamed.id, { strength: 2 });
    });

    it('lists exactly the changes made since a snapshot, and says how the indices moved', async () => {
      const before = (
        await t.inject({ method: 'POST', url: at('/snapshots'), payload: { name: 'Voor' } })
      ).json() as Snapshot;
      const relation = (await t.inject(at('/relations'))).json().items[0];
      // The change set: one of every kind.
      await t.inject({
        method: 'PATCH',
        url: at(`/actors/${renamed.id}`),
        payload: { version: renamed.version, name: 'Buurthuis De Linde' },
      });
      await t.inject({ method: 'DELETE', url: at(`/actors/${gone.id}`) });
      const added = await t.createActor(place.id, { name: 'Voedselbank West', force: 'bewoner' });
      await t.inject({
        method: 'PATCH',
        url: at(`/relations/${relation.id}`),
        payload: { version: relation.version, strength: 5 },
      });
      const newRelation = await t.createRelation(place.id, added.id, kept.id, { type: 'verwijst' });
      await t.inject({
        method: 'PATCH',
        url: `${API}/workspaces/${place.id}`,
        payload: { version: place.version, description: 'Na de herindeling' },
      });

      const answer = await t.inject(at(`/diff?from=${before.id}&to=now&lang=nl`));
      expect(answer.statusCode, answer.body).toBe(200);
      const diff = answer.json();
      expect(diff.from).toEqual({ snapshot: before, at: before.takenAt });
      expect(diff.to.snapshot).toBeNull();
      expect(diff.changes.workspace).toEqual([{ field: 'description', from: '', to: 'Na de herindeling' }]);
      expect(diff.changes.actors).toEqual({
        added: [{ id: added.id, label: 'Voedselbank West' }],
        removed: [{ id: gone.id, label: 'Stichting Weg' }],
        changed: [
          {
            id: renamed.id,
            label: 'Buurthuis De Linde',
            changes: [{ field: 'name', from: 'Buurthuis', to: 'Buurthuis De Linde' }],
          },
        ],
      });
      expect(diff.changes.relations).toEqual({
        added: [{ id: newRelation.id, label: 'Voedselbank West → Wijkteam West (verwijst)' }],
        removed: [],
        changed: [
          {
            id: relation.id,
            label: 'Wijkteam West → Buurthuis De Linde (werkt_samen)',
            changes: [{ field: 'strength', from: 2, to: 5 }],
          },
        ],
      });
      for (const kind of ['perspectives', 'topics', 'assessments', 'positions'])
        expect(diff.changes[kind], kind).toEqual({ added: [], removed: [], changed: [] });
      // Every index of the diagnosis, each in a sentence.
      expect(diff.indices.length).toBeGreaterThan(5);
      // Before: Stichting Weg stood alone; after, everyone is connected and a third of the pairs more.
      expect(diff.indices.map((index: { sentence: string }) => index.sentence)).toEqual(
        expect.arrayContaining([
          'Het aantal losse delen ging van 2 naar 1: meer spelers kunnen elkaar bereiken, direct of via anderen.',
          'De dichtheid ging van 33% naar 67%: de spelers hebben naar verhouding meer contact met elkaar.',
        ]),
      );
      expect(diff.indices.find((index: { key: string }) => index.key === 'components')).toMatchObject({
        delta: -1,
        direction: 'better',
      });
      expect(diff.indices.every((index: { sentence: string }) => index.sentence.length > 20)).toBe(true);
    });

    it('refuses a first moment after the second, and a snapshot of another werkruimte, changing nothing', async () => {
      const first = (
        await t.inject({ method: 'POST', url: at('/snapshots'), payload: { name: 'Eerste' } })
      ).json() as Snapshot;
      const second = (
        await t.inject({ method: 'POST', url: at('/snapshots'), payload: { name: 'Tweede' } })
      ).json() as Snapshot;
      const backwards = await t.inject(at(`/diff?from=${second.id}&to=${first.id}`));
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().invalidParams).toEqual([
        expect.objectContaining({ name: 'from', code: 'from_after_to' }),
      ]);
      expect((await t.inject(at(`/diff?from=${first.id}&to=${second.id}`))).statusCode).toBe(200);

      const foreign = await t.inject(at(`/diff?from=${first.id}&to=now`).replace(place.id, workspace.id));
      expect(foreign.statusCode).toBe(404);
      expect((await t.inject(at(`/diff?from=${first.id}&to=yesterday`))).statusCode).toBe(400);
      expect((await t.inject(at('/diff?to=now'))).statusCode).toBe(400);
      expect((await t.inject(at('/snapshots'))).json().items).toHaveLength(3);
    });
  });
});
