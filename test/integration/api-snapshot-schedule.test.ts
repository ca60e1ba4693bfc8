/**
 * Scheduled momentopnames on every database backend: the schedule is part of the werkruimte as the API
 * reads it; only an eigenaar changes it (a lezer or redacteur gets 403), recorded in the history; the
 * check, run with the clock on a later day, takes exactly one momentopname per due period — also when two
 * app servers run it at once (on PostgreSQL a second connection pool on the same database) — and never one
 * for a werkruimte without a schedule, nor before the first due date after the schedule was set. The
 * server's hourly runner takes one on its first check, and its stop waits for that check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dutchToday, type Snapshot, type Workspace } from '../../src/domain/index.ts';
import { keepSnapshotSchedule } from '../../src/server/snapshot-schedule.ts';
import { takeScheduledSnapshots } from '../../src/services/index.ts';
import { createStore, openDatabase, type Store } from '../../src/store/index.ts';
import { buildTestApp, type TestApp, type TestSession, withSession } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';
import { join } from '../security/support.ts';

const API = '/api/v1';

/** The first day of next year, 07:00 in Amsterdam: a yearly schedule set today is due then. */
function nextFirstOfJanuary(): Date {
  const year = Number(dutchToday().slice(0, 4)) + 1;
  return new Date(`${year}-01-01T07:00:00+01:00`);
}

/** The first day of the month after next, 07:00 in Amsterdam (monthly: due; never in this month). */
function firstOfMonthAfterNext(): Date {
  const [year, month] = dutchToday().split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + 2;
  const first = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
  return new Date(`${first}T07:00:00+01:00`);
}

describe.each(BACKENDS)('scheduled momentopnames on %s', (backend) => {
  let t: TestApp;
  let workspace: Workspace;
  let lezer: TestSession;
  let redacteur: TestSession;
  const workspaceUrl = (id = workspace.id) => `${API}/workspaces/${id}`;
  const scheduled = async (id = workspace.id) =>
    ((await t.inject(`${workspaceUrl(id)}/snapshots`)).json().items as Snapshot[]).filter(
      (snapshot) => snapshot.reason === 'schedule',
    );
  const patch = (session: TestSession, payload: Record<string, unknown>) =>
    t.app.inject(withSession(session, { method: 'PATCH', url: workspaceUrl(), payload }));

  beforeAll(async () => {
    t = await buildTestApp(backend);
    workspace = await t.createWorkspace({ name: 'Volgens schema' });
    lezer = await t.signUp(`lezer-schema-${backend}@example.org`);
    redacteur = await t.signUp(`redacteur-schema-${backend}@example.org`);
    await join(t, lezer, workspace.id, 'lezer');
    await join(t, redacteur, workspace.id, 'redacteur');
  });
  afterAll(() => t.close());

  it('reads the schedule with the werkruimte: none at first', async () => {
    expect(workspace.snapshotSchedule).toBe('none');
    const read = await t.inject(workspaceUrl());
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().snapshotSchedule).toBe('none');
    expect(read.json()).not.toHaveProperty('snapshotScheduleFrom');
  });

  it('is changed by an eigenaar only, and the history records the change', async () => {
    const { version } = (await t.inject(workspaceUrl())).json() as Workspace;
    for (const session of [lezer, redacteur]) {
      const refused = await patch(session, { version, snapshotSchedule: 'yearly' });
      expect(refused.statusCode, refused.body).toBe(403);
      expect(refused.json().type).toMatch(/forbidden/);
    }
    // A redacteur still edits the werkruimte's description.
    const described = await patch(redacteur, { version, description: 'Onze kaart' });
    expect(described.statusCode, described.body).toBe(200);

    const unknown = await patch(t.admin, { version: version + 1, snapshotSchedule: 'weekly' });
    expect(unknown.statusCode, unknown.body).toBe(400);
    const changed = await patch(t.admin, { version: version + 1, snapshotSchedule: 'yearly' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ snapshotSchedule: 'yearly', role: 'eigenaar' });
    expect((await t.inject(workspaceUrl())).json().snapshotSchedule).toBe('yearly');

    const history = await t.inject(`${workspaceUrl()}/history?action=workspace.update&pageSize=1`);
    expect(history.statusCode, history.body).toBe(200);
    const [event] = history.json().items;
    expect(event).toMatchObject({
      action: 'workspace.update',
      via: 'api',
      user: { id: t.admin.user.id },
      before: { snapshotSchedule: 'none' },
      after: { snapshotSchedule: 'yearly' },
    });
  });

  it('takes nothing before the first due date after the schedule was set', async () => {
    const run = await takeScheduledSnapshots(t.store);
    expect(run).toEqual({ taken: [], failed: [] });
    expect(await scheduled()).toEqual([]);
  });

  it('takes exactly one momentopname on the due date, however often and by how many servers it runs', async () => {
    const other = await t.createWorkspace({ name: 'Zonder schema' });
    const now = nextFirstOfJanuary();
    const year = dutchToday(now).slice(0, 4);

    // Two app servers checking at once: on PostgreSQL a second pool on the same database.
    const second = t.databaseUrl
      ? createStore(await openDatabase({ kind: 'postgres', url: t.databaseUrl, poolSize: 2 }))
      : null;
    let runs: Awaited<ReturnType<typeof takeScheduledSnapshots>>[];
    try {
      runs = await Promise.all([
        takeScheduledSnapshots(t.store, now),
        takeScheduledSnapshots(second ?? t.store, now),
      ]);
    } finally {
      await second?.close();
    }
    expect(runs.flatMap((run) => run.failed)).toEqual([]);
    const taken = runs.flatMap((run) => run.taken);
    expect(taken).toHaveLength(1);
    expect(taken[0]).toMatchObject({
      workspaceId: workspace.id,
      name: `Jaarlijkse momentopname ${year}`,
      reason: 'schedule',
      createdBy: null,
    });

    const listed = await scheduled();
    expect(listed).toHaveLength(1);
    expect(listed[0]?.name).toBe(`Jaarlijkse momentopname ${year}`);
    expect(await scheduled(other.id)).toEqual([]);

    // Again, later that day and later that year: still the one.
    expect((await takeScheduledSnapshots(t.store, now)).taken).toEqual([]);
    const december = new Date(`${year}-12-31T22:00:00Z`);
    expect((await takeScheduledSnapshots(t.store, december)).taken).toEqual([]);
    expect(await scheduled()).toHaveLength(1);

    const history = await t.inject(`${workspaceUrl()}/history?action=snapshot.create`);
    expect(history.json().items).toEqual([
      expect.objectContaining({
        via: 'system',
        user: null,
        after: expect.objectContaining({ name: `Jaarlijkse momentopname ${year}`, reason: 'schedule' }),
      }),
    ]);
  });

  it("is taken by the server's runner on its first check, which its stop waits for", async () => {
    const monthly = await t.createWorkspace({ name: 'Elke maand' });
    const set = await t.inject({
      method: 'PATCH',
      url: workspaceUrl(monthly.id),
      payload: { version: monthly.version, snapshotSchedule: 'monthly' },
    });
    expect(set.statusCode, set.body).toBe(200);
    const now = firstOfMonthAfterNext();
    const stop = keepSnapshotSchedule(t.store as Store, t.app.log, { now: () => now });
    await stop();
    const listed = await scheduled(monthly.id);
    expect(listed).toHaveLength(1);
    const month = new Intl.DateTimeFormat('nl-NL', { month: 'long', timeZone: 'Europe/Amsterdam' }).format(
      now,
    );
    expect(listed[0]?.name).toBe(`Momentopname ${month} ${dutchToday(now).slice(0, 4)}`);
  });
});
