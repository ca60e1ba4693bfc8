/**
 * Every route is guarded, generated from the app's own route table so a new route cannot be forgotten:
 * - only an explicit allow-list of routes is public, so making one public is a conscious change (and so
 *   are the routes of respondents and of a bijeenkomst's participants, who have no account either);
 * - every other API route answers 401 without a session (or with a stale one), and changes nothing — the
 *   path holds real ids and the body is valid, so the 401 is not a 404 or 400 by accident;
 * - every werkruimte route, called by a member of another werkruimte, answers 403 or 404, shows nothing of
 *   the werkruimte it aimed at and changes nothing;
 * - outside /api only the built web app's files are served.
 */

import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Workspace } from '../../src/domain/index.ts';
import type { AuthMode } from '../../src/server/plugins/authentication.ts';
import { isWorkspaceRoute } from '../../src/server/plugins/workspace-access.ts';
import { buildTestApp, type TestApp, type TestSession, withSession } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';
import {
  apiRoutes,
  backupFile,
  deletedActor,
  deletingWorkspaceLast,
  expectProblem,
  invite,
  loadRouteTable,
  multipart,
  routeKey,
  stateOf,
  VALID_REQUESTS,
  validRequest,
  type World,
} from './support.ts';

const ROUTES = await loadRouteTable();
const API_ROUTES = apiRoutes(ROUTES);

/** The routes anyone may call. Adding one here is a decision about security, not a formality. */
const PUBLIC_ROUTES = [
  'GET /api/v1/health',
  'GET /api/v1/openapi.json',
  'GET /api/v1/setup',
  'POST /api/v1/setup',
  'POST /api/v1/session',
  'GET /api/v1/session/methods',
  'GET /api/v1/session/oidc',
  'GET /api/v1/session/oidc/callback',
  'POST /api/v1/invitations/preview',
  'POST /api/v1/invitations/accept',
];

/**
 * The routes of an uitvraag's respondents: no account, a personal link's token instead. Their own matrix
 * (every link state × every route) is in respondents.test.ts.
 */
const RESPONDENT_ROUTES = [
  'POST /api/v1/survey-response/open',
  'PUT /api/v1/survey-response/answers',
  'POST /api/v1/survey-response/withdraw',
];

/**
 * The routes of a bijeenkomst's participants: no account, the join code and then a participant token
 * instead. Their own matrix (every way a code or token fails × every route) is in participants.test.ts.
 */
const PARTICIPANT_ROUTES = [
  'POST /api/v1/meeting-participation/door',
  'POST /api/v1/meeting-participation/join',
  'GET /api/v1/meeting-participation/view',
  'POST /api/v1/meeting-participation/contributions',
  'DELETE /api/v1/meeting-participation/contributions/:contributionId',
  'PUT /api/v1/meeting-participation/contributions/:contributionId/reaction',
  'GET /api/v1/meeting-participation/events',
];

/** Routes open without an account, by their declared auth mode; each kind has its own suite. */
const WITHOUT_ACCOUNT: ReadonlySet<AuthMode> = new Set(['public', 'respondent', 'participant']);

const GUARDED = API_ROUTES.filter((route) => !WITHOUT_ACCOUNT.has(route.auth)).map(routeKey);
const WORKSPACE_ROUTES = deletingWorkspaceLast(API_ROUTES.filter((route) => isWorkspaceRoute(route.url))).map(
  routeKey,
);
const ADMIN_ROUTES = API_ROUTES.filter((route) => route.auth === 'admin');
const routeOf = (key: string) =>
  API_ROUTES.find((route) => routeKey(route) === key) as (typeof API_ROUTES)[0];

/** A well-formed token that belongs to no session. */
const STALE_TOKEN = 'A'.repeat(43);

describe('the route table', () => {
  it('makes exactly the allow-listed routes public', () => {
    const publicRoutes = API_ROUTES.filter((route) => route.auth === 'public').map(routeKey);
    expect(publicRoutes.sort()).toEqual([...PUBLIC_ROUTES].sort());
    const respondentRoutes = API_ROUTES.filter((route) => route.auth === 'respondent').map(routeKey);
    expect(respondentRoutes.sort()).toEqual([...RESPONDENT_ROUTES].sort());
    const participantRoutes = API_ROUTES.filter((route) => route.auth === 'participant').map(routeKey);
    expect(participantRoutes.sort()).toEqual([...PARTICIPANT_ROUTES].sort());
  });

  it('has a valid request for every API route, so every check below covers it', () => {
    const missing = API_ROUTES.map(routeKey).filter((key) => !(key in VALID_REQUESTS));
    expect(missing).toEqual([]);
    expect(GUARDED.length).toBeGreaterThanOrEqual(35);
    expect(WORKSPACE_ROUTES.length).toBeGreaterThanOrEqual(28);
  });

  it('serves nothing outside /api but the files of the built web app', () => {
    // @fastify/static registers one GET route per file of dist-web/ (which the global setup may rebuild
    // while tests run, so the names are checked for shape, not against the folder).
    const pages = ROUTES.filter((route) => !API_ROUTES.includes(route));
    expect(pages.map(routeKey)).toContain('GET /index.html');
    for (const route of pages) {
      expect(route.method, routeKey(route)).toBe('GET');
      expect(route.url, routeKey(route)).toMatch(
        /^\/(?:[\w.-]+\/)*(?:[\w.-]+\.(?:html|js|css|svg|woff2|png|ico|txt|json|webmanifest))?$/,
      );
      expect(route.url, routeKey(route)).not.toMatch(/[:*]|\.\./);
    }
  });
});

describe.each(BACKENDS)('guarded routes on %s', (backend) => {
  let t: TestApp;
  let world: World;
  let target: Workspace;
  let outsider: TestSession;
  /** The outsider's own werkruimte, where they are eigenaar. */
  let own: Workspace;
  /** Texts of the target werkruimte that must never reach someone who is not a member. */
  const SECRETS = [
    'Geheime kaart',
    'Geheim beleidsplan',
    'Geheime speler',
    'Geheime wijk',
    'Geheime afspraak',
  ];

  beforeAll(async () => {
    t = await buildTestApp(backend, {
      rateLimits: { login: { max: 10_000, windowMs: 60_000 }, write: { max: 100_000, windowMs: 60_000 } },
    });
    world = { t, doel: await t.signUp('doel@example.org', 'Doel') };
    outsider = await t.signUp('buiten@example.org', 'Buitenstaander');
    target = await t.createWorkspace({
      name: 'Geheime kaart',
      description: 'Geheim beleidsplan',
      wijken: ['Geheime wijk'],
    });
    const first = await t.createActor(target.id, { name: 'Geheime speler een', wijken: ['Geheime wijk'] });
    const second = await t.createActor(target.id, { name: 'Geheime speler twee', force: 'gemeente' });
    await t.createRelation(target.id, first.id, second.id, { description: 'Geheime afspraak' });
    // The outsider has a werkruimte of their own: a member, just not of this one.
    const created = await t.app.inject(
      withSession(outsider, {
        method: 'POST',
        url: '/api/v1/workspaces',
        payload: { name: 'Eigen kaart', gemeente: 'GM0599' },
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    own = created.json();
    await t.app.inject(
      withSession(outsider, {
        method: 'POST',
        url: `/api/v1/workspaces/${own.id}/actors`,
        payload: { name: 'Eigen speler', force: 'bewoner' },
      }),
    );
  });
  afterAll(() => t.close());

  it.each(GUARDED)('%s answers 401 without a session and changes nothing', async (key) => {
    const request = await validRequest(routeOf(key), world, target);
    const before = await stateOf(t.store, target.id);

    const anonymous = await t.app.inject(request);
    expectProblem(anonymous, 401, 'unauthenticated');
    expect(anonymous.headers['set-cookie']).toBeUndefined();
    // Fastify answers HEAD for every GET: the same guard, or the headers alone would leak.
    if (request.method === 'GET')
      expect((await t.app.inject({ ...request, method: 'HEAD' })).statusCode).toBe(401);

    // A cookie of a session that does not exist (ended, expired, made up) is no better, and is cleared.
    const stale = await t.app.inject({
      ...request,
      headers: {
        ...request.headers,
        cookie: `krachtenveld-sessie=${STALE_TOKEN}`,
        'x-csrf-token': STALE_TOKEN,
      },
    });
    expectProblem(stale, 401, 'unauthenticated');
    expect(String(stale.headers['set-cookie'])).toMatch(/^krachtenveld-sessie=;.*Expires=Thu, 01 Jan 1970/);

    expect(await stateOf(t.store, target.id)).toEqual(before);
  });

  it.each(WORKSPACE_ROUTES)(
    '%s refuses a member of another werkruimte, shows nothing of it and changes nothing',
    async (key) => {
      const request = await validRequest(routeOf(key), world, target);
      const before = await stateOf(t.store, target.id);

      const response = await t.app.inject(withSession(outsider, request));
      expect([403, 404], response.body).toContain(response.statusCode);
      if (request.method === 'GET') {
        const head = await t.app.inject(withSession(outsider, { ...request, method: 'HEAD' }));
        expect(head.statusCode).toBe(response.statusCode);
      }
      expectProblem(response, response.statusCode);
      for (const secret of SECRETS) expect(response.body).not.toContain(secret);
      expect(JSON.stringify(response.headers)).not.toContain('Geheim');

      expect(await stateOf(t.store, target.id)).toEqual(before);
    },
  );

  it("reaches nothing of the target through ids of it in the outsider's own werkruimte", async () => {
    const mine = `/api/v1/workspaces/${own.id}`;
    const theirs = `/api/v1/workspaces/${target.id}`;
    const { invitation } = await invite(t, target.id, 'eigenaar');
    const { actor: deleted, eventId } = await deletedActor(t, target);
    const actor = (await t.inject(`${theirs}/actors?q=Geheime speler een`)).json().items[0] as Actor;
    const before = await stateOf(t.store, target.id);
    const as = (request: InjectOptions) => t.app.inject(withSession(outsider, request));

    expectProblem(
      await as({ method: 'DELETE', url: `${mine}/invitations/${invitation.id}` }),
      404,
      'not_found',
    );
    expectProblem(await as({ method: 'POST', url: `${mine}/history/${eventId}/restore` }), 404, 'not_found');
    for (const method of ['PATCH', 'DELETE'] as const) {
      const response = await as({
        method,
        url: `${mine}/members/${t.admin.user.id}`,
        ...(method === 'PATCH' ? { payload: { role: 'lezer' } } : {}),
      });
      expectProblem(response, 404, 'not_found');
    }
    const layout = await as({
      method: 'PUT',
      url: `${mine}/layouts/force`,
      payload: { positions: { [actor.id]: { x: 1, y: 1 } } },
    });
    expectProblem(layout, 400, 'validation');
    const whatIf = await as({
      method: 'POST',
      url: `${mine}/analysis/what-if`,
      payload: { changes: { removeActorIds: [actor.id] } },
    });
    expectProblem(whatIf, 400, 'validation');
    const history = await as({ url: `${mine}/history?actorId=${deleted.id}` });
    expect(history.json()).toMatchObject({ items: [], totalItems: 0 });

    // A file naming the target's ids is read into the outsider's werkruimte under new ids.
    const { id, workspaceId: _w, version: _v, createdAt: _c, updatedAt: _u, ...fields } = actor;
    const file = backupFile('Eigen kaart', [{ ...fields, id, name: 'Overgenomen' }]);
    const imported = await as({
      method: 'POST',
      url: `${mine}/import`,
      ...multipart([{ name: 'k.json', bytes: file }]),
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const ownActors = (await as({ url: `${mine}/actors` })).json() as { items: Actor[] };
    expect(ownActors.items.map((item) => item.id)).not.toContain(actor.id);
    expect(ownActors.items.map((item) => item.name)).toContain('Overgenomen');

    // The import is an event in the outsider's werkruimte; the target has none more and is as it was.
    expect(await stateOf(t.store, target.id)).toEqual({ ...before, allEvents: before.allEvents + 1 });
  });

  it('refuses to compare the target with a werkruimte of their own, naming the side, and shows nothing of it', async () => {
    // GET /compare names its werkruimtes in the query, not the path: its own check, for each side.
    const before = await stateOf(t.store, target.id);
    for (const [a, b, side] of [
      [own.id, target.id, 'b'],
      [target.id, own.id, 'a'],
    ] as const) {
      const response = await t.app.inject(withSession(outsider, `/api/v1/compare?a=${a}&b=${b}`));
      const problem = expectProblem(response, 404, 'not_found');
      expect(problem.invalidParams?.map((param) => [param.name, param.code])).toEqual([
        [side, 'workspace_not_found'],
      ]);
      for (const secret of SECRETS) expect(response.body).not.toContain(secret);
      expect(response.body).not.toContain('Eigen speler');
    }
    expect(await stateOf(t.store, target.id)).toEqual(before);
  });

  it('lets only administrators call the administrator routes', async () => {
    // None exist yet; when one is added, a signed-in non-administrator must get 403 and change nothing.
    for (const route of ADMIN_ROUTES) {
      const request = await validRequest(route, world, target);
      const before = await stateOf(t.store, target.id);
      expectProblem(await t.app.inject(withSession(outsider, request)), 403, 'forbidden');
      expect(await stateOf(t.store, target.id)).toEqual(before);
    }
  });

  it('answers a cached map (If-None-Match with the current ETag) only to members', async () => {
    const url = `/api/v1/workspaces/${target.id}/graph`;
    const fresh = await t.inject({ url });
    expect(fresh.statusCode).toBe(200);
    const etag = fresh.headers.etag;
    if (typeof etag !== 'string') return; // no ETag: nothing to revalidate
    expect((await t.inject({ url, headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    // A 304 to someone else would confirm the werkruimte exists and has not changed.
    const outside = await t.app.inject(withSession(outsider, { url, headers: { 'if-none-match': etag } }));
    expectProblem(outside, 404, 'not_found');
    const anonymous = await t.app.inject({ url, headers: { 'if-none-match': etag } });
    expectProblem(anonymous, 401, 'unauthenticated');
  });

  it('still lets the members in: the target werkruimte is reachable for its eigenaar', async () => {
    // The control for the refusals above: the same kind of request from a member succeeds.
    const response = await t.inject({ url: `/api/v1/workspaces/${target.id}/actors` });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Geheime speler een');
  });
});
