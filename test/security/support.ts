/**
 * Shared by the security tests: the route table as the app registers it, one valid request for every API
 * route (with whatever it needs made first, through the API as the administrator), the state of a
 * werkruimte to prove that a refused request changed nothing, and the checks every refusal must pass
 * (problem+json in Dutch, no stack trace or file path).
 *
 * The tests walk the route table, not a list of their own: a route added later without a valid request
 * here makes them fail, so it cannot slip past the checks for authentication, membership, roles and audit.
 */
import { randomUUID } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type {
  Actor,
  Assessment,
  Meeting,
  Perspective,
  Relation,
  Role,
  Snapshot,
  Survey,
  Topic,
  TopicPosition,
  Workspace,
} from '../../src/domain/index.ts';
import { buildApp } from '../../src/server/index.ts';
import { messages, type ProblemKind } from '../../src/server/messages/index.ts';
import { isApiRoute } from '../../src/server/plugins/authentication.ts';
import type { RouteEntry } from '../../src/server/plugins/route-table.ts';
import { exportBackup } from '../../src/services/index.ts';
import type { Store } from '../../src/store/index.ts';
import { TEST_PASSWORD, type TestApp, type TestSession, withSession } from '../helpers/build-test-app.ts';
import { multipart } from '../helpers/multipart.ts';

/** The Dutch titles: the API's default language. */
const PROBLEM_TITLES = messages('nl').titles;

export { multipart };

export const API = '/api/v1';
export const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

/** `METHOD /url` with Fastify's `:param` placeholders, as the route table has it. */
export function routeKey(route: Pick<RouteEntry, 'method' | 'url'>): string {
  return `${route.method} ${route.url}`;
}

/**
 * The routes of the app as production builds it with every optional feature on (login through an identity
 * provider too; its discovery is lazy, so the made-up issuer is never contacted). Loaded once per test file
 * at import (top-level await), so that `it.each` can name one test per route.
 *
 * Registering routes reads nothing from the database but the gemeenten list, so the app gets a stand-in
 * store instead of a database of its own (opening one takes one to three seconds); any other use of it
 * fails loudly, so a route table that one day depends on stored data cannot be read wrongly here.
 */
export async function loadRouteTable(): Promise<RouteEntry[]> {
  const store = new Proxy({} as Store, {
    get(_target, key) {
      if (key === 'reference') return { listGemeenten: async () => [] };
      throw new Error(`building the app for its route table used store.${String(key)}`);
    },
  });
  const app = await buildApp({
    store,
    oidc: {
      issuer: 'http://127.0.0.1:9/idp',
      clientId: 'krachtenveld',
      clientSecret: 'geheim',
      publicUrl: 'http://127.0.0.1:3000',
      name: 'Inloggen via de gemeente',
      scopes: 'openid email profile',
    },
  });
  await app.ready();
  const table = [...app.routeTable];
  await app.close();
  return table;
}

export function apiRoutes(table: RouteEntry[]): RouteEntry[] {
  return table.filter((route) => isApiRoute(route.url));
}

/** Moves `DELETE /workspaces/:workspaceId` to the end: it takes the werkruimte the others work in. */
export function deletingWorkspaceLast(routes: RouteEntry[]): RouteEntry[] {
  const last = (route: RouteEntry) =>
    route.method === 'DELETE' && route.url === `${API}/workspaces/:workspaceId`;
  return [...routes.filter((route) => !last(route)), ...routes.filter(last)];
}

// ---------------------------------------------------------------------------------------------------------
// Checks

/** No stack frames, source paths or framework error codes: what a client sees must not describe the server. */
export function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/\n\s*at\s/);
  expect(text).not.toMatch(/\bat [^"]*:\d+:\d+/);
  expect(text).not.toMatch(/[/\\](?:src|node_modules|work|home|usr)[/\\]/);
  expect(text).not.toMatch(/\.(?:ts|js|mjs|cjs):\d+/);
  expect(text).not.toMatch(/FST_|ERR_[A-Z]|ECONN|SQLSTATE|syntax error at/);
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance: string;
  code: string;
  reason?: string;
  invalidParams?: { name: string; code: string; reason: string }[];
}

/** An RFC 9457 answer with this status, a Dutch title for `code` (when given), and nothing internal. */
export function expectProblem(
  response: LightMyRequestResponse,
  status: number,
  code?: ProblemKind,
): ProblemBody {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expectNoInternals(response.body);
  const body = response.json() as ProblemBody;
  expect(body.status).toBe(status);
  expect(body.type).toMatch(/^urn:krachtenveld:problem:/);
  expect(Object.values(PROBLEM_TITLES) as string[]).toContain(body.title);
  if (code) {
    expect(body.code, response.body).toBe(code);
    expect(body.title).toBe(PROBLEM_TITLES[code]);
  }
  return body;
}

/**
 * Everything a request could change that the tests can see: the werkruimte, its whole content (as the
 * backup exports it), members, open invitations, its bijeenkomsten (with their participants per group,
 * contributions, reactions and live events), its audit events, and the totals of events and accounts.
 *
 * The parts are read at once: on a PostgreSQL server the pool's connections answer them side by side
 * (PGlite takes them in turn). Nothing writes meanwhile, as every caller has its request's answer first.
 */
export async function stateOf(store: Store, workspaceId: string) {
  const workspace = store.workspaces.get(workspaceId);
  return allOf({
    workspace,
    content: workspace.then((found) => (found ? exportBackup(store, found, new Date(0)) : null)),
    members: store.members.list(workspaceId),
    invitations: store.invitations.listOpen(workspaceId),
    // Not in the backup (yet): perspectives, vraagstukken and every position on them.
    perspectives: store.perspectives.listAll(workspaceId),
    topics: store.topics.listAll(workspaceId).then((topics) =>
      Promise.all(
        topics.map(async (topic) => ({
          topic,
          positions: await store.topics.allPositions(workspaceId, topic.id),
        })),
      ),
    ),
    // Not in the backup either: bijeenkomsten. Participants are counted per group, reactions per
    // contribution, and the newest live event stands for the meeting's stream.
    meetings: store.meetings.list(workspaceId).then((meetings) =>
      Promise.all(
        meetings.map(async (meeting) => ({
          meeting,
          contributions: await store.meetings.contributions(meeting.id),
          lastEventId: await store.meetings.lastEventId(meeting.id),
        })),
      ),
    ),
    // Momentopnames: what each holds stands for its contents (they never change).
    snapshots: store.snapshots.list(workspaceId),
    events: store.audit.countFor(workspaceId),
    allEvents: store.audit.countFor(null),
    accounts: store.users.countAll(),
  });
}

/**
 * An object's promises, awaited together. (Typed `unknown`, not `Promise<unknown>`: that would become the
 * type each `.then` in the object is inferred to return.)
 */
async function allOf<T extends Record<string, unknown>>(
  parts: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const values = await Promise.all(Object.values(parts));
  return Object.fromEntries(Object.keys(parts).map((key, index) => [key, values[index]])) as {
    [K in keyof T]: Awaited<T[K]>;
  };
}

// ---------------------------------------------------------------------------------------------------------
// Building blocks, all through the API

let serial = 0;
/** A name no earlier call gave, so records made for one case never collide with another's. */
export function unique(prefix: string): string {
  serial += 1;
  return `${prefix} ${serial}`;
}

export const workspaceUrl = (workspace: { id: string }) => `${API}/workspaces/${workspace.id}`;

export async function expectOk(response: LightMyRequestResponse): Promise<LightMyRequestResponse> {
  expect(response.statusCode, response.body).toBeGreaterThanOrEqual(200);
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response;
}

/** An invitation link made by the administrator (an eigenaar of the werkruimte). */
export async function invite(
  t: TestApp,
  workspaceId: string,
  role: Role,
  expiresInDays?: number,
): Promise<{ token: string; invitation: { id: string; role: Role; expiresAt: string } }> {
  const response = await t.inject({
    method: 'POST',
    url: `${API}/workspaces/${workspaceId}/invitations`,
    payload: { role, ...(expiresInDays ? { expiresInDays } : {}) },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

export function accept(t: TestApp, session: TestSession, token: string): Promise<LightMyRequestResponse> {
  return t.app.inject(
    withSession(session, { method: 'POST', url: `${API}/invitations/accept`, payload: { token } }),
  );
}

/** Makes `session`'s user a member in `role` the way users join: an invitation link, accepted. */
export async function join(t: TestApp, session: TestSession, workspaceId: string, role: Role): Promise<void> {
  const { token } = await invite(t, workspaceId, role);
  const response = await accept(t, session, token);
  expect(response.statusCode, response.body).toBe(200);
}

/** A speler made by the administrator. */
export function newActor(t: TestApp, workspace: Workspace, fields: Record<string, unknown> = {}) {
  return t.createActor(workspace.id, {
    name: unique('Speler'),
    force: 'bewoner',
    kind: 'initiatief',
    ...fields,
  });
}

/** A relatie between two new spelers. */
export async function newRelation(
  t: TestApp,
  workspace: Workspace,
  fields: Record<string, unknown> = {},
): Promise<Relation> {
  const [source, target] = [await newActor(t, workspace), await newActor(t, workspace)];
  return t.createRelation(workspace.id, source.id, target.id, { description: unique('Relatie'), ...fields });
}

/** The werkruimte's perspectives: the editors' and the others (a new werkruimte has one per kracht). */
export async function perspectivesOf(t: TestApp, workspace: Workspace) {
  const { editorsPerspectiveId, perspectiveIds } = await t.store.assessments.claimsOf(workspace.id);
  return {
    editors: editorsPerspectiveId as string,
    others: perspectiveIds.filter((id) => id !== editorsPerspectiveId),
  };
}

/** A relatie between two new spelers with an assessment by a perspective other than the editors'. */
export async function newAssessment(
  t: TestApp,
  workspace: Workspace,
  fields: Record<string, unknown> = {},
): Promise<{ relation: Relation; assessment: Assessment }> {
  const relation = await newRelation(t, workspace);
  const response = await t.inject({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/relations/${relation.id}/assessments`,
    payload: { perspectiveId: (await perspectivesOf(t, workspace)).others[0], strength: 4, ...fields },
  });
  expect(response.statusCode, response.body).toBe(201);
  return { relation, assessment: response.json() };
}

/** A speler with a relatie, deleted: returns the speler, its relatie and the id of the deletion event. */
export async function deletedActor(
  t: TestApp,
  workspace: Workspace,
): Promise<{ actor: Actor; relation: Relation; eventId: number }> {
  const actor = await newActor(t, workspace);
  const other = await newActor(t, workspace);
  const relation = await t.createRelation(workspace.id, actor.id, other.id, {
    description: unique('Relatie'),
  });
  await expectOk(await t.inject({ method: 'DELETE', url: `${workspaceUrl(workspace)}/actors/${actor.id}` }));
  const history = await t.inject({
    url: `${workspaceUrl(workspace)}/history?actorId=${actor.id}&action=actor.delete&pageSize=1`,
  });
  const [event] = (history.json() as { items: { id: number }[] }).items;
  if (!event) throw new Error('no deletion event');
  return { actor, relation, eventId: event.id };
}

/** A relatie between two new spelers, deleted: it can be restored by its id. */
export async function deletedRelation(t: TestApp, workspace: Workspace): Promise<Relation> {
  const relation = await newRelation(t, workspace);
  await expectOk(
    await t.inject({ method: 'DELETE', url: `${workspaceUrl(workspace)}/relations/${relation.id}` }),
  );
  return relation;
}

/** A perspective made by the administrator (not the editors', so it can be deleted). */
export async function newPerspective(
  t: TestApp,
  workspace: Workspace,
  fields: Record<string, unknown> = {},
): Promise<Perspective> {
  const response = await t.inject({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/perspectives`,
    payload: { name: unique('Perspectief'), force: 'professional', ...fields },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** A vraagstuk made by the administrator. */
export async function newTopic(
  t: TestApp,
  workspace: Workspace,
  fields: Record<string, unknown> = {},
): Promise<Topic> {
  const response = await t.inject({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/topics`,
    payload: { name: unique('Vraagstuk'), ...fields },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** A new vraagstuk with one position of a new speler, by a new perspective (or the one given). */
export async function newPosition(
  t: TestApp,
  workspace: Workspace,
  perspective?: Perspective,
): Promise<{ topic: Topic; perspective: Perspective; position: TopicPosition }> {
  const [topic, actor] = [await newTopic(t, workspace), await newActor(t, workspace)];
  const by = perspective ?? (await newPerspective(t, workspace));
  const response = await t.inject({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/topics/${topic.id}/positions`,
    payload: { actorId: actor.id, perspectiveId: by.id, invloed: 4, belang: 2, standpunt: -1 },
  });
  expect(response.statusCode, response.body).toBe(201);
  return { topic, perspective: by, position: response.json() };
}

/** An uitvraag made by the administrator, open until far in the future unless `fields` say otherwise. */
export async function newSurvey(
  t: TestApp,
  workspace: Workspace,
  fields: Record<string, unknown> = {},
): Promise<Survey> {
  const response = await t.inject({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/surveys`,
    payload: { title: unique('Uitvraag'), closesOn: '2099-12-31', ...fields },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** Opens (or otherwise changes) an uitvraag as the administrator. */
export async function changeSurvey(
  t: TestApp,
  workspace: Workspace,
  survey: Survey,
  fields: Record<string, unknown>,
): Promise<Survey> {
  const current = (await t.inject(`${workspaceUrl(workspace)}/surveys/${survey.id}`)).json() as Survey;
  const response = await t.inject({
    method: 'PATCH',
    url: `${workspaceUrl(workspace)}/surveys/${survey.id}`,
    payload: { version: current.version, ...fields },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** A new open uitvraag with one respondent for a new speler: the survey, the speler and its link's token. */
export async function newRespondent(
  t: TestApp,
  workspace: Workspace,
  survey?: Survey,
): Promise<{ survey: Survey; actor: Actor; respondentId: string; token: string }> {
  const round =
    survey ?? (await changeSurvey(t, workspace, await newSurvey(t, workspace), { state: 'open' }));
  const actor = await newActor(t, workspace);
  const response = await t.inject({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/surveys/${round.id}/respondents`,
    payload: {
      respondents: [{ actorId: actor.id, contactName: 'Contact Persoon', email: 'contact@example.org' }],
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  const [link] = response.json().links as { respondentId: string; token: string }[];
  if (!link) throw new Error('no link issued');
  return { survey: round, actor, respondentId: link.respondentId, token: link.token };
}

/** A respondent who proposed a speler that is not on the roster: the round and the open proposal's id. */
export async function newProposal(
  t: TestApp,
  workspace: Workspace,
): Promise<{ survey: Survey; proposalId: string }> {
  const { survey, token } = await newRespondent(t, workspace);
  const saved = await t.app.inject({
    method: 'PUT',
    url: `${API}/survey-response/answers`,
    payload: {
      token,
      answers: {
        ties: [{ proposed: { name: unique('Voorgesteld'), force: 'bewoner' }, types: ['werkt_samen'] }],
      },
    },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const proposals = await t.inject(`${workspaceUrl(workspace)}/surveys/${survey.id}/proposals`);
  const [proposal] = proposals.json().items as { id: string }[];
  if (!proposal) throw new Error('no proposal');
  return { survey, proposalId: proposal.id };
}

/** A bijeenkomst started (open) by the administrator. */
export async function newMeeting(
  t: TestApp,
  workspace: Workspace,
  fields: Record<string, unknown> = {},
): Promise<Meeting> {
  const response = await t.inject({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/meetings`,
    payload: { name: unique('Stadsgesprek'), ...fields },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** A momentopname of the werkruimte as it is now, taken by the administrator. */
export async function newSnapshot(t: TestApp, workspace: Workspace): Promise<Snapshot> {
  const response = await t.inject({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/snapshots`,
    payload: { name: unique('Momentopname') },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** A participant who joined a new (or the given) open meeting: the meeting and their token. */
export async function newParticipant(
  t: TestApp,
  workspace: Workspace,
  meeting?: Meeting,
): Promise<{ meeting: Meeting; token: string }> {
  const joined = meeting ?? (await newMeeting(t, workspace));
  const response = await t.app.inject({
    method: 'POST',
    url: `${API}/meeting-participation/join`,
    payload: { code: joined.code, groupId: joined.groups[0]?.id, nickname: 'Deelnemer' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return { meeting: joined, token: response.json().token };
}

/** A participant's pending contribution (a missing speler): the meeting, the token and its id. */
export async function newContribution(
  t: TestApp,
  workspace: Workspace,
): Promise<{ meeting: Meeting; token: string; contributionId: string }> {
  const { meeting, token } = await newParticipant(t, workspace);
  const response = await t.app.inject({
    method: 'POST',
    url: `${API}/meeting-participation/contributions`,
    headers: { authorization: `Bearer ${token}` },
    payload: { kind: 'actor', name: unique('Genoemd'), force: 'bewoner', why: 'Doet veel in de wijk' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return { meeting, token, contributionId: response.json().id };
}

/** A contribution of one participant that the facilitator accepted, and a second participant's token. */
export async function acceptedContribution(
  t: TestApp,
  workspace: Workspace,
): Promise<{ meeting: Meeting; contributionId: string; otherToken: string }> {
  const { meeting, contributionId } = await newContribution(t, workspace);
  const decided = await t.inject({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/meetings/${meeting.id}/contributions/${contributionId}/decision`,
    payload: { decision: 'accept' },
  });
  expect(decided.statusCode, decided.body).toBe(200);
  const other = await newParticipant(t, workspace, meeting);
  return { meeting, contributionId, otherToken: other.token };
}

/** A small krachtenveld-backup/1 file: a werkruimte with the given spelers (new ones by default). */
export function backupFile(
  workspaceName: string,
  actors: Record<string, unknown>[] = [{ id: randomUUID(), name: unique('Geïmporteerd'), force: 'bewoner' }],
): string {
  return JSON.stringify({
    format: 'krachtenveld-backup/1',
    exportedAt: new Date().toISOString(),
    workspace: { name: workspaceName, gemeente: 'GM0363' },
    actors,
    relations: [],
  });
}

// ---------------------------------------------------------------------------------------------------------
// One valid request per route

export interface World {
  t: TestApp;
  /** The user the member routes change and remove; never the one making the request. */
  doel: TestSession;
}

type Prepare = (world: World, workspace: Workspace) => Promise<InjectOptions>;

/** Makes `doel` a member of the werkruimte (a lezer, unless it is one already); returns its role. */
async function doelAsMember({ t, doel }: World, workspace: Workspace): Promise<Role> {
  const role = await t.store.members.roleOf(workspace.id, doel.user.id);
  if (role) return role;
  await join(t, doel, workspace.id, 'lezer');
  return 'lezer';
}

const get = (url: string): InjectOptions => ({ method: 'GET', url });

/**
 * For each API route, keyed `METHOD /url`: a request that succeeds when an eigenaar of `workspace` sends it
 * (for werkruimte routes) or any signed-in user (for the others). Public account routes get requests that
 * are well-formed; whether they succeed depends on who sends them.
 */
export const VALID_REQUESTS: Record<string, Prepare> = {
  // Public
  'GET /api/v1/openapi.json': async () => get(`${API}/openapi.json`),
  'GET /api/v1/health': async () => get(`${API}/health`),
  'GET /api/v1/setup': async () => get(`${API}/setup`),
  'POST /api/v1/setup': async () => ({
    method: 'POST',
    url: `${API}/setup`,
    payload: { email: `${randomUUID()}@example.org`, password: TEST_PASSWORD, displayName: 'Nieuw' },
  }),
  'GET /api/v1/session/methods': async () => get(`${API}/session/methods`),
  'GET /api/v1/session/oidc': async () => get(`${API}/session/oidc`),
  'GET /api/v1/session/oidc/callback': async () => get(`${API}/session/oidc/callback?code=x&state=y`),
  'POST /api/v1/session': async ({ doel }) => ({
    method: 'POST',
    url: `${API}/session`,
    payload: { email: doel.user.email, password: TEST_PASSWORD },
  }),
  'POST /api/v1/invitations/preview': async ({ t }, workspace) => ({
    method: 'POST',
    url: `${API}/invitations/preview`,
    payload: { token: (await invite(t, workspace.id, 'lezer')).token },
  }),
  'POST /api/v1/invitations/accept': async ({ t }, workspace) => ({
    method: 'POST',
    url: `${API}/invitations/accept`,
    payload: { token: (await invite(t, workspace.id, 'lezer')).token },
  }),

  // The signed-in user's own session
  'GET /api/v1/session': async () => get(`${API}/session`),
  'DELETE /api/v1/session': async () => ({ method: 'DELETE', url: `${API}/session` }),
  'PUT /api/v1/session/password': async () => ({
    method: 'PUT',
    url: `${API}/session/password`,
    payload: { currentPassword: TEST_PASSWORD, newPassword: `${TEST_PASSWORD} en nog wat` },
  }),

  // Outside any werkruimte
  'GET /api/v1/gemeenten': async () => get(`${API}/gemeenten`),
  'GET /api/v1/workspaces': async () => get(`${API}/workspaces`),
  'POST /api/v1/workspaces': async () => ({
    method: 'POST',
    url: `${API}/workspaces`,
    payload: { name: unique('Nieuwe werkruimte'), gemeente: 'GM0363' },
  }),
  'GET /api/v1/import-template': async () => get(`${API}/import-template?format=csv&table=spelers`),
  'POST /api/v1/workspaces/import': async () => ({
    method: 'POST',
    url: `${API}/workspaces/import`,
    ...multipart([{ name: 'kaart.json', bytes: backupFile(unique('Ingelezen werkruimte')) }]),
  }),

  // The werkruimte itself
  'GET /api/v1/workspaces/:workspaceId': async (_w, workspace) => get(workspaceUrl(workspace)),
  'PATCH /api/v1/workspaces/:workspaceId': async ({ t }, workspace) => ({
    method: 'PATCH',
    url: workspaceUrl(workspace),
    payload: {
      version: (await t.store.workspaces.get(workspace.id))?.version,
      description: unique('Nieuwe omschrijving'),
    },
  }),
  'DELETE /api/v1/workspaces/:workspaceId': async (_w, workspace) => ({
    method: 'DELETE',
    url: workspaceUrl(workspace),
  }),

  // Members and invitations
  'GET /api/v1/workspaces/:workspaceId/members': async (_w, workspace) =>
    get(`${workspaceUrl(workspace)}/members`),
  'PATCH /api/v1/workspaces/:workspaceId/members/:userId': async (world, workspace) => {
    const role = await doelAsMember(world, workspace);
    return {
      method: 'PATCH',
      url: `${workspaceUrl(workspace)}/members/${world.doel.user.id}`,
      payload: { role: role === 'redacteur' ? 'lezer' : 'redacteur' },
    };
  },
  'DELETE /api/v1/workspaces/:workspaceId/members/:userId': async (world, workspace) => {
    await doelAsMember(world, workspace);
    return { method: 'DELETE', url: `${workspaceUrl(workspace)}/members/${world.doel.user.id}` };
  },
  'GET /api/v1/workspaces/:workspaceId/invitations': async (_w, workspace) =>
    get(`${workspaceUrl(workspace)}/invitations`),
  'POST /api/v1/workspaces/:workspaceId/invitations': async (_w, workspace) => ({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/invitations`,
    payload: { role: 'redacteur', expiresInDays: 3 },
  }),
  'DELETE /api/v1/workspaces/:workspaceId/invitations/:invitationId': async ({ t }, workspace) => ({
    method: 'DELETE',
    url: `${workspaceUrl(workspace)}/invitations/${(await invite(t, workspace.id, 'lezer')).invitation.id}`,
  }),

  // History
  'GET /api/v1/workspaces/:workspaceId/history': async (_w, workspace) =>
    get(`${workspaceUrl(workspace)}/history`),
  'POST /api/v1/workspaces/:workspaceId/history/:eventId/restore': async ({ t }, workspace) => ({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/history/${(await deletedActor(t, workspace)).eventId}/restore`,
  }),
  'POST /api/v1/workspaces/:workspaceId/relations/:relationId/restore': async ({ t }, workspace) => ({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/relations/${(await deletedRelation(t, workspace)).id}/restore`,
  }),

  // Spelers
  'GET /api/v1/workspaces/:workspaceId/actors': async (_w, workspace) =>
    get(`${workspaceUrl(workspace)}/actors`),
  'POST /api/v1/workspaces/:workspaceId/actors': async (_w, workspace) => ({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/actors`,
    payload: { name: unique('Nieuwe speler'), force: 'instelling' },
  }),
  'GET /api/v1/workspaces/:workspaceId/actors/:actorId': async ({ t }, workspace) =>
    get(`${workspaceUrl(workspace)}/actors/${(await newActor(t, workspace)).id}`),
  'PATCH /api/v1/workspaces/:workspaceId/actors/:actorId': async ({ t }, workspace) => ({
    method: 'PATCH',
    url: `${workspaceUrl(workspace)}/actors/${(await newActor(t, workspace)).id}`,
    payload: { version: 1, name: unique('Hernoemde speler') },
  }),
  'DELETE /api/v1/workspaces/:workspaceId/actors/:actorId': async ({ t }, workspace) => ({
    method: 'DELETE',
    url: `${workspaceUrl(workspace)}/actors/${(await newRelation(t, workspace)).sourceId}`,
  }),

  // Relaties
  'GET /api/v1/workspaces/:workspaceId/relations': async (_w, workspace) =>
    get(`${workspaceUrl(workspace)}/relations`),
  'POST /api/v1/workspaces/:workspaceId/relations': async ({ t }, workspace) => {
    const [source, target] = [await newActor(t, workspace), await newActor(t, workspace)];
    return {
      method: 'POST',
      url: `${workspaceUrl(workspace)}/relations`,
      payload: { sourceId: source.id, targetId: target.id, type: 'verwijst', description: unique('Relatie') },
    };
  },
  'GET /api/v1/workspaces/:workspaceId/relations/:relationId': async ({ t }, workspace) =>
    get(`${workspaceUrl(workspace)}/relations/${(await newRelation(t, workspace)).id}`),
  'PATCH /api/v1/workspaces/:workspaceId/relations/:relationId': async ({ t }, workspace) => ({
    method: 'PATCH',
    url: `${workspaceUrl(workspace)}/relations/${(await newRelation(t, workspace)).id}`,
    payload: { version: 1, strength: 5 },
  }),
  'DELETE /api/v1/workspaces/:workspaceId/relations/:relationId': async ({ t }, workspace) => ({
    method: 'DELETE',
    url: `${workspaceUrl(workspace)}/relations/${(await newRelation(t, workspace)).id}`,
  }),

  // Assessments of a relatie
  'GET /api/v1/workspaces/:workspaceId/relations/:relationId/assessments': async ({ t }, workspace) =>
    get(
      `${workspaceUrl(workspace)}/relations/${(await newAssessment(t, workspace)).relation.id}/assessments`,
    ),
  'POST /api/v1/workspaces/:workspaceId/relations/:relationId/assessments': async ({ t }, workspace) => ({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/relations/${(await newRelation(t, workspace)).id}/assessments`,
    payload: { perspectiveId: (await perspectivesOf(t, workspace)).others[0], present: false },
  }),
  'PATCH /api/v1/workspaces/:workspaceId/relations/:relationId/assessments/:assessmentId': async (
    { t },
    workspace,
  ) => {
    const { relation, assessment } = await newAssessment(t, workspace);
    return {
      method: 'PATCH',
      url: `${workspaceUrl(workspace)}/relations/${relation.id}/assessments/${assessment.id}`,
      payload: { version: assessment.version, strength: 2 },
    };
  },
  'DELETE /api/v1/workspaces/:workspaceId/relations/:relationId/assessments/:assessmentId': async (
    { t },
    workspace,
  ) => {
    const { relation, assessment } = await newAssessment(t, workspace);
    return {
      method: 'DELETE',
      url: `${workspaceUrl(workspace)}/relations/${relation.id}/assessments/${assessment.id}`,
    };
  },

  // The map
  'GET /api/v1/workspaces/:workspaceId/graph': async (_w, workspace) =>
    get(`${workspaceUrl(workspace)}/graph`),
  'GET /api/v1/workspaces/:workspaceId/layouts/:layout': async (_w, workspace) =>
    get(`${workspaceUrl(workspace)}/layouts/force`),
  'PUT /api/v1/workspaces/:workspaceId/layouts/:layout': async ({ t }, workspace) => ({
    method: 'PUT',
    url: `${workspaceUrl(workspace)}/layouts/force`,
    payload: { positions: { [(await newActor(t, workspace)).id]: { x: 10, y: -20 } } },
  }),
  'GET /api/v1/workspaces/:workspaceId/analysis': async (_w, workspace) =>
    get(`${workspaceUrl(workspace)}/analysis?seed=1`),
  'POST /api/v1/workspaces/:workspaceId/analysis/what-if': async (_w, workspace) => ({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/analysis/what-if`,
    payload: { changes: { addActors: [{ id: 'nieuw-1', name: 'Nieuwe buurtkamer', force: 'bewoner' }] } },
  }),

  'GET /api/v1/workspaces/:workspaceId/divergence': async ({ t }, workspace) => {
    const { perspectiveIds } = await t.store.assessments.claimsOf(workspace.id);
    return get(`${workspaceUrl(workspace)}/divergence?a=${perspectiveIds[0]}&b=${perspectiveIds[1]}`);
  },

  // Perspectives
  'GET /api/v1/workspaces/:workspaceId/perspectives': async (_w, workspace) =>
    get(`${workspaceUrl(workspace)}/perspectives`),
  'POST /api/v1/workspaces/:workspaceId/perspectives': async (_w, workspace) => ({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/perspectives`,
    payload: { name: unique('Nieuw perspectief'), force: 'bewoner' },
  }),
  'GET /api/v1/workspaces/:workspaceId/perspectives/:perspectiveId': async ({ t }, workspace) =>
    get(`${workspaceUrl(workspace)}/perspectives/${(await newPerspective(t, workspace)).id}`),
  'PATCH /api/v1/workspaces/:workspaceId/perspectives/:perspectiveId': async ({ t }, workspace) => ({
    method: 'PATCH',
    url: `${workspaceUrl(workspace)}/perspectives/${(await newPerspective(t, workspace)).id}`,
    payload: { version: 1, name: unique('Hernoemd perspectief') },
  }),
  'DELETE /api/v1/workspaces/:workspaceId/perspectives/:perspectiveId': async ({ t }, workspace) => ({
    method: 'DELETE',
    url: `${workspaceUrl(workspace)}/perspectives/${(await newPerspective(t, workspace)).id}`,
  }),

  // Vraagstukken and positions
  'GET /api/v1/workspaces/:workspaceId/topics': async (_w, workspace) =>
    get(`${workspaceUrl(workspace)}/topics`),
  'POST /api/v1/workspaces/:workspaceId/topics': async (_w, workspace) => ({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/topics`,
    payload: { name: unique('Nieuw vraagstuk'), description: 'Wie doet wat?' },
  }),
  'GET /api/v1/workspaces/:workspaceId/topics/:topicId': async ({ t }, workspace) =>
    get(`${workspaceUrl(workspace)}/topics/${(await newTopic(t, workspace)).id}`),
  'PATCH /api/v1/workspaces/:workspaceId/topics/:topicId': async ({ t }, workspace) => ({
    method: 'PATCH',
    url: `${workspaceUrl(workspace)}/topics/${(await newTopic(t, workspace)).id}`,
    payload: { version: 1, status: 'afgerond' },
  }),
  'DELETE /api/v1/workspaces/:workspaceId/topics/:topicId': async ({ t }, workspace) => ({
    method: 'DELETE',
    url: `${workspaceUrl(workspace)}/topics/${(await newPosition(t, workspace)).topic.id}`,
  }),
  'GET /api/v1/workspaces/:workspaceId/topics/:topicId/positions': async ({ t }, workspace) =>
    get(
      `${workspaceUrl(workspace)}/topics/${(await newPosition(t, workspace)).topic.id}/positions?current=false`,
    ),
  'POST /api/v1/workspaces/:workspaceId/topics/:topicId/positions': async ({ t }, workspace) => {
    const [topic, actor] = [await newTopic(t, workspace), await newActor(t, workspace)];
    return {
      method: 'POST',
      url: `${workspaceUrl(workspace)}/topics/${topic.id}/positions`,
      payload: [
        {
          actorId: actor.id,
          perspectiveId: (await newPerspective(t, workspace)).id,
          invloed: 2,
          belang: 5,
          standpunt: 2,
          beweging: 'van_onderop',
        },
      ],
    };
  },

  // The uitvraag: the coordinator's side
  'GET /api/v1/workspaces/:workspaceId/surveys': async (_w, workspace) =>
    get(`${workspaceUrl(workspace)}/surveys`),
  'POST /api/v1/workspaces/:workspaceId/surveys': async (_w, workspace) => ({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/surveys`,
    payload: { title: unique('Uitvraag'), closesOn: '2099-12-31' },
  }),
  'GET /api/v1/workspaces/:workspaceId/surveys/:surveyId': async ({ t }, workspace) =>
    get(`${workspaceUrl(workspace)}/surveys/${(await newSurvey(t, workspace)).id}`),
  'PATCH /api/v1/workspaces/:workspaceId/surveys/:surveyId': async ({ t }, workspace) => {
    const survey = await newSurvey(t, workspace);
    return {
      method: 'PATCH',
      url: `${workspaceUrl(workspace)}/surveys/${survey.id}`,
      payload: { version: survey.version, state: 'open' },
    };
  },
  'DELETE /api/v1/workspaces/:workspaceId/surveys/:surveyId': async ({ t }, workspace) => ({
    method: 'DELETE',
    url: `${workspaceUrl(workspace)}/surveys/${(await newRespondent(t, workspace)).survey.id}`,
  }),
  'GET /api/v1/workspaces/:workspaceId/surveys/:surveyId/respondents': async ({ t }, workspace) =>
    get(`${workspaceUrl(workspace)}/surveys/${(await newRespondent(t, workspace)).survey.id}/respondents`),
  'POST /api/v1/workspaces/:workspaceId/surveys/:surveyId/respondents': async ({ t }, workspace) => ({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/surveys/${(await newSurvey(t, workspace)).id}/respondents`,
    payload: { respondents: [{ actorId: (await newActor(t, workspace)).id, contactName: 'Iemand' }] },
  }),
  'POST /api/v1/workspaces/:workspaceId/surveys/:surveyId/links': async ({ t }, workspace) => {
    const { survey, respondentId } = await newRespondent(t, workspace);
    return {
      method: 'POST',
      url: `${workspaceUrl(workspace)}/surveys/${survey.id}/links`,
      payload: { respondentIds: [respondentId], format: 'csv' },
    };
  },
  'POST /api/v1/workspaces/:workspaceId/surveys/:surveyId/respondents/:respondentId/revoke': async (
    { t },
    workspace,
  ) => {
    const { survey, respondentId } = await newRespondent(t, workspace);
    return {
      method: 'POST',
      url: `${workspaceUrl(workspace)}/surveys/${survey.id}/respondents/${respondentId}/revoke`,
    };
  },
  'DELETE /api/v1/workspaces/:workspaceId/surveys/:surveyId/respondents/:respondentId/contact': async (
    { t },
    workspace,
  ) => {
    const { survey, respondentId } = await newRespondent(t, workspace);
    return {
      method: 'DELETE',
      url: `${workspaceUrl(workspace)}/surveys/${survey.id}/respondents/${respondentId}/contact`,
    };
  },
  'DELETE /api/v1/workspaces/:workspaceId/surveys/:surveyId/contacts': async ({ t }, workspace) => ({
    method: 'DELETE',
    url: `${workspaceUrl(workspace)}/surveys/${(await newRespondent(t, workspace)).survey.id}/contacts`,
  }),
  'GET /api/v1/workspaces/:workspaceId/surveys/:surveyId/profile-checks': async ({ t }, workspace) =>
    get(`${workspaceUrl(workspace)}/surveys/${(await newRespondent(t, workspace)).survey.id}/profile-checks`),
  'GET /api/v1/workspaces/:workspaceId/surveys/:surveyId/proposals': async ({ t }, workspace) =>
    get(`${workspaceUrl(workspace)}/surveys/${(await newProposal(t, workspace)).survey.id}/proposals`),
  'POST /api/v1/workspaces/:workspaceId/surveys/:surveyId/proposals/:proposalId/decision': async (
    { t },
    workspace,
  ) => {
    const { survey, proposalId } = await newProposal(t, workspace);
    return {
      method: 'POST',
      url: `${workspaceUrl(workspace)}/surveys/${survey.id}/proposals/${proposalId}/decision`,
      payload: { decision: 'accept' },
    };
  },

  'GET /api/v1/workspaces/:workspaceId/surveys/:surveyId/results': async ({ t }, workspace) =>
    get(`${workspaceUrl(workspace)}/surveys/${(await newRespondent(t, workspace)).survey.id}/results`),
  'GET /api/v1/workspaces/:workspaceId/surveys/:surveyId/results/export': async ({ t }, workspace) =>
    get(
      `${workspaceUrl(workspace)}/surveys/${(await newRespondent(t, workspace)).survey.id}/results/export?format=csv`,
    ),

  // The uitvraag: the respondent's side, with a personal link instead of an account
  'POST /api/v1/survey-response/open': async ({ t }, workspace) => ({
    method: 'POST',
    url: `${API}/survey-response/open`,
    payload: { token: (await newRespondent(t, workspace)).token },
  }),
  'PUT /api/v1/survey-response/answers': async ({ t }, workspace) => {
    const { token } = await newRespondent(t, workspace);
    const other = await newActor(t, workspace);
    return {
      method: 'PUT',
      url: `${API}/survey-response/answers`,
      payload: {
        token,
        answers: { ties: [{ actorId: other.id, types: ['werkt_samen'], frequency: 'wekelijks' }] },
      },
    };
  },
  'POST /api/v1/survey-response/withdraw': async ({ t }, workspace) => ({
    method: 'POST',
    url: `${API}/survey-response/withdraw`,
    payload: { token: (await newRespondent(t, workspace)).token },
  }),

  // The uitvraag by e-mail (the test app needs a mail server for the send: test/helpers/smtp.ts)
  'GET /api/v1/workspaces/:workspaceId/surveys/:surveyId/mail': async ({ t }, workspace) =>
    get(`${workspaceUrl(workspace)}/surveys/${(await newSurvey(t, workspace)).id}/mail`),
  'POST /api/v1/workspaces/:workspaceId/surveys/:surveyId/mail': async ({ t }, workspace) => {
    const { survey, respondentId } = await newRespondent(t, workspace);
    return {
      method: 'POST',
      url: `${workspaceUrl(workspace)}/surveys/${survey.id}/mail`,
      payload: {
        kind: 'uitnodiging',
        respondentIds: [respondentId],
        subject: 'Uitnodiging: {titel}',
        body: 'Beste {naam}, uw persoonlijke link: {link}',
      },
    };
  },

  // Bijeenkomsten: the facilitator's side
  'GET /api/v1/workspaces/:workspaceId/meetings': async (_w, workspace) =>
    get(`${workspaceUrl(workspace)}/meetings`),
  'POST /api/v1/workspaces/:workspaceId/meetings': async (_w, workspace) => ({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/meetings`,
    payload: { name: unique('Stadsgesprek') },
  }),
  'GET /api/v1/workspaces/:workspaceId/meetings/:meetingId': async ({ t }, workspace) =>
    get(`${workspaceUrl(workspace)}/meetings/${(await newMeeting(t, workspace)).id}`),
  'PATCH /api/v1/workspaces/:workspaceId/meetings/:meetingId': async ({ t }, workspace) => {
    const meeting = await newMeeting(t, workspace);
    return {
      method: 'PATCH',
      url: `${workspaceUrl(workspace)}/meetings/${meeting.id}`,
      payload: { version: meeting.version, state: 'closed' },
    };
  },
  'GET /api/v1/workspaces/:workspaceId/meetings/:meetingId/contributions': async ({ t }, workspace) =>
    get(
      `${workspaceUrl(workspace)}/meetings/${(await newContribution(t, workspace)).meeting.id}/contributions`,
    ),
  'POST /api/v1/workspaces/:workspaceId/meetings/:meetingId/contributions/:contributionId/decision': async (
    { t },
    workspace,
  ) => {
    const { meeting, contributionId } = await newContribution(t, workspace);
    return {
      method: 'POST',
      url: `${workspaceUrl(workspace)}/meetings/${meeting.id}/contributions/${contributionId}/decision`,
      payload: { decision: 'accept' },
    };
  },
  // Without `accept: text/event-stream` the live route answers the events so far (a poll), so it ends.
  'GET /api/v1/workspaces/:workspaceId/meetings/:meetingId/events': async ({ t }, workspace) =>
    get(
      `${workspaceUrl(workspace)}/meetings/${(await newContribution(t, workspace)).meeting.id}/events?after=0`,
    ),
  'GET /api/v1/workspaces/:workspaceId/meetings/:meetingId/summary': async ({ t }, workspace) =>
    get(
      `${workspaceUrl(workspace)}/meetings/${(await acceptedContribution(t, workspace)).meeting.id}/summary`,
    ),

  // Bijeenkomsten: the participant's side (no account; the code, then the token in Authorization)
  'POST /api/v1/meeting-participation/door': async ({ t }, workspace) => ({
    method: 'POST',
    url: `${API}/meeting-participation/door`,
    payload: { code: (await newMeeting(t, workspace)).code },
  }),
  'POST /api/v1/meeting-participation/join': async ({ t }, workspace) => {
    const meeting = await newMeeting(t, workspace);
    return {
      method: 'POST',
      url: `${API}/meeting-participation/join`,
      payload: { code: meeting.code, groupId: meeting.groups[0]?.id, nickname: 'Anna' },
    };
  },
  'GET /api/v1/meeting-participation/view': async ({ t }, workspace) => ({
    method: 'GET',
    url: `${API}/meeting-participation/view`,
    headers: { authorization: `Bearer ${(await newParticipant(t, workspace)).token}` },
  }),
  'POST /api/v1/meeting-participation/contributions': async ({ t }, workspace) => ({
    method: 'POST',
    url: `${API}/meeting-participation/contributions`,
    headers: { authorization: `Bearer ${(await newParticipant(t, workspace)).token}` },
    payload: { kind: 'actor', name: unique('Genoemd'), force: 'bewoner', why: null },
  }),
  'DELETE /api/v1/meeting-participation/contributions/:contributionId': async ({ t }, workspace) => {
    const { token, contributionId } = await newContribution(t, workspace);
    return {
      method: 'DELETE',
      url: `${API}/meeting-participation/contributions/${contributionId}`,
      headers: { authorization: `Bearer ${token}` },
    };
  },
  'PUT /api/v1/meeting-participation/contributions/:contributionId/reaction': async ({ t }, workspace) => {
    const { contributionId, otherToken } = await acceptedContribution(t, workspace);
    return {
      method: 'PUT',
      url: `${API}/meeting-participation/contributions/${contributionId}/reaction`,
      headers: { authorization: `Bearer ${otherToken}` },
      payload: { verdict: 'klopt_niet' },
    };
  },
  'GET /api/v1/meeting-participation/events': async ({ t }, workspace) => ({
    method: 'GET',
    url: `${API}/meeting-participation/events?after=0`,
    headers: { authorization: `Bearer ${(await newParticipant(t, workspace)).token}` },
  }),

  // Momentopnames
  'GET /api/v1/workspaces/:workspaceId/snapshots': async (_w, workspace) =>
    get(`${workspaceUrl(workspace)}/snapshots`),
  'POST /api/v1/workspaces/:workspaceId/snapshots': async (_w, workspace) => ({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/snapshots`,
    payload: { name: unique('Momentopname') },
  }),
  'GET /api/v1/workspaces/:workspaceId/snapshots/:snapshotId': async ({ t }, workspace) =>
    get(`${workspaceUrl(workspace)}/snapshots/${(await newSnapshot(t, workspace)).id}`),
  'GET /api/v1/workspaces/:workspaceId/snapshots/:snapshotId/backup': async ({ t }, workspace) =>
    get(`${workspaceUrl(workspace)}/snapshots/${(await newSnapshot(t, workspace)).id}/backup`),
  'GET /api/v1/workspaces/:workspaceId/snapshots/:snapshotId/graph': async ({ t }, workspace) =>
    get(`${workspaceUrl(workspace)}/snapshots/${(await newSnapshot(t, workspace)).id}/graph`),
  'GET /api/v1/workspaces/:workspaceId/report': async (_w, workspace) =>
    get(`${workspaceUrl(workspace)}/report?format=html&sections=summary,register`),
  'GET /api/v1/workspaces/:workspaceId/diff': async ({ t }, workspace) =>
    get(`${workspaceUrl(workspace)}/diff?from=${(await newSnapshot(t, workspace)).id}&to=now`),
  'DELETE /api/v1/workspaces/:workspaceId/snapshots/:snapshotId': async ({ t }, workspace) => ({
    method: 'DELETE',
    url: `${workspaceUrl(workspace)}/snapshots/${(await newSnapshot(t, workspace)).id}`,
  }),

  // Two werkruimtes side by side: this one and a second the administrator makes (eigenaar of both). Not a
  // werkruimte route (the path names none); membership of each is checked in routes-guarded and roles.
  'GET /api/v1/compare': async ({ t }, workspace) =>
    get(`${API}/compare?a=${workspace.id}&b=${(await t.createWorkspace({ name: unique('Vergelijk') })).id}`),

  // Files
  'GET /api/v1/workspaces/:workspaceId/export': async (_w, workspace) =>
    get(`${workspaceUrl(workspace)}/export?format=json`),
  'POST /api/v1/workspaces/:workspaceId/import': async (_w, workspace) => ({
    method: 'POST',
    url: `${workspaceUrl(workspace)}/import`,
    ...multipart([{ name: 'kaart.json', bytes: backupFile(workspace.name) }]),
  }),
};

/** The valid request for a route; throws (failing the test) when a route has none yet. */
export async function validRequest(
  route: RouteEntry,
  world: World,
  workspace: Workspace,
): Promise<InjectOptions> {
  const prepare = VALID_REQUESTS[routeKey(route)];
  if (!prepare)
    throw new Error(
      `No valid request for ${routeKey(route)}: add one to VALID_REQUESTS in test/security/support.ts`,
    );
  return prepare(world, workspace);
}
