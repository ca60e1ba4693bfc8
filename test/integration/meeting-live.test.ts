/**
 * A bijeenkomst live over real HTTP: the projection and phones follow server-sent event streams. On PGlite
 * one app server hears its own NOTIFY in-process; on a PostgreSQL server two app servers share one
 * database, and a contribution sent to one and accepted there reaches streams held by the other. A phone
 * that loses its connection asks for what came after the last event it saw and gets each event once; a
 * closed meeting ends the phones' streams.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Contribution, Meeting, MeetingEvent, Workspace } from '../../src/domain/index.ts';
import { buildApp } from '../../src/server/index.ts';
import { createStore, openDatabase, type Store } from '../../src/store/index.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { type EventStream, openEventStream } from '../helpers/sse.ts';
import { BACKENDS } from '../helpers/test-database.ts';

const API = '/api/v1';

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/**
 * Closes a listening app. The test's own fetch client keeps sockets to it in its pool, which would hold
 * the close; they are cut once the streams have ended.
 */
async function closeListening(app: FastifyInstance): Promise<void> {
  const closing = app.close();
  setTimeout(() => app.server.closeAllConnections(), 200);
  await closing;
}

const isContribution = (id: string, status?: Contribution['status']) => (event: MeetingEvent) =>
  event.type === 'contribution' &&
  event.contribution.id === id &&
  (!status || event.contribution.status === status);

describe.each(BACKENDS)('a live meeting on %s', (backend) => {
  let t: TestApp;
  /** Where the facilitator and the first phone are connected. */
  let serverA: string;
  /** The projection's and the second phone's server: another app server on PostgreSQL, the same on PGlite. */
  let serverB: string;
  let second: { app: FastifyInstance; store: Store } | null = null;
  let workspace: Workspace;
  let actors: Actor[];
  const streams: EventStream[] = [];

  beforeAll(async () => {
    t = await buildTestApp(backend, { rateLimits: { write: { max: 100_000, windowMs: 60_000 } } });
    serverA = await listen(t.app);
    if (backend === 'postgres' && t.databaseUrl) {
      const store = createStore(await openDatabase({ kind: 'postgres', url: t.databaseUrl, poolSize: 4 }));
      const app = await buildApp({ store });
      second = { app, store };

      serverB = await listen(app);
    } else {
      serverB = serverA;
    }
    workspace = await t.createWorkspace();
    actors = [
      await t.createActor(workspace.id, { name: 'Wijkteam Noord' }),
      await t.createActor(workspace.id, { name: 'GGD', force: 'instelling', kind: 'organisatie' }),
    ];
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    if (second) {
      await closeListening(second.app);
      await second.store.close();
    }
    await closeListening(t.app);
    await t.close();
  });

  const staffHeaders = () => ({ cookie: t.admin.cookie });
  const follow = async (url: string, headers: Record<string, string>) => {
    const stream = await openEventStream(url, headers);
    streams.push(stream);
    expect(stream.status).toBe(200);
    return stream;
  };

  async function startMeeting(name: string): Promise<Meeting> {
    const response = await t.inject({
      method: 'POST',
      url: `${API}/workspaces/${workspace.id}/meetings`,
      payload: { name },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  async function join(
    server: string,
    meeting: Meeting,
    group = 0,
  ): Promise<{ token: string; lastEventId: number }> {
    const response = await fetch(`${server}${API}/meeting-participation/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: meeting.code, groupId: meeting.groups[group]?.id }),
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { token: string; view: { lastEventId: number } };
    return { token: body.token, lastEventId: body.view.lastEventId };
  }

  async function send(server: string, token: string, content: object): Promise<Contribution> {
    const response = await fetch(`${server}${API}/meeting-participation/contributions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(content),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as Contribution;
  }

  it('brings an accepted contribution to the projection and every phone, across app servers', async () => {
    const meeting = await startMeeting('Live over twee servers');
    const projection = await follow(
      `${serverB}${API}/workspaces/${workspace.id}/meetings/${meeting.id}/events`,
      staffHeaders(),
    );
    const phoneA = await join(serverA, meeting, 0);
    const phoneB = await join(serverB, meeting, 1);
    const streamA = await follow(
      `${serverA}${API}/meeting-participation/events?after=${phoneA.lastEventId}`,
      {
        authorization: `Bearer ${phoneA.token}`,
      },
    );
    const streamB = await follow(
      `${serverB}${API}/meeting-participation/events?after=${phoneB.lastEventId}`,
      {
        authorization: `Bearer ${phoneB.token}`,
      },
    );

    // Sent on server A: the projection on B sees it pending, the other phone does not.
    const sent = await send(serverA, phoneA.token, {
      kind: 'tie',
      sourceId: actors[0]?.id,
      targetId: actors[1]?.id,
      type: 'werkt_samen',
      strength: 4,
    });
    await projection.next(isContribution(sent.id, 'pending'));
    await streamA.next(isContribution(sent.id, 'pending'));

    // Accepted on server A: within a second on B's projection and on both phones.
    const started = Date.now();
    const accepted = await t.inject({
      method: 'POST',
      url: `${API}/workspaces/${workspace.id}/meetings/${meeting.id}/contributions/${sent.id}/decision`,
      payload: { decision: 'accept' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    await projection.next(isContribution(sent.id, 'accepted'), 1_000);
    await streamA.next(isContribution(sent.id, 'accepted'), 1_000);
    const seenByB = await streamB.next(isContribution(sent.id, 'accepted'), 1_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    // The other phone sees it as someone else's: no nickname, not "mine".
    expect(seenByB.type === 'contribution' && seenByB.contribution).toMatchObject({
      mine: false,
      participantName: null,
    });
    expect(streamB.events.some(isContribution(sent.id, 'pending'))).toBe(false);
    // The facilitator's stream also counts who joined per group; phones never see that.
    expect(projection.events.some((event) => event.type === 'participants')).toBe(true);
    expect(streamB.events.some((event) => event.type === 'participants')).toBe(false);
  });

  it('lets a phone that lost its connection catch up without duplicates', async () => {
    const meeting = await startMeeting('Weer verbonden');
    const phone = await join(serverA, meeting);
    const first = await follow(`${serverB}${API}/meeting-participation/events?after=${phone.lastEventId}`, {
      authorization: `Bearer ${phone.token}`,
    });
    const one = await send(serverA, phone.token, { kind: 'actor', name: 'Repair Café', force: 'bewoner' });
    const seen = await first.next(isContribution(one.id));
    first.close(); // the phone goes into a tunnel

    const missed: Contribution[] = [];
    for (const name of ['Voedselbank', 'Buurtkamer']) {
      missed.push(await send(serverA, phone.token, { kind: 'actor', name, force: 'bewoner' }));
    }
    await t.inject({
      method: 'POST',
      url: `${API}/workspaces/${workspace.id}/meetings/${meeting.id}/contributions/${missed[0]?.id}/decision`,
      payload: { decision: 'accept' },
    });

    // Back, on the other server, with Last-Event-ID: exactly what it missed, in order, once.
    const again = await follow(`${serverA}${API}/meeting-participation/events`, {
      authorization: `Bearer ${phone.token}`,
      'last-event-id': String(seen.id),
    });
    await again.next(isContribution(missed[0]?.id ?? '', 'accepted'));
    const ids = again.events.map((event) => event.id);
    expect(ids.every((id) => id > seen.id)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    const contributions = again.events.flatMap((event) =>
      event.type === 'contribution' ? [event.contribution.id] : [],
    );
    expect(contributions).toEqual([missed[0]?.id, missed[1]?.id, missed[0]?.id]);
    expect(contributions).not.toContain(one.id);
  });

  it('ends the phones’ streams when the meeting closes', async () => {
    const meeting = await startMeeting('Afsluiten');
    const phone = await join(serverB, meeting);
    const stream = await follow(`${serverB}${API}/meeting-participation/events?after=${phone.lastEventId}`, {
      authorization: `Bearer ${phone.token}`,
    });
    const current = (
      await t.inject(`${API}/workspaces/${workspace.id}/meetings/${meeting.id}`)
    ).json() as Meeting;
    const closed = await t.inject({
      method: 'PATCH',
      url: `${API}/workspaces/${workspace.id}/meetings/${meeting.id}`,
      payload: { version: current.version, state: 'closed' },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    await stream.next((event) => event.type === 'meeting' && event.state === 'closed');
    await stream.ended;
    const reconnect = await openEventStream(`${serverB}${API}/meeting-participation/events`, {
      authorization: `Bearer ${phone.token}`,
    });
    expect(reconnect.status).toBe(404);
    reconnect.close();
  });
});
