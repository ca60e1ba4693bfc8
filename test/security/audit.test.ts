/**
 * The audit trail, on every database backend: every write path leaves exactly one event with the right
 * action, entity, user and before/after; a failed write (validation error, version conflict, not found,
 * conflict) leaves none, and neither do writes that change no werkruimte data (what-if, login, logout, and
 * what a bijeenkomst's participant does before the facilitator accepts it: the door, joining, sending, taking
 * back a pending contribution). What lands on the map through a meeting is recorded as the meeting's, with no
 * account (`via: 'meeting'`).
 * The list of write routes comes from the route table: a new POST/PUT/PATCH/DELETE without a case here
 * fails the suite. The trail itself cannot be edited through the API, and restoring a deleted speler brings
 * it back with its relaties under the same ids, as one `actor.restore` event.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Actor,
  Assessment,
  AuditEvent,
  Contribution,
  Meeting,
  Relation,
  Snapshot,
  Workspace,
} from '../../src/domain/index.ts';
import type { ProblemKind } from '../../src/server/messages/index.ts';
import {
  buildTestApp,
  TEST_PASSWORD,
  type TestApp,
  type TestSession,
  withSession,
} from '../helpers/build-test-app.ts';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp.ts';
import { BACKENDS } from '../helpers/test-database.ts';
import {
  API,
  accept,
  apiRoutes,
  backupFile,
  deletedActor,
  deletedRelation,
  expectProblem,
  invite,
  join,
  loadRouteTable,
  multipart,
  NO_SUCH_ID,
  newActor,
  newAssessment,
  newContribution,
  newMeeting,
  newParticipant,
  newPerspective,
  newPosition,
  newProposal,
  newRelation,
  newRespondent,
  newSnapshot,
  newSurvey,
  newTopic,
  perspectivesOf,
  routeKey,
  stateOf,
  unique,
  workspaceUrl,
} from './support.ts';

const ROUTES = await loadRouteTable();
const WRITES = apiRoutes(ROUTES).filter((route) => !['GET', 'HEAD', 'OPTIONS'].includes(route.method));

interface Context {
  t: TestApp;
  workspace: Workspace;
  /** Signed-in users for the invitation and password cases. */
  users: TestSession[];
  /** Events right after buildTestApp set up the first administrator. */
  eventsAfterSetup: number;
}

interface WriteCase {
  /** A successful call and what it must record (or, for some, that it records nothing). */
  success(c: Context): Promise<void>;
  /** Calls that fail and must record nothing. */
  failure(c: Context): Promise<void>;
}

type Json = Record<string, unknown>;
const withoutRole = ({ role: _role, ...rest }: Json) => rest;

// ---------------------------------------------------------------------------------------------------------
// Helpers: make a call and check the trail

let context: Context;

/** Sends as `session`: the administrator when absent, nobody when null (a browser without a session). */
async function send(request: InjectOptions, session?: TestSession | null): Promise<LightMyRequestResponse> {
  if (session === null) return context.t.app.inject(request);
  return context.t.app.inject(withSession(session ?? context.t.admin, request));
}

const count = (workspaceId: string | null) => context.t.store.audit.countFor(workspaceId);

/** The newest event of a werkruimte, as its history shows it (or from the store, once it is deleted). */
async function newestEvent(workspaceId: string): Promise<AuditEvent> {
  const response = await context.t.inject(`${API}/workspaces/${workspaceId}/history?pageSize=1`);
  if (response.statusCode === 404) {
    const page = await context.t.store.audit.list(workspaceId, {}, { page: 1, pageSize: 1 });
    return page.items[0] as AuditEvent;
  }
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: AuditEvent[] }).items[0] as AuditEvent;
}

/**
 * Sends a change that must succeed and leave exactly one event, in the werkruimte given (or the one the
 * response names) and in total; returns the response and that event.
 */
async function recordsOne(
  request: InjectOptions,
  workspace: string | ((response: LightMyRequestResponse) => string),
  session?: TestSession | null,
): Promise<{ response: LightMyRequestResponse; event: AuditEvent }> {
  const total = await count(null);
  const known = typeof workspace === 'string' ? await count(workspace) : 0;
  const response = await send(request, session);
  expect(response.statusCode, response.body).toBeGreaterThanOrEqual(200);
  expect(response.statusCode, response.body).toBeLessThan(300);
  const workspaceId = typeof workspace === 'string' ? workspace : workspace(response);
  expect(await count(workspaceId), 'events of the werkruimte').toBe(known + 1);
  expect(await count(null), 'events in total').toBe(total + 1);
  return { response, event: await newestEvent(workspaceId) };
}

function expectEvent(
  event: AuditEvent,
  expected: { action: string; entityId: string | null; before: unknown; after: unknown; user?: TestSession },
) {
  const user = expected.user ?? context.t.admin;
  expect(event).toMatchObject({
    action: expected.action,
    entityId: expected.entityId,
    via: 'api',
    user: { id: user.user.id, displayName: user.user.displayName },
  });
  expect(event.before).toEqual(expected.before);
  expect(event.after).toEqual(expected.after);
}

/** Sends a call that must fail with `status` and record nothing (and change nothing in `workspaceId`). */
async function recordsNothing(
  request: InjectOptions,
  status: number,
  code?: ProblemKind,
  options: { workspaceId?: string; session?: TestSession | null } = {},
) {
  const workspaceId = options.workspaceId ?? context.workspace.id;
  const before = await stateOf(context.t.store, workspaceId);
  const response = await send(request, options.session);
  const problem = expectProblem(response, status, code);
  expect(await stateOf(context.t.store, workspaceId)).toEqual(before);
  return problem;
}

/** Sends a call that must succeed without recording anything (it changes no werkruimte data). */
async function succeedsWithoutRecord(request: InjectOptions, session?: TestSession | null) {
  const before = await stateOf(context.t.store, context.workspace.id);
  const response = await send(request, session);
  expect(response.statusCode, response.body).toBeGreaterThanOrEqual(200);
  expect(response.statusCode, response.body).toBeLessThan(300);
  const after = await stateOf(context.t.store, context.workspace.id);
  expect(after.allEvents).toBe(before.allEvents);
  expect(after).toEqual(before);
}

/**
 * Sends a call without a session that must succeed and record nothing, though it may change what is not
 * the werkruimte's data yet (a bijeenkomst's participants, contributions and reactions): everything else
 * stays as it was. Returns the response and the werkruimte's bijeenkomsten before and after.
 */
async function succeedsWithoutEvent(request: InjectOptions) {
  const { meetings: before, ...rest } = await stateOf(context.t.store, context.workspace.id);
  const response = await send(request, null);
  expect(response.statusCode, response.body).toBeGreaterThanOrEqual(200);
  expect(response.statusCode, response.body).toBeLessThan(300);
  const { meetings: after, ...restAfter } = await stateOf(context.t.store, context.workspace.id);
  expect(restAfter).toEqual(rest);
  return { response, before, after };
}

/** A participant's call: the token travels in the Authorization header, never with a session. */
function asParticipant(
  token: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  payload?: Json,
): InjectOptions {
  return {
    method,
    url: `${API}/meeting-participation${path}`,
    headers: { authorization: `Bearer ${token}` },
    ...(payload ? { payload } : {}),
  };
}

/** The contribution as the facilitator's queue shows it. */
async function contributionOf(meeting: Meeting, contributionId: string): Promise<Contribution> {
  const queue = (await get(`${base()}/meetings/${meeting.id}/contributions`)) as { items: Contribution[] };
  const found = queue.items.find((item) => item.id === contributionId);
  if (!found) throw new Error(`no contribution ${contributionId}`);
  return found;
}

/** Decides as the administrator (the facilitator), which must succeed. */
async function decide(meeting: Meeting, contributionId: string, decision: Json): Promise<Contribution> {
  const response = await context.t.inject({
    method: 'POST',
    url: `${base()}/meetings/${meeting.id}/contributions/${contributionId}/decision`,
    payload: decision,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** A tie between two new spelers sent by a new participant, accepted: the meeting, the tie, a second token. */
async function acceptedTie(t: TestApp, workspace: Workspace) {
  const { meeting, token } = await newParticipant(t, workspace);
  const [source, target] = [await newActor(t, workspace), await newActor(t, workspace)];
  const sent = await send(
    asParticipant(token, 'POST', '/contributions', {
      kind: 'tie',
      sourceId: source.id,
      targetId: target.id,
      type: 'werkt_samen',
      strength: 4,
    }),
    null,
  );
  expect(sent.statusCode, sent.body).toBe(201);
  const tie = await decide(meeting, sent.json().id, { decision: 'accept' });
  const other = await newParticipant(t, workspace, meeting);
  return { meeting, tie, token, otherToken: other.token };
}

const base = () => workspaceUrl(context.workspace);
const get = async (url: string): Promise<Json> => {
  const response = await context.t.inject(url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

// ---------------------------------------------------------------------------------------------------------
// One case per write route

const CASES: Record<string, WriteCase> = {
  'POST /api/v1/setup': {
    // The successful setup is the one buildTestApp made: it left one event (`user.create`) and nothing else.
    async success({ eventsAfterSetup }) {
      expect(eventsAfterSetup).toBe(1);
    },
    async failure() {
      await recordsNothing(
        {
          method: 'POST',
          url: `${API}/setup`,
          payload: { email: 'tweede-beheerder@example.org', password: TEST_PASSWORD, displayName: 'Twee' },
        },
        409,
        'conflict',
      );
    },
  },

  'POST /api/v1/session': {
    async success({ users }) {
      const login = {
        method: 'POST',
        url: `${API}/session`,
        payload: { email: users[0]?.user.email, password: TEST_PASSWORD },
      };
      // Sent without a cookie: a login ends the session the browser had (the administrator's here).
      await succeedsWithoutRecord(login as InjectOptions, null);
    },
    async failure({ users }) {
      const wrong = { email: users[0]?.user.email, password: 'fout wachtwoord' };
      await recordsNothing(
        { method: 'POST', url: `${API}/session`, payload: wrong },
        401,
        'invalid_credentials',
        {
          session: null,
        },
      );
    },
  },

  'DELETE /api/v1/session': {
    async success({ t, users }) {
      const session = await t.signUp(`${unique('uitlog').replace(' ', '-')}@example.org`);
      users.push(session);
      // Making the account left an event; logging out leaves none.
      await succeedsWithoutRecord({ method: 'DELETE', url: `${API}/session` }, session);
    },
    async failure({ users }) {
      const session = users[0] as TestSession;
      await recordsNothing(
        { method: 'DELETE', url: `${API}/session`, headers: { 'x-csrf-token': 'fout' } },
        403,
        'csrf',
        { session },
      );
    },
  },

  'PUT /api/v1/session/password': {
    async success({ t }) {
      const session = await t.signUp('nieuw-wachtwoord@example.org');
      const before = await stateOf(t.store, context.workspace.id);
      const response = await send(
        {
          method: 'PUT',
          url: `${API}/session/password`,
          payload: { currentPassword: TEST_PASSWORD, newPassword: 'een ander lang wachtwoord' },
        },
        session,
      );
      expect(response.statusCode, response.body).toBe(204);
      // An account event: in no werkruimte, one in total.
      const after = await stateOf(t.store, context.workspace.id);
      expect(after.allEvents).toBe(before.allEvents + 1);
      expect(after.events).toBe(before.events);
    },
    async failure({ users }) {
      await recordsNothing(
        {
          method: 'PUT',
          url: `${API}/session/password`,
          payload: { currentPassword: 'niet het wachtwoord', newPassword: 'een ander lang wachtwoord' },
        },
        401,
        'invalid_credentials',
        { session: users[0] as TestSession },
      );
    },
  },

  'POST /api/v1/invitations/preview': {
    async success({ t, workspace }) {
      const { token } = await invite(t, workspace.id, 'lezer');
      await succeedsWithoutRecord({ method: 'POST', url: `${API}/invitations/preview`, payload: { token } });
    },
    async failure() {
      await recordsNothing(
        { method: 'POST', url: `${API}/invitations/preview`, payload: { token: 'E'.repeat(43) } },
        410,
        'gone',
      );
    },
  },

  'POST /api/v1/invitations/accept': {
    async success({ t, workspace }) {
      const joiner = await t.signUp('lid-via-link@example.org', 'Lid via link');
      const { token, invitation } = await invite(t, workspace.id, 'redacteur');
      const { response, event } = await recordsOne(
        { method: 'POST', url: `${API}/invitations/accept`, payload: { token } },
        workspace.id,
        joiner,
      );
      expect(response.json()).toMatchObject({ workspaceId: workspace.id, role: 'redacteur' });
      expectEvent(event, {
        action: 'member.add',
        entityId: joiner.user.id,
        user: joiner,
        before: null,
        after: { role: 'redacteur', invitation: invitation.id },
      });
    },
    async failure({ t, workspace, users }) {
      const { token } = await invite(t, workspace.id, 'lezer');
      const first = await accept(t, users[0] as TestSession, token);
      expect(first.statusCode).toBe(200);
      const request = { method: 'POST' as const, url: `${API}/invitations/accept`, payload: { token } };
      await recordsNothing(request, 410, 'gone', { session: users[1] as TestSession });
      await recordsNothing({ ...request, payload: { token: 'F'.repeat(43) } }, 410, 'gone', {
        session: users[1] as TestSession,
      });
    },
  },

  'POST /api/v1/workspaces': {
    async success() {
      const name = unique('Nieuwe werkruimte');
      const { response, event } = await recordsOne(
        { method: 'POST', url: `${API}/workspaces`, payload: { name, gemeente: 'GM0363', wijken: ['Oost'] } },
        (created) => created.json().id,
      );
      const workspace = response.json() as Json;
      expectEvent(event, {
        action: 'workspace.create',
        entityId: workspace.id as string,
        before: null,
        after: withoutRole(workspace),
      });
    },
    async failure() {
      await recordsNothing(
        {
          method: 'POST',
          url: `${API}/workspaces`,
          payload: { name: 'Onbekende gemeente', gemeente: 'GM9998' },
        },
        400,
        'validation',
      );
      await recordsNothing(
        { method: 'POST', url: `${API}/workspaces`, payload: { name: '' } },
        400,
        'validation',
      );
    },
  },

  'POST /api/v1/workspaces/import': {
    async success() {
      const { response, event } = await recordsOne(
        {
          method: 'POST',
          url: `${API}/workspaces/import`,
          ...multipart([{ name: 'kaart.json', bytes: backupFile(unique('Ingelezen')) }]),
        },
        (created) => created.json().workspace.id,
      );
      const { workspace } = response.json() as { workspace: Workspace };
      expectEvent(event, {
        action: 'workspace.import',
        entityId: workspace.id,
        before: null,
        after: {
          files: ['kaart.json'],
          actors: { created: 1, updated: 0 },
          relations: { created: 0, updated: 0 },
        },
      });
    },
    async failure() {
      const upload = (name: string, bytes: string) => ({
        method: 'POST' as const,
        url: `${API}/workspaces/import`,
        ...multipart([{ name, bytes }]),
      });
      await recordsNothing(upload('kaart.pdf', '%PDF-1.7'), 400, 'validation');
      await recordsNothing(
        upload('kaart.json', backupFile('Fout').replace('"bewoner"', '"burger"')),
        400,
        'validation',
      );
    },
  },

  'PATCH /api/v1/workspaces/:workspaceId': {
    async success({ workspace }) {
      const before = withoutRole(await get(base()));
      const { response, event } = await recordsOne(
        {
          method: 'PATCH',
          url: base(),
          payload: { version: before.version, description: unique('Nieuwe omschrijving'), wijken: ['West'] },
        },
        workspace.id,
      );
      expectEvent(event, {
        action: 'workspace.update',
        entityId: workspace.id,
        before,
        after: withoutRole(response.json()),
      });
      expect(event.after).toMatchObject({ wijken: ['West'], version: (before.version as number) + 1 });
    },
    async failure() {
      // A version that was the werkruimte's, but no longer is: it changes once first.
      const { version } = withoutRole(await get(base()));
      const change = { version, description: unique('Eerder gewijzigd') };
      const changed = await context.t.inject({ method: 'PATCH', url: base(), payload: change });
      expect(changed.statusCode, changed.body).toBe(200);
      const stale = { version, name: 'Te laat' };
      await recordsNothing({ method: 'PATCH', url: base(), payload: stale }, 409, 'version_conflict');
      await recordsNothing(
        { method: 'PATCH', url: base(), payload: { version: 1, gemeente: 'GM9998' } },
        400,
      );
    },
  },

  'DELETE /api/v1/workspaces/:workspaceId': {
    async success({ t }) {
      const doomed = await t.createWorkspace({ name: unique('Weg ermee') });
      await newActor(t, doomed);
      const before = withoutRole(await get(workspaceUrl(doomed)));
      const { event } = await recordsOne({ method: 'DELETE', url: workspaceUrl(doomed) }, doomed.id);
      expectEvent(event, {
        action: 'workspace.delete',
        entityId: doomed.id,
        before: { ...before, actors: 1, relations: 0 },
        after: null,
      });
    },
    async failure({ t }) {
      const doomed = await t.createWorkspace({ name: unique('Al weg') });
      expect((await t.inject({ method: 'DELETE', url: workspaceUrl(doomed) })).statusCode).toBe(204);
      await recordsNothing({ method: 'DELETE', url: workspaceUrl(doomed) }, 404, 'not_found', {
        workspaceId: doomed.id,
      });
    },
  },

  'PATCH /api/v1/workspaces/:workspaceId/members/:userId': {
    async success({ t, workspace }) {
      const member = await t.signUp('rolwissel@example.org', 'Rolwissel');
      await join(t, member, workspace.id, 'lezer');
      const { event } = await recordsOne(
        { method: 'PATCH', url: `${base()}/members/${member.user.id}`, payload: { role: 'redacteur' } },
        workspace.id,
      );
      expectEvent(event, {
        action: 'member.update',
        entityId: member.user.id,
        before: { role: 'lezer' },
        after: { role: 'redacteur' },
      });
    },
    async failure({ t }) {
      const self = `${base()}/members/${t.admin.user.id}`;
      await recordsNothing({ method: 'PATCH', url: self, payload: { role: 'lezer' } }, 409, 'conflict');
      await recordsNothing(
        { method: 'PATCH', url: `${base()}/members/${NO_SUCH_ID}`, payload: { role: 'lezer' } },
        404,
        'not_found',
      );
      await recordsNothing({ method: 'PATCH', url: self, payload: { role: 'koning' } }, 400, 'validation');
    },
  },

  'DELETE /api/v1/workspaces/:workspaceId/members/:userId': {
    async success({ t, workspace }) {
      const member = await t.signUp('vertrekker@example.org', 'Vertrekker');
      await join(t, member, workspace.id, 'redacteur');
      const { event } = await recordsOne(
        { method: 'DELETE', url: `${base()}/members/${member.user.id}` },
        workspace.id,
      );
      expectEvent(event, {
        action: 'member.remove',
        entityId: member.user.id,
        before: { role: 'redacteur' },
        after: null,
      });
    },
    async failure({ t }) {
      await recordsNothing(
        { method: 'DELETE', url: `${base()}/members/${t.admin.user.id}` },
        409,
        'conflict',
      );
      await recordsNothing({ method: 'DELETE', url: `${base()}/members/${NO_SUCH_ID}` }, 404, 'not_found');
    },
  },

  'POST /api/v1/workspaces/:workspaceId/invitations': {
    async success({ workspace }) {
      const { response, event } = await recordsOne(
        { method: 'POST', url: `${base()}/invitations`, payload: { role: 'eigenaar', expiresInDays: 2 } },
        workspace.id,
      );
      const { invitation } = response.json() as { invitation: { id: string; expiresAt: string } };
      expectEvent(event, {
        action: 'invitation.create',
        entityId: invitation.id,
        before: null,
        after: { role: 'eigenaar', expiresAt: invitation.expiresAt },
      });
      // The token is a secret: it is in the answer, never in the trail.
      expect(JSON.stringify(event)).not.toContain(response.json().token);
    },
    async failure() {
      const url = `${base()}/invitations`;
      await recordsNothing({ method: 'POST', url, payload: { role: 'koning' } }, 400, 'validation');
      await recordsNothing(
        { method: 'POST', url, payload: { role: 'lezer', expiresInDays: 31 } },
        400,
        'validation',
      );
    },
  },

  'DELETE /api/v1/workspaces/:workspaceId/invitations/:invitationId': {
    async success({ t, workspace }) {
      const { invitation } = await invite(t, workspace.id, 'lezer');
      const { event } = await recordsOne(
        { method: 'DELETE', url: `${base()}/invitations/${invitation.id}` },
        workspace.id,
      );
      expectEvent(event, {
        action: 'invitation.revoke',
        entityId: invitation.id,
        before: invitation,
        after: null,
      });
    },
    async failure({ t, workspace }) {
      const { invitation } = await invite(t, workspace.id, 'lezer');
      await t.inject({ method: 'DELETE', url: `${base()}/invitations/${invitation.id}` });
      await recordsNothing(
        { method: 'DELETE', url: `${base()}/invitations/${invitation.id}` },
        404,
        'not_found',
      );
    },
  },

  'POST /api/v1/workspaces/:workspaceId/history/:eventId/restore': {
    async success({ t, workspace }) {
      const { actor, relation, eventId } = await deletedActor(t, workspace);
      const { response, event } = await recordsOne(
        { method: 'POST', url: `${base()}/history/${eventId}/restore` },
        workspace.id,
      );
      const restored = response.json() as { actor: Actor; relations: Relation[] };
      expectEvent(event, {
        action: 'actor.restore',
        entityId: actor.id,
        before: null,
        after: { actor: restored.actor, relations: restored.relations, fromEvent: eventId },
      });
      expect(restored.relations.map((r) => r.id)).toEqual([relation.id]);
    },
    async failure({ t, workspace }) {
      const { eventId } = await deletedActor(t, workspace);
      expect(
        (await t.inject({ method: 'POST', url: `${base()}/history/${eventId}/restore` })).statusCode,
      ).toBe(201);
      const again = { method: 'POST' as const, url: `${base()}/history/${eventId}/restore` };
      await recordsNothing(again, 409, 'conflict');
      const created = (await get(`${base()}/history?action=actor.create&pageSize=1`)) as {
        items: AuditEvent[];
      };
      const notADeletion = `${base()}/history/${created.items[0]?.id}/restore`;
      await recordsNothing({ method: 'POST', url: notADeletion }, 409, 'conflict');
      await recordsNothing({ method: 'POST', url: `${base()}/history/999999999/restore` }, 404, 'not_found');
    },
  },

  'POST /api/v1/workspaces/:workspaceId/relations/:relationId/restore': {
    async success({ t, workspace }) {
      const relation = await deletedRelation(t, workspace);
      const { response, event } = await recordsOne(
        { method: 'POST', url: `${base()}/relations/${relation.id}/restore` },
        workspace.id,
      );
      const restored = response.json() as Relation;
      expectEvent(event, {
        action: 'relation.restore',
        entityId: relation.id,
        before: null,
        after: restored,
      });
      const { version: _v, updatedAt: _u, ...fields } = relation;
      expect(restored).toMatchObject(fields);
    },
    async failure({ t, workspace }) {
      const relation = await deletedRelation(t, workspace);
      const url = `${base()}/relations/${relation.id}/restore`;
      expect((await t.inject({ method: 'POST', url })).statusCode).toBe(201);
      await recordsNothing({ method: 'POST', url }, 409, 'conflict');
      const orphan = await deletedRelation(t, workspace);
      await t.inject({ method: 'DELETE', url: `${base()}/actors/${orphan.sourceId}` });
      await recordsNothing(
        { method: 'POST', url: `${base()}/relations/${orphan.id}/restore` },
        409,
        'conflict',
      );
      await recordsNothing(
        { method: 'POST', url: `${base()}/relations/${NO_SUCH_ID}/restore` },
        404,
        'not_found',
      );
    },
  },

  'POST /api/v1/workspaces/:workspaceId/actors': {
    async success({ workspace }) {
      const { response, event } = await recordsOne(
        {
          method: 'POST',
          url: `${base()}/actors`,
          payload: { name: unique('Nieuwe speler'), force: 'instelling', domains: ['schulden'] },
        },
        workspace.id,
      );
      const actor = response.json() as Actor;
      expectEvent(event, { action: 'actor.create', entityId: actor.id, before: null, after: actor });
    },
    async failure() {
      const url = `${base()}/actors`;
      await recordsNothing(
        { method: 'POST', url, payload: { name: 'Burger', force: 'burger' } },
        400,
        'validation',
      );
      await recordsNothing({ method: 'POST', url, payload: { force: 'rijk' } }, 400, 'validation');
    },
  },

  'PATCH /api/v1/workspaces/:workspaceId/actors/:actorId': {
    async success({ t, workspace }) {
      const actor = await newActor(t, workspace, { name: 'Oude naam' });
      const { response, event } = await recordsOne(
        {
          method: 'PATCH',
          url: `${base()}/actors/${actor.id}`,
          payload: { version: 1, name: 'Nieuwe naam' },
        },
        workspace.id,
      );
      expectEvent(event, {
        action: 'actor.update',
        entityId: actor.id,
        before: actor,
        after: response.json(),
      });
      expect(event.before).toMatchObject({ name: 'Oude naam', version: 1 });
      expect(event.after).toMatchObject({ name: 'Nieuwe naam', version: 2 });
    },
    async failure({ t, workspace }) {
      const actor = await newActor(t, workspace);
      await t.inject({
        method: 'PATCH',
        url: `${base()}/actors/${actor.id}`,
        payload: { version: 1, rol: 'Eerste' },
      });
      const url = `${base()}/actors/${actor.id}`;
      await recordsNothing(
        { method: 'PATCH', url, payload: { version: 1, rol: 'Te laat' } },
        409,
        'version_conflict',
      );
      await recordsNothing(
        { method: 'PATCH', url, payload: { version: 2, force: 'burger' } },
        400,
        'validation',
      );
      await recordsNothing(
        { method: 'PATCH', url: `${base()}/actors/${NO_SUCH_ID}`, payload: { version: 1, rol: 'Niemand' } },
        404,
        'not_found',
      );
    },
  },

  'DELETE /api/v1/workspaces/:workspaceId/actors/:actorId': {
    async success({ t, workspace }) {
      const relation = await newRelation(t, workspace);
      const actor = (await get(`${base()}/actors/${relation.sourceId}`)) as unknown as Actor;
      const { event } = await recordsOne(
        { method: 'DELETE', url: `${base()}/actors/${actor.id}` },
        workspace.id,
      );
      expectEvent(event, {
        action: 'actor.delete',
        entityId: actor.id,
        before: { actor, relations: [relation] },
        after: null,
      });
    },
    async failure() {
      await recordsNothing({ method: 'DELETE', url: `${base()}/actors/${NO_SUCH_ID}` }, 404, 'not_found');
      await recordsNothing({ method: 'DELETE', url: `${base()}/actors/geen-id` }, 400, 'validation');
    },
  },

  'POST /api/v1/workspaces/:workspaceId/relations': {
    async success({ t, workspace }) {
      const [source, target] = [await newActor(t, workspace), await newActor(t, workspace)];
      const { response, event } = await recordsOne(
        {
          method: 'POST',
          url: `${base()}/relations`,
          payload: { sourceId: source.id, targetId: target.id, type: 'financiert', strength: 4 },
        },
        workspace.id,
      );
      const relation = response.json() as Relation;
      expectEvent(event, { action: 'relation.create', entityId: relation.id, before: null, after: relation });
    },
    async failure({ t, workspace }) {
      const actor = await newActor(t, workspace);
      const url = `${base()}/relations`;
      await recordsNothing(
        { method: 'POST', url, payload: { sourceId: actor.id, targetId: actor.id, type: 'financiert' } },
        400,
        'validation',
      );
      await recordsNothing(
        { method: 'POST', url, payload: { sourceId: actor.id, targetId: NO_SUCH_ID, type: 'financiert' } },
        400,
        'validation',
      );
    },
  },

  'PATCH /api/v1/workspaces/:workspaceId/relations/:relationId': {
    async success({ t, workspace }) {
      const relation = await newRelation(t, workspace, { strength: 2 });
      const { response, event } = await recordsOne(
        { method: 'PATCH', url: `${base()}/relations/${relation.id}`, payload: { version: 1, strength: 5 } },
        workspace.id,
      );
      expectEvent(event, {
        action: 'relation.update',
        entityId: relation.id,
        before: relation,
        after: response.json(),
      });
      expect([(event.before as Relation).strength, (event.after as Relation).strength]).toEqual([2, 5]);
    },
    async failure({ t, workspace }) {
      const relation = await newRelation(t, workspace);
      const url = `${base()}/relations/${relation.id}`;
      await t.inject({ method: 'PATCH', url, payload: { version: 1, strength: 1 } });
      await recordsNothing(
        { method: 'PATCH', url, payload: { version: 1, strength: 4 } },
        409,
        'version_conflict',
      );
      await recordsNothing(
        { method: 'PATCH', url, payload: { version: 2, targetId: relation.sourceId } },
        400,
        'validation',
      );
    },
  },

  'DELETE /api/v1/workspaces/:workspaceId/relations/:relationId': {
    async success({ t, workspace }) {
      const relation = await newRelation(t, workspace);
      const { event } = await recordsOne(
        { method: 'DELETE', url: `${base()}/relations/${relation.id}` },
        workspace.id,
      );
      expectEvent(event, { action: 'relation.delete', entityId: relation.id, before: relation, after: null });
    },
    async failure() {
      await recordsNothing({ method: 'DELETE', url: `${base()}/relations/${NO_SUCH_ID}` }, 404, 'not_found');
    },
  },

  'POST /api/v1/workspaces/:workspaceId/relations/:relationId/assessments': {
    async success({ t, workspace }) {
      const relation = await newRelation(t, workspace);
      const { others } = await perspectivesOf(t, workspace);
      const { response, event } = await recordsOne(
        {
          method: 'POST',
          url: `${base()}/relations/${relation.id}/assessments`,
          payload: { perspectiveId: others[0], strength: 2, trust: 3, note: 'Zo zien de bewoners het' },
        },
        workspace.id,
      );
      const assessment = response.json() as Assessment;
      expect(assessment).toMatchObject({ origin: 'editor', createdBy: t.admin.user.id });
      expectEvent(event, {
        action: 'assessment.create',
        entityId: assessment.id,
        before: null,
        after: assessment,
      });
    },
    async failure({ t, workspace }) {
      const { relation, assessment } = await newAssessment(t, workspace);
      const url = `${base()}/relations/${relation.id}/assessments`;
      // The same perspective again, a perspective that is not the werkruimte's, a denial with a rating.
      await recordsNothing(
        { method: 'POST', url, payload: { perspectiveId: assessment.perspectiveId } },
        409,
        'conflict',
      );
      await recordsNothing(
        { method: 'POST', url, payload: { perspectiveId: NO_SUCH_ID } },
        400,
        'validation',
      );
      const { editors } = await perspectivesOf(t, workspace);
      await recordsNothing(
        { method: 'POST', url, payload: { perspectiveId: editors, present: false, strength: 3 } },
        400,
        'validation',
      );
      await recordsNothing(
        {
          method: 'POST',
          url: `${base()}/relations/${NO_SUCH_ID}/assessments`,
          payload: { perspectiveId: editors },
        },
        404,
        'not_found',
      );
    },
  },

  'PATCH /api/v1/workspaces/:workspaceId/relations/:relationId/assessments/:assessmentId': {
    async success({ t, workspace }) {
      const { relation, assessment } = await newAssessment(t, workspace, { strength: 4 });
      const { response, event } = await recordsOne(
        {
          method: 'PATCH',
          url: `${base()}/relations/${relation.id}/assessments/${assessment.id}`,
          payload: { version: 1, present: false },
        },
        workspace.id,
      );
      expectEvent(event, {
        action: 'assessment.update',
        entityId: assessment.id,
        before: assessment,
        after: response.json(),
      });
      expect((event.after as Assessment).strength).toBeNull();
    },
    async failure({ t, workspace }) {
      const { relation, assessment } = await newAssessment(t, workspace);
      const url = `${base()}/relations/${relation.id}/assessments/${assessment.id}`;
      await t.inject({ method: 'PATCH', url, payload: { version: 1, strength: 1 } });
      await recordsNothing(
        { method: 'PATCH', url, payload: { version: 1, strength: 5 } },
        409,
        'version_conflict',
      );
      await recordsNothing(
        { method: 'PATCH', url, payload: { version: 2, present: false, trust: 2 } },
        400,
        'validation',
      );
    },
  },

  'DELETE /api/v1/workspaces/:workspaceId/relations/:relationId/assessments/:assessmentId': {
    async success({ t, workspace }) {
      const { relation, assessment } = await newAssessment(t, workspace);
      const { event } = await recordsOne(
        { method: 'DELETE', url: `${base()}/relations/${relation.id}/assessments/${assessment.id}` },
        workspace.id,
      );
      expectEvent(event, {
        action: 'assessment.delete',
        entityId: assessment.id,
        before: assessment,
        after: null,
      });
    },
    async failure({ t, workspace }) {
      const { relation } = await newAssessment(t, workspace);
      await recordsNothing(
        { method: 'DELETE', url: `${base()}/relations/${relation.id}/assessments/${NO_SUCH_ID}` },
        404,
        'not_found',
      );
    },
  },

  'PUT /api/v1/workspaces/:workspaceId/layouts/:layout': {
    async success({ t, workspace }) {
      const [a, b, c] = [
        await newActor(t, workspace),
        await newActor(t, workspace),
        await newActor(t, workspace),
      ];
      const url = `${base()}/layouts/vijf_krachten`;
      const first = { [a.id]: { x: 1, y: 1 } };
      expect((await t.inject({ method: 'PUT', url, payload: { positions: first } })).statusCode).toBe(200);
      const { event } = await recordsOne(
        {
          method: 'PUT',
          url,
          payload: { positions: { ...first, [b.id]: { x: 2, y: 2 }, [c.id]: { x: 3, y: 3 } } },
        },
        workspace.id,
      );
      expectEvent(event, {
        action: 'layout.save',
        entityId: 'vijf_krachten',
        before: { positions: 1 },
        after: { positions: 3 },
      });
    },
    async failure({ t, workspace }) {
      const url = `${base()}/layouts/force`;
      const actor = await newActor(t, workspace);
      await recordsNothing(
        { method: 'PUT', url, payload: { positions: { [NO_SUCH_ID]: { x: 1, y: 1 } } } },
        400,
      );
      await recordsNothing(
        { method: 'PUT', url, payload: { positions: { [actor.id]: { x: 1e10, y: 1 } } } },
        400,
      );
    },
  },

  'POST /api/v1/workspaces/:workspaceId/perspectives': {
    async success({ workspace }) {
      const { response, event } = await recordsOne(
        {
          method: 'POST',
          url: `${base()}/perspectives`,
          payload: { name: unique('Wijkteam'), force: 'professional', description: 'Noord' },
        },
        workspace.id,
      );
      const perspective = response.json() as Json;
      expectEvent(event, {
        action: 'perspective.create',
        entityId: perspective.id as string,
        before: null,
        after: perspective,
      });
    },
    async failure() {
      const url = `${base()}/perspectives`;
      await recordsNothing({ method: 'POST', url, payload: { name: 'REDACTIE' } }, 409, 'conflict');
      await recordsNothing(
        { method: 'POST', url, payload: { name: 'X', force: 'koning' } },
        400,
        'validation',
      );
    },
  },

  'PATCH /api/v1/workspaces/:workspaceId/perspectives/:perspectiveId': {
    async success({ t, workspace }) {
      const perspective = await newPerspective(t, workspace);
      const { response, event } = await recordsOne(
        {
          method: 'PATCH',
          url: `${base()}/perspectives/${perspective.id}`,
          payload: { version: 1, description: 'Sinds 2026' },
        },
        workspace.id,
      );
      expectEvent(event, {
        action: 'perspective.update',
        entityId: perspective.id,
        before: perspective,
        after: response.json(),
      });
    },
    async failure({ t, workspace }) {
      const perspective = await newPerspective(t, workspace);
      const url = `${base()}/perspectives/${perspective.id}`;
      await t.inject({ method: 'PATCH', url, payload: { version: 1, description: 'Eerst' } });
      await recordsNothing(
        { method: 'PATCH', url, payload: { version: 1, name: 'Later' } },
        409,
        'version_conflict',
      );
      await recordsNothing(
        { method: 'PATCH', url, payload: { version: 2, name: 'bewoners' } },
        409,
        'conflict',
      );
      await recordsNothing(
        {
          method: 'PATCH',
          url: `${base()}/perspectives/${NO_SUCH_ID}`,
          payload: { version: 1, name: 'Nee' },
        },
        404,
        'not_found',
      );
    },
  },

  'DELETE /api/v1/workspaces/:workspaceId/perspectives/:perspectiveId': {
    async success({ t, workspace }) {
      // With its claims: the event keeps the perspective and every claim that went with it.
      const { perspective, position } = await newPosition(t, workspace);
      const { event } = await recordsOne(
        { method: 'DELETE', url: `${base()}/perspectives/${perspective.id}?withClaims=true` },
        workspace.id,
      );
      expectEvent(event, {
        action: 'perspective.delete',
        entityId: perspective.id,
        before: { perspective, assessments: [], positions: [position] },
        after: null,
      });
    },
    async failure({ t, workspace }) {
      const { perspective } = await newPosition(t, workspace);
      const editors = ((await get(`${base()}/perspectives`)) as { items: Json[] }).items[0] as Json;
      expect(editors.editors).toBe(true);
      await recordsNothing(
        { method: 'DELETE', url: `${base()}/perspectives/${perspective.id}` },
        409,
        'conflict',
      );
      await recordsNothing(
        { method: 'DELETE', url: `${base()}/perspectives/${editors.id}?withClaims=true` },
        409,
        'conflict',
      );
      await recordsNothing(
        { method: 'DELETE', url: `${base()}/perspectives/${NO_SUCH_ID}` },
        404,
        'not_found',
      );
    },
  },

  'POST /api/v1/workspaces/:workspaceId/topics': {
    async success({ workspace }) {
      const { response, event } = await recordsOne(
        { method: 'POST', url: `${base()}/topics`, payload: { name: unique('Armoedebeleid') } },
        workspace.id,
      );
      const topic = response.json() as Json;
      expectEvent(event, {
        action: 'topic.create',
        entityId: topic.id as string,
        before: null,
        after: topic,
      });
    },
    async failure() {
      const url = `${base()}/topics`;
      await recordsNothing({ method: 'POST', url, payload: { name: '' } }, 400, 'validation');
      await recordsNothing(
        { method: 'POST', url, payload: { name: 'X', status: 'bevroren' } },
        400,
        'validation',
      );
    },
  },

  'PATCH /api/v1/workspaces/:workspaceId/topics/:topicId': {
    async success({ t, workspace }) {
      const topic = await newTopic(t, workspace);
      const { response, event } = await recordsOne(
        { method: 'PATCH', url: `${base()}/topics/${topic.id}`, payload: { version: 1, status: 'afgerond' } },
        workspace.id,
      );
      expectEvent(event, {
        action: 'topic.update',
        entityId: topic.id,
        before: topic,
        after: response.json(),
      });
    },
    async failure({ t, workspace }) {
      const topic = await newTopic(t, workspace);
      const url = `${base()}/topics/${topic.id}`;
      await t.inject({ method: 'PATCH', url, payload: { version: 1, description: 'Eerst' } });
      await recordsNothing(
        { method: 'PATCH', url, payload: { version: 1, name: 'Later' } },
        409,
        'version_conflict',
      );
      await recordsNothing(
        { method: 'PATCH', url: `${base()}/topics/${NO_SUCH_ID}`, payload: { version: 1, name: 'Nee' } },
        404,
        'not_found',
      );
    },
  },

  'DELETE /api/v1/workspaces/:workspaceId/topics/:topicId': {
    async success({ t, workspace }) {
      const { topic, position } = await newPosition(t, workspace);
      const { event } = await recordsOne(
        { method: 'DELETE', url: `${base()}/topics/${topic.id}` },
        workspace.id,
      );
      expectEvent(event, {
        action: 'topic.delete',
        entityId: topic.id,
        before: { topic, positions: [position] },
        after: null,
      });
    },
    async failure() {
      await recordsNothing({ method: 'DELETE', url: `${base()}/topics/${NO_SUCH_ID}` }, 404, 'not_found');
    },
  },

  'POST /api/v1/workspaces/:workspaceId/topics/:topicId/positions': {
    async success({ t, workspace }) {
      const [topic, actor, perspective] = [
        await newTopic(t, workspace),
        await newActor(t, workspace),
        await newPerspective(t, workspace),
      ];
      const { response, event } = await recordsOne(
        {
          method: 'POST',
          url: `${base()}/topics/${topic.id}/positions`,
          payload: {
            actorId: actor.id,
            perspectiveId: perspective.id,
            invloed: 5,
            belang: 1,
            standpunt: 2,
            beweging: 'van_boven',
            assessedOn: '2026-02-01',
          },
        },
        workspace.id,
      );
      expectEvent(event, {
        action: 'position.create',
        entityId: topic.id,
        before: null,
        after: { topic: { id: topic.id, name: topic.name }, positions: [response.json()] },
      });
    },
    async failure({ t, workspace }) {
      const { topic, perspective, position } = await newPosition(t, workspace);
      const url = `${base()}/topics/${topic.id}/positions`;
      const { id: _id, topicId: _t, createdBy: _c, createdAt: _a, ...fields } = position;
      const good = { ...fields, perspectiveId: perspective.id };
      await recordsNothing({ method: 'POST', url, payload: { ...good, standpunt: 3 } }, 400, 'validation');
      await recordsNothing(
        { method: 'POST', url, payload: [good, { ...good, actorId: NO_SUCH_ID }] },
        400,
        'validation',
      );
      await recordsNothing(
        { method: 'POST', url: `${base()}/topics/${NO_SUCH_ID}/positions`, payload: good },
        404,
        'not_found',
      );
    },
  },

  // ─── the uitvraag ───────────────────────────────────────────────────────────────────────────────────────

  'POST /api/v1/workspaces/:workspaceId/surveys': {
    async success({ workspace }) {
      const { response, event } = await recordsOne(
        { method: 'POST', url: `${base()}/surveys`, payload: { title: 'Ronde één', closesOn: '2099-12-31' } },
        workspace.id,
      );
      expectEvent(event, {
        action: 'survey.create',
        entityId: response.json().id,
        before: null,
        after: response.json(),
      });
    },
    async failure() {
      const url = `${base()}/surveys`;
      await recordsNothing(
        { method: 'POST', url, payload: { title: '', closesOn: '2099-12-31' } },
        400,
        'validation',
      );
      await recordsNothing(
        {
          method: 'POST',
          url,
          payload: { title: 'Omgekeerd', opensOn: '2099-12-31', closesOn: '2099-01-01' },
        },
        400,
        'validation',
      );
    },
  },

  'PATCH /api/v1/workspaces/:workspaceId/surveys/:surveyId': {
    async success({ t, workspace }) {
      const survey = await newSurvey(t, workspace);
      const { response, event } = await recordsOne(
        {
          method: 'PATCH',
          url: `${base()}/surveys/${survey.id}`,
          payload: { version: survey.version, state: 'open' },
        },
        workspace.id,
      );
      expectEvent(event, {
        action: 'survey.update',
        entityId: survey.id,
        before: survey,
        after: response.json(),
      });
    },
    async failure({ t, workspace }) {
      const survey = await newSurvey(t, workspace);
      const url = `${base()}/surveys/${survey.id}`;
      await recordsNothing(
        { method: 'PATCH', url, payload: { version: survey.version + 1, title: 'X' } },
        409,
        'version_conflict',
      );
      await recordsNothing(
        { method: 'PATCH', url, payload: { version: survey.version, state: 'open', closesOn: '2020-01-01' } },
        409,
        'conflict',
      );
      await recordsNothing(
        { method: 'PATCH', url: `${base()}/surveys/${NO_SUCH_ID}`, payload: { version: 1 } },
        404,
        'not_found',
      );
    },
  },

  'DELETE /api/v1/workspaces/:workspaceId/surveys/:surveyId': {
    async success({ t, workspace }) {
      const survey = await newSurvey(t, workspace);
      const { event } = await recordsOne(
        { method: 'DELETE', url: `${base()}/surveys/${survey.id}` },
        workspace.id,
      );
      expectEvent(event, { action: 'survey.delete', entityId: survey.id, before: survey, after: null });
    },
    async failure() {
      await recordsNothing({ method: 'DELETE', url: `${base()}/surveys/${NO_SUCH_ID}` }, 404, 'not_found');
    },
  },

  'POST /api/v1/workspaces/:workspaceId/surveys/:surveyId/respondents': {
    async success({ t, workspace }) {
      const survey = await newSurvey(t, workspace);
      const actor = await newActor(t, workspace);
      const { response, event } = await recordsOne(
        {
          method: 'POST',
          url: `${base()}/surveys/${survey.id}/respondents`,
          payload: {
            respondents: [{ actorId: actor.id, contactName: 'Geheime Naam', email: 'geheim@example.org' }],
          },
        },
        workspace.id,
      );
      const [link] = response.json().links;
      // The speler's own perspective is made in the same change and recorded in its one event.
      const perspective = (await t.store.perspectives.listAll(workspace.id)).find(
        (p) => p.name === actor.name,
      );
      expectEvent(event, {
        action: 'respondent.create',
        entityId: survey.id,
        before: null,
        after: {
          surveyId: survey.id,
          respondents: [{ respondentId: link.respondentId, actorId: actor.id }],
          perspectivesCreated: [perspective],
        },
      });
      expect(JSON.stringify(event)).not.toMatch(/Geheime Naam|geheim@example|token/);
    },
    async failure({ t, workspace }) {
      const { survey, actor } = await newRespondent(t, workspace);
      const url = `${base()}/surveys/${survey.id}/respondents`;
      await recordsNothing(
        { method: 'POST', url, payload: { respondents: [{ actorId: actor.id }] } },
        409,
        'conflict',
      );
      await recordsNothing(
        {
          method: 'POST',
          url,
          payload: { respondents: [{ actorId: (await newActor(t, workspace)).id }, { actorId: NO_SUCH_ID }] },
        },
        400,
        'validation',
      );
      await recordsNothing(
        { method: 'POST', url, payload: { respondents: [{ actorId: actor.id, email: 'geen-adres' }] } },
        400,
        'validation',
      );
    },
  },

  'POST /api/v1/workspaces/:workspaceId/surveys/:surveyId/links': {
    async success({ t, workspace }) {
      const { survey, respondentId, actor } = await newRespondent(t, workspace);
      const { event } = await recordsOne(
        {
          method: 'POST',
          url: `${base()}/surveys/${survey.id}/links`,
          payload: { respondentIds: [respondentId] },
        },
        workspace.id,
      );
      expectEvent(event, {
        action: 'respondent.link',
        entityId: survey.id,
        before: null,
        after: { surveyId: survey.id, respondentIds: [respondentId] },
      });
      expect(event).toMatchObject({ entityType: 'survey' });
      expect(actor.id).toBeTruthy();
    },
    async failure({ t, workspace }) {
      const { survey } = await newRespondent(t, workspace);
      await recordsNothing(
        {
          method: 'POST',
          url: `${base()}/surveys/${survey.id}/links`,
          payload: { respondentIds: [NO_SUCH_ID] },
        },
        404,
        'not_found',
      );
    },
  },

  'POST /api/v1/workspaces/:workspaceId/surveys/:surveyId/respondents/:respondentId/revoke': {
    async success({ t, workspace }) {
      const { survey, respondentId } = await newRespondent(t, workspace);
      const { event } = await recordsOne(
        { method: 'POST', url: `${base()}/surveys/${survey.id}/respondents/${respondentId}/revoke` },
        workspace.id,
      );
      expectEvent(event, {
        action: 'respondent.revoke',
        entityId: respondentId,
        before: { status: 'niet_geopend' },
        after: { status: 'ingetrokken' },
      });
    },
    async failure({ t, workspace }) {
      const { survey } = await newRespondent(t, workspace);
      await recordsNothing(
        { method: 'POST', url: `${base()}/surveys/${survey.id}/respondents/${NO_SUCH_ID}/revoke` },
        404,
        'not_found',
      );
    },
  },

  'DELETE /api/v1/workspaces/:workspaceId/surveys/:surveyId/respondents/:respondentId/contact': {
    async success({ t, workspace }) {
      const { survey, respondentId } = await newRespondent(t, workspace);
      const { event } = await recordsOne(
        { method: 'DELETE', url: `${base()}/surveys/${survey.id}/respondents/${respondentId}/contact` },
        workspace.id,
      );
      expectEvent(event, {
        action: 'respondent.forget_contact',
        entityId: survey.id,
        before: null,
        after: { surveyId: survey.id, respondentIds: [respondentId] },
      });
    },
    async failure({ t, workspace }) {
      const { survey } = await newRespondent(t, workspace);
      await recordsNothing(
        { method: 'DELETE', url: `${base()}/surveys/${survey.id}/respondents/${NO_SUCH_ID}/contact` },
        404,
        'not_found',
      );
    },
  },

  'DELETE /api/v1/workspaces/:workspaceId/surveys/:surveyId/contacts': {
    async success({ t, workspace }) {
      const { survey, respondentId } = await newRespondent(t, workspace);
      const { event } = await recordsOne(
        { method: 'DELETE', url: `${base()}/surveys/${survey.id}/contacts` },
        workspace.id,
      );
      expectEvent(event, {
        action: 'respondent.forget_contact',
        entityId: survey.id,
        before: null,
        after: { surveyId: survey.id, respondentIds: [respondentId] },
      });
    },
    async failure() {
      await recordsNothing(
        { method: 'DELETE', url: `${base()}/surveys/${NO_SUCH_ID}/contacts` },
        404,
        'not_found',
      );
    },
  },

  'POST /api/v1/workspaces/:workspaceId/surveys/:surveyId/proposals/:proposalId/decision': {
    async success({ t, workspace }) {
      const { survey, proposalId } = await newProposal(t, workspace);
      const proposal = (await get(`${base()}/surveys/${survey.id}/proposals`)).items as {
        name: string;
        force: string;
      }[];
      const { response, event } = await recordsOne(
        {
          method: 'POST',
          url: `${base()}/surveys/${survey.id}/proposals/${proposalId}/decision`,
          payload: { decision: 'accept' },
        },
        workspace.id,
      );
      const actorId = response.json().actorId as string;
      const created = await get(`${base()}/actors/${actorId}`);
      expectEvent(event, {
        action: 'proposal.resolve',
        entityId: proposalId,
        before: { name: proposal[0]?.name, force: proposal[0]?.force, status: 'open' },
        after: {
          name: proposal[0]?.name,
          force: proposal[0]?.force,
          status: 'accepted',
          actorId,
          actorCreated: created,
        },
      });
    },
    async failure({ t, workspace }) {
      const { survey, proposalId } = await newProposal(t, workspace);
      const url = `${base()}/surveys/${survey.id}/proposals/${proposalId}/decision`;
      await recordsNothing(
        { method: 'POST', url, payload: { decision: 'merge', actorId: NO_SUCH_ID } },
        400,
        'validation',
      );
      await recordsNothing({ method: 'POST', url, payload: { decision: 'later' } }, 400, 'validation');
      await recordsNothing(
        {
          method: 'POST',
          url: `${base()}/surveys/${survey.id}/proposals/${NO_SUCH_ID}/decision`,
          payload: { decision: 'reject' },
        },
        404,
        'not_found',
      );
    },
  },

  'POST /api/v1/survey-response/open': {
    async success({ t, workspace }) {
      const { token } = await newRespondent(t, workspace);
      // Opening is noted on the respondent (for the coordinator's overview), not a change to the map.
      await succeedsWithoutRecord(
        { method: 'POST', url: `${API}/survey-response/open`, payload: { token } },
        null,
      );
    },
    async failure() {
      await recordsNothing(
        { method: 'POST', url: `${API}/survey-response/open`, payload: { token: 'Q'.repeat(43) } },
        404,
        'survey_link',
        { session: null },
      );
    },
  },

  'PUT /api/v1/survey-response/answers': {
    async success({ t, workspace }) {
      const { token, actor, respondentId, survey } = await newRespondent(t, workspace);
      const other = await newActor(t, workspace);
      const total = await count(null);
      const known = await count(workspace.id);
      const response = await send(
        {
          method: 'PUT',
          url: `${API}/survey-response/answers`,
          payload: { token, answers: { ties: [{ actorId: other.id, types: ['werkt_samen'] }] } },
        },
        null,
      );
      expect(response.statusCode, response.body).toBe(200);
      expect([await count(workspace.id), await count(null)]).toEqual([known + 1, total + 1]);
      const event = await newestEvent(workspace.id);
      const perspective = (await t.store.perspectives.listAll(workspace.id)).find(
        (p) => p.name === actor.name,
      );
      expect(event).toMatchObject({
        action: 'respondent.answer',
        entityId: respondentId,
        via: 'survey',
        user: null,
        before: null,
        after: {
          surveyId: survey.id,
          actorId: actor.id,
          perspectiveId: perspective?.id,
          ties: 1,
          finished: false,
          relationsCreated: 1,
          relationsRemoved: 0,
        },
      });
    },
    async failure({ t, workspace }) {
      const { token } = await newRespondent(t, workspace);
      const url = `${API}/survey-response/answers`;
      await recordsNothing(
        {
          method: 'PUT',
          url,
          payload: { token, answers: { ties: [{ actorId: NO_SUCH_ID, types: ['werkt_samen'] }] } },
        },
        400,
        'validation',
        { session: null },
      );
      await recordsNothing(
        { method: 'PUT', url, payload: { token: 'Q'.repeat(43), answers: { ties: [] } } },
        404,
        'survey_link',
        { session: null },
      );
    },
  },

  'POST /api/v1/survey-response/withdraw': {
    async success({ t, workspace }) {
      const { token, respondentId } = await newRespondent(t, workspace);
      const total = await count(null);
      const response = await send(
        { method: 'POST', url: `${API}/survey-response/withdraw`, payload: { token } },
        null,
      );
      expect(response.statusCode, response.body).toBe(204);
      expect(await count(null)).toBe(total + 1);
      expect(await newestEvent(workspace.id)).toMatchObject({
        action: 'respondent.withdraw',
        entityId: respondentId,
        via: 'survey',
        user: null,
      });
    },
    async failure() {
      await recordsNothing(
        { method: 'POST', url: `${API}/survey-response/withdraw`, payload: { token: 'kort' } },
        404,
        'survey_link',
        { session: null },
      );
    },
  },

  'POST /api/v1/workspaces/:workspaceId/surveys/:surveyId/mail': {
    async success({ t, workspace }) {
      const { survey, respondentId } = await newRespondent(t, workspace);
      const { event } = await recordsOne(
        {
          method: 'POST',
          url: `${base()}/surveys/${survey.id}/mail`,
          payload: {
            kind: 'herinnering',
            respondentIds: [respondentId],
            subject: 'Herinnering: {titel}',
            body: 'Beste {naam}, uw nieuwe link: {link}',
          },
        },
        workspace.id,
      );
      expectEvent(event, {
        action: 'respondent.mail',
        entityId: survey.id,
        before: null,
        after: {
          surveyId: survey.id,
          kind: 'herinnering',
          respondentIds: [respondentId],
          sent: 1,
          skipped: 0,
          failed: 0,
        },
      });
      // Counts and ids only: the contact data stays out of the append-only trail.
      expect(JSON.stringify(event)).not.toMatch(/contact@example\.org|Contact Persoon|Beste/);
    },
    async failure({ t, workspace }) {
      const { survey, respondentId } = await newRespondent(t, workspace);
      const url = `${base()}/surveys/${survey.id}/mail`;
      const mail = { kind: 'uitnodiging', respondentIds: [respondentId], subject: 'Uitnodiging' };
      await recordsNothing(
        { method: 'POST', url, payload: { ...mail, body: 'Beste {voornaam}: {link}' } },
        400,
        'validation',
      );
      await recordsNothing(
        { method: 'POST', url, payload: { ...mail, body: 'Zonder link' } },
        400,
        'validation',
      );
      await recordsNothing(
        { method: 'POST', url, payload: { ...mail, respondentIds: [NO_SUCH_ID], body: '{link}' } },
        404,
        'not_found',
      );
      const concept = await newRespondent(t, workspace, await newSurvey(t, workspace));
      await recordsNothing(
        {
          method: 'POST',
          url: `${base()}/surveys/${concept.survey.id}/mail`,
          payload: { ...mail, respondentIds: [concept.respondentId], body: '{link}' },
        },
        409,
        'conflict',
      );
    },
  },

  'POST /api/v1/workspaces/:workspaceId/meetings': {
    async success({ workspace }) {
      const { response, event } = await recordsOne(
        { method: 'POST', url: `${base()}/meetings`, payload: { name: unique('Stadsgesprek') } },
        workspace.id,
      );
      const { code, ...meeting } = response.json() as Meeting;
      expectEvent(event, { action: 'meeting.create', entityId: meeting.id, before: null, after: meeting });
      // The join code lets people in while the meeting is open: it is in the answer, not in the trail.
      expect(event.after).not.toHaveProperty('code');
      expect(code).toMatch(/^[A-Z2-9]{6}$/);
    },
    async failure() {
      const url = `${base()}/meetings`;
      await recordsNothing({ method: 'POST', url, payload: { name: '' } }, 400, 'validation');
      const problem = await recordsNothing(
        { method: 'POST', url, payload: { name: 'Over niets', topicId: NO_SUCH_ID } },
        400,
        'validation',
      );
      expect(problem.invalidParams?.[0]).toMatchObject({ name: 'topicId', code: 'topic_not_in_workspace' });
      await recordsNothing(
        {
          method: 'POST',
          url,
          payload: {
            name: 'Dubbel',
            groups: [
              { name: 'A', force: 'bewoner' },
              { name: 'a', force: 'rijk' },
            ],
          },
        },
        400,
        'validation',
      );
    },
  },

  'PATCH /api/v1/workspaces/:workspaceId/meetings/:meetingId': {
    async success({ t, workspace }) {
      // Planned → open, renamed, closed: each its own event; closing keeps what the meeting brought.
      const planned = await newMeeting(t, workspace, { open: false });
      const url = `${base()}/meetings/${planned.id}`;
      const opened = await recordsOne(
        { method: 'PATCH', url, payload: { version: planned.version, state: 'open' } },
        workspace.id,
      );
      expectEvent(opened.event, {
        action: 'meeting.open',
        entityId: planned.id,
        before: { name: planned.name, state: 'planned', autoAccept: false },
        after: { name: planned.name, state: 'open', autoAccept: false },
      });
      const renamed = await recordsOne(
        {
          method: 'PATCH',
          url,
          payload: { version: opened.response.json().version, name: 'Nieuwe naam', autoAccept: true },
        },
        workspace.id,
      );
      expectEvent(renamed.event, {
        action: 'meeting.update',
        entityId: planned.id,
        before: { name: planned.name, state: 'open', autoAccept: false },
        after: { name: 'Nieuwe naam', state: 'open', autoAccept: true },
      });

      const { meeting, contributionId } = await newContribution(t, workspace);
      const current = (await get(`${base()}/meetings/${meeting.id}`)) as Meeting;
      const { response, event } = await recordsOne(
        {
          method: 'PATCH',
          url: `${base()}/meetings/${meeting.id}`,
          payload: { version: current.version, state: 'closed' },
        },
        workspace.id,
      );
      expect(response.json()).toMatchObject({ state: 'closed' });
      expectEvent(event, {
        action: 'meeting.close',
        entityId: meeting.id,
        before: { name: meeting.name, state: 'open', autoAccept: false },
        after: {
          name: meeting.name,
          state: 'closed',
          participants: 1,
          groups: meeting.groups.map((group, index) => ({
            name: group.name,
            participants: index === 0 ? 1 : 0,
          })),
          accepted: 0,
          rejected: 0,
          pending: 1,
          added: { actors: 0, relations: 0, positions: 0 },
        },
      });
      // Counts only: no nickname or contribution text of the participants in the trail.
      expect(JSON.stringify(event)).not.toMatch(/Deelnemer|Doet veel in de wijk/);
      expect(contributionId).toBeTruthy();
    },
    async failure({ t, workspace }) {
      const meeting = await newMeeting(t, workspace);
      const url = `${base()}/meetings/${meeting.id}`;
      await recordsNothing(
        { method: 'PATCH', url, payload: { version: meeting.version + 5, name: 'Te laat' } },
        409,
        'version_conflict',
      );
      await recordsNothing(
        { method: 'PATCH', url, payload: { version: meeting.version, state: 'gesloten' } },
        400,
        'validation',
      );
      const closed = await t.inject({
        method: 'PATCH',
        url,
        payload: { version: meeting.version, state: 'closed' },
      });
      expect(closed.statusCode, closed.body).toBe(200);
      // A closed meeting stays closed.
      const reopen = await recordsNothing(
        { method: 'PATCH', url, payload: { version: closed.json().version, state: 'open' } },
        409,
        'conflict',
      );
      expect(reopen.reason).toBe('meeting_state');
      await recordsNothing(
        {
          method: 'PATCH',
          url: `${base()}/meetings/${NO_SUCH_ID}`,
          payload: { version: 1, name: 'Niemand' },
        },
        404,
        'not_found',
      );
    },
  },

  'POST /api/v1/workspaces/:workspaceId/meetings/:meetingId/contributions/:contributionId/decision': {
    async success({ t, workspace }) {
      const { meeting, contributionId } = await newContribution(t, workspace);
      const pending = await contributionOf(meeting, contributionId);
      const { response, event } = await recordsOne(
        {
          method: 'POST',
          url: `${base()}/meetings/${meeting.id}/contributions/${contributionId}/decision`,
          payload: { decision: 'accept' },
        },
        workspace.id,
      );
      const actorId = response.json().actorId as string;
      const created = await get(`${base()}/actors/${actorId}`);
      const about = { meetingId: meeting.id, meetingName: meeting.name, kind: 'actor' };
      expectEvent(event, {
        action: 'contribution.decide',
        entityId: contributionId,
        before: { ...about, content: pending.content, status: 'pending', group: 'Bewoners' },
        after: {
          ...about,
          status: 'accepted',
          group: 'Bewoners',
          actorId,
          relationId: null,
          actorCreated: created,
        },
      });

      // Rejecting is a decision too, recorded the same way.
      const second = await newContribution(t, workspace);
      const rejected = await recordsOne(
        {
          method: 'POST',
          url: `${base()}/meetings/${second.meeting.id}/contributions/${second.contributionId}/decision`,
          payload: { decision: 'reject' },
        },
        workspace.id,
      );
      expect(rejected.event).toMatchObject({
        action: 'contribution.decide',
        entityId: second.contributionId,
        via: 'api',
        after: { status: 'rejected', actorId: null, relationId: null },
      });
    },
    async failure({ t, workspace }) {
      const { meeting, contributionId } = await newContribution(t, workspace);
      const url = `${base()}/meetings/${meeting.id}/contributions`;
      await recordsNothing(
        {
          method: 'POST',
          url: `${url}/${contributionId}/decision`,
          payload: { decision: 'merge', actorId: NO_SUCH_ID },
        },
        400,
        'validation',
      );
      await recordsNothing(
        { method: 'POST', url: `${url}/${contributionId}/decision`, payload: { decision: 'later' } },
        400,
        'validation',
      );
      await recordsNothing(
        { method: 'POST', url: `${url}/${NO_SUCH_ID}/decision`, payload: { decision: 'reject' } },
        404,
        'not_found',
      );
      await decide(meeting, contributionId, { decision: 'reject' });
      const again = await recordsNothing(
        { method: 'POST', url: `${url}/${contributionId}/decision`, payload: { decision: 'accept' } },
        409,
        'conflict',
      );
      expect(again.reason).toBe('contribution_decided');
    },
  },

  'POST /api/v1/meeting-participation/door': {
    async success({ t, workspace }) {
      const meeting = await newMeeting(t, workspace);
      await succeedsWithoutRecord(
        { method: 'POST', url: `${API}/meeting-participation/door`, payload: { code: meeting.code } },
        null,
      );
    },
    async failure() {
      await recordsNothing(
        { method: 'POST', url: `${API}/meeting-participation/door`, payload: { code: 'QQQQQQ' } },
        404,
        'meeting_code',
        { session: null },
      );
    },
  },

  'POST /api/v1/meeting-participation/join': {
    async success({ t, workspace }) {
      // A participant is not the werkruimte's data: joining records no event, only the participant.
      const meeting = await newMeeting(t, workspace);
      const { response, before, after } = await succeedsWithoutEvent({
        method: 'POST',
        url: `${API}/meeting-participation/join`,
        payload: { code: meeting.code, groupId: meeting.groups[1]?.id, nickname: 'Bram' },
      });
      expect(response.statusCode).toBe(201);
      const groupsOf = (state: typeof before) =>
        state.find((entry) => entry.meeting.id === meeting.id)?.meeting.groups.map((g) => g.participants);
      expect(groupsOf(before)).toEqual([0, 0, 0, 0]);
      expect(groupsOf(after)).toEqual([0, 1, 0, 0]);
    },
    async failure({ t, workspace }) {
      const url = `${API}/meeting-participation/join`;
      const meeting = await newMeeting(t, workspace);
      const other = await newMeeting(t, workspace);
      const options = { session: null };
      await recordsNothing(
        { method: 'POST', url, payload: { code: 'QQQQQQ', groupId: meeting.groups[0]?.id } },
        404,
        'meeting_code',
        options,
      );
      // A group of another meeting: refused like a wrong code.
      await recordsNothing(
        { method: 'POST', url, payload: { code: meeting.code, groupId: other.groups[0]?.id } },
        404,
        'meeting_code',
        options,
      );
      await recordsNothing(
        {
          method: 'POST',
          url,
          payload: { code: meeting.code, groupId: meeting.groups[0]?.id, nickname: 'x'.repeat(41) },
        },
        400,
        'validation',
        options,
      );
    },
  },

  'POST /api/v1/meeting-participation/contributions': {
    async success({ t, workspace }) {
      // Sent is not accepted: a pending contribution is no werkruimte data yet, so no event.
      const { meeting, token } = await newParticipant(t, workspace);
      const { response, after } = await succeedsWithoutEvent(
        asParticipant(token, 'POST', '/contributions', {
          kind: 'actor',
          name: unique('Genoemd'),
          force: 'rijk',
        }),
      );
      expect(response.json()).toMatchObject({ status: 'pending', mine: true });
      const entry = after.find((candidate) => candidate.meeting.id === meeting.id);
      expect(entry?.contributions.map((row) => [row.id, row.status])).toEqual([
        [response.json().id, 'pending'],
      ]);

      // In a trusted room the meeting accepts at once: one event, by the meeting, no account.
      const trusted = await newParticipant(
        t,
        workspace,
        await newMeeting(t, workspace, { autoAccept: true }),
      );
      const name = unique('Meteen erbij');
      const accepted = await recordsOne(
        asParticipant(trusted.token, 'POST', '/contributions', { kind: 'actor', name, force: 'bewoner' }),
        workspace.id,
        null,
      );
      const contribution = accepted.response.json() as Contribution;
      expect(contribution).toMatchObject({ status: 'accepted' });
      expect(accepted.event).toMatchObject({
        action: 'contribution.decide',
        entityType: 'contribution',
        entityId: contribution.id,
        via: 'meeting',
        user: null,
        before: { meetingId: trusted.meeting.id, status: 'pending', content: { kind: 'actor', name } },
        after: { meetingId: trusted.meeting.id, status: 'accepted', actorId: contribution.actorId },
      });
      expect((accepted.event.after as Json).actorCreated).toMatchObject({ id: contribution.actorId, name });
    },
    async failure({ t, workspace }) {
      const { token } = await newParticipant(t, workspace);
      const other = await t.createWorkspace({ name: unique('Andere werkruimte') });
      const [mine, foreign] = [await newActor(t, workspace), await newActor(t, other)];
      const options = { session: null };
      await recordsNothing(
        asParticipant('Q'.repeat(43), 'POST', '/contributions', {
          kind: 'actor',
          name: 'Niemand',
          force: 'rijk',
        }),
        404,
        'meeting_code',
        options,
      );
      const problem = await recordsNothing(
        asParticipant(token, 'POST', '/contributions', {
          kind: 'tie',
          sourceId: mine.id,
          targetId: foreign.id,
          type: 'werkt_samen',
        }),
        400,
        'validation',
        options,
      );
      expect(problem.invalidParams?.[0]).toMatchObject({ name: 'targetId', code: 'actor_not_in_workspace' });
      // A meeting without a vraagstuk takes no places on one.
      await recordsNothing(
        asParticipant(token, 'POST', '/contributions', {
          kind: 'position',
          actorId: mine.id,
          invloed: 3,
          belang: 3,
          standpunt: 0,
        }),
        400,
        'validation',
        options,
      );
    },
  },

  'DELETE /api/v1/meeting-participation/contributions/:contributionId': {
    async success({ t, workspace }) {
      // A pending contribution taken back was never the werkruimte's: no event.
      const pending = await newContribution(t, workspace);
      const { after } = await succeedsWithoutEvent(
        asParticipant(pending.token, 'DELETE', `/contributions/${pending.contributionId}`),
      );
      const entry = after.find((candidate) => candidate.meeting.id === pending.meeting.id);
      expect(entry?.contributions.map((row) => row.status)).toEqual(['withdrawn']);

      // An accepted one takes its group's claims off the map: one event, by the meeting, no account.
      const { meeting, token, contributionId } = await newContribution(t, workspace);
      await decide(meeting, contributionId, { decision: 'accept' });
      const { response, event } = await recordsOne(
        asParticipant(token, 'DELETE', `/contributions/${contributionId}`),
        workspace.id,
        null,
      );
      expect(response.statusCode).toBe(204);
      expect(event).toMatchObject({
        action: 'contribution.land',
        entityType: 'contribution',
        entityId: contributionId,
        via: 'meeting',
        user: null,
      });
      const about = { meetingId: meeting.id, meetingName: meeting.name, kind: 'actor' };
      expect(event.before).toEqual({ ...about, status: 'accepted' });
      expect(event.after).toEqual({ ...about, status: 'withdrawn', group: 'Bewoners', relationId: null });
    },
    async failure({ t, workspace }) {
      const { meeting, contributionId } = await newContribution(t, workspace);
      const other = await newParticipant(t, workspace, meeting);
      const options = { session: null };
      const notYours = await recordsNothing(
        asParticipant(other.token, 'DELETE', `/contributions/${contributionId}`),
        409,
        'conflict',
        options,
      );
      expect(notYours.reason).toBe('contribution_not_yours');
      await recordsNothing(
        asParticipant(other.token, 'DELETE', `/contributions/${NO_SUCH_ID}`),
        409,
        'conflict',
        options,
      );
      await recordsNothing(
        asParticipant('Q'.repeat(43), 'DELETE', `/contributions/${contributionId}`),
        404,
        'meeting_code',
        options,
      );
    },
  },

  'PUT /api/v1/meeting-participation/contributions/:contributionId/reaction': {
    async success({ t, workspace }) {
      // "Klopt niet" on an accepted tie changes the group's claim on the map: one event, no account.
      const { meeting, tie, otherToken } = await acceptedTie(t, workspace);
      const reaction = asParticipant(otherToken, 'PUT', `/contributions/${tie.id}/reaction`, {
        verdict: 'klopt_niet',
      });
      const { response, event } = await recordsOne(reaction, workspace.id, null);
      expect(response.json()).toMatchObject({
        myReaction: 'klopt_niet',
        reactions: { klopt: 0, kloptNiet: 1 },
      });
      expect(event).toMatchObject({
        action: 'contribution.land',
        entityType: 'contribution',
        entityId: tie.id,
        via: 'meeting',
        user: null,
      });
      const about = { meetingId: meeting.id, meetingName: meeting.name };
      expect(event.before).toEqual({ ...about, reaction: null });
      expect(event.after).toEqual({
        ...about,
        kind: 'tie',
        reaction: 'klopt_niet',
        group: 'Bewoners',
        relationId: tie.relationId,
      });
      // The same verdict again changes nothing and records nothing.
      await succeedsWithoutRecord(reaction, null);

      // On a speler (not a relatie) a reaction is counted, but no claim changes: no event.
      const accepted = await newContribution(t, workspace);
      await decide(accepted.meeting, accepted.contributionId, { decision: 'accept' });
      const reactor = await newParticipant(t, workspace, accepted.meeting);
      const { after } = await succeedsWithoutEvent(
        asParticipant(reactor.token, 'PUT', `/contributions/${accepted.contributionId}/reaction`, {
          verdict: 'klopt',
        }),
      );
      const entry = after.find((candidate) => candidate.meeting.id === accepted.meeting.id);
      expect(entry?.contributions[0]).toMatchObject({ klopt: 1, kloptNiet: 0 });
    },
    async failure({ t, workspace }) {
      const { tie, token } = await acceptedTie(t, workspace);
      const options = { session: null };
      const own = await recordsNothing(
        asParticipant(token, 'PUT', `/contributions/${tie.id}/reaction`, { verdict: 'klopt' }),
        409,
        'conflict',
        options,
      );
      expect(own.reason).toBe('reaction_own');
      const pending = await newContribution(t, workspace);
      const reactor = await newParticipant(t, workspace, pending.meeting);
      const notYet = await recordsNothing(
        asParticipant(reactor.token, 'PUT', `/contributions/${pending.contributionId}/reaction`, {
          verdict: 'klopt',
        }),
        409,
        'conflict',
        options,
      );
      expect(notYet.reason).toBe('contribution_not_accepted');
      await recordsNothing(
        asParticipant('Q'.repeat(43), 'PUT', `/contributions/${tie.id}/reaction`, { verdict: 'klopt' }),
        404,
        'meeting_code',
        options,
      );
    },
  },

  'POST /api/v1/workspaces/:workspaceId/analysis/what-if': {
    async success({ workspace }) {
      const graph = (await get(`${workspaceUrl(workspace)}/graph`)) as { actors: { id: string }[] };
      await succeedsWithoutRecord({
        method: 'POST',
        url: `${base()}/analysis/what-if`,
        payload: {
          changes: {
            addActors: [{ id: 'nieuw', name: 'Nieuw', force: 'bewoner' }],
            removeActorIds: [graph.actors[0]?.id],
            addRelations: [{ source: 'nieuw', target: graph.actors[1]?.id, type: 'werkt_samen' }],
          },
        },
      });
    },
    async failure() {
      await recordsNothing(
        {
          method: 'POST',
          url: `${base()}/analysis/what-if`,
          payload: { changes: { removeActorIds: [NO_SUCH_ID] } },
        },
        400,
        'validation',
      );
    },
  },

  'POST /api/v1/workspaces/:workspaceId/snapshots': {
    async success({ workspace }) {
      const { response, event } = await recordsOne(
        { method: 'POST', url: `${base()}/snapshots`, payload: { name: unique('Momentopname') } },
        workspace.id,
      );
      const snapshot = response.json() as Snapshot;
      expectEvent(event, {
        action: 'snapshot.create',
        entityId: snapshot.id,
        before: null,
        after: { name: snapshot.name, reason: 'manual', takenAt: snapshot.takenAt, counts: snapshot.counts },
      });
    },
    async failure() {
      const url = `${base()}/snapshots`;
      await recordsNothing({ method: 'POST', url, payload: { name: '' } }, 400, 'validation');
      await recordsNothing({ method: 'POST', url, payload: { name: 'x'.repeat(201) } }, 400, 'validation');
      await recordsNothing({ method: 'POST', url, payload: {} }, 400, 'validation');
    },
  },
  'DELETE /api/v1/workspaces/:workspaceId/snapshots/:snapshotId': {
    async success({ t, workspace }) {
      const snapshot = await newSnapshot(t, workspace);
      const { event } = await recordsOne(
        { method: 'DELETE', url: `${base()}/snapshots/${snapshot.id}` },
        workspace.id,
      );
      expectEvent(event, {
        action: 'snapshot.delete',
        entityId: snapshot.id,
        before: { name: snapshot.name, reason: 'manual', takenAt: snapshot.takenAt, counts: snapshot.counts },
        after: null,
      });
    },
    async failure() {
      await recordsNothing({ method: 'DELETE', url: `${base()}/snapshots/${NO_SUCH_ID}` }, 404, 'not_found');
      await recordsNothing({ method: 'DELETE', url: `${base()}/snapshots/geen-id` }, 400, 'validation');
    },
  },
  'POST /api/v1/workspaces/:workspaceId/import': {
    async success({ t, workspace }) {
      const existing = await newActor(t, workspace, { name: 'Voor de import' });
      const { id, workspaceId: _w, version: _v, createdAt: _c, updatedAt: _u, ...fields } = existing;
      const file = backupFile(workspace.name, [
        { ...fields, id, name: 'Na de import' },
        { id: NO_SUCH_ID.replace('0000-4000', '1111-4111'), name: unique('Nieuw uit import'), force: 'rijk' },
      ]);
      const { event } = await recordsOne(
        { method: 'POST', url: `${base()}/import`, ...multipart([{ name: 'kaart.json', bytes: file }]) },
        workspace.id,
      );
      expectEvent(event, {
        action: 'workspace.import',
        entityId: workspace.id,
        before: { actors: [existing], relations: [] },
        after: {
          files: ['kaart.json'],
          actors: { created: 1, updated: 1 },
          relations: { created: 0, updated: 0 },
        },
      });
    },
    async failure() {
      const upload = (bytes: string) => ({
        method: 'POST' as const,
        url: `${base()}/import`,
        ...multipart([{ name: 'kaart.json', bytes }]),
      });
      await recordsNothing(upload('{"format": "iets anders"}'), 400, 'validation');
      await recordsNothing(
        upload(backupFile('x', [{ id: NO_SUCH_ID, name: '', force: 'rijk' }])),
        400,
        'validation',
      );
    },
  },
};

describe('the audit cases', () => {
  it('cover every write route of the route table', () => {
    const missing = WRITES.map(routeKey).filter((key) => !(key in CASES));
    expect(missing, 'write routes without an audit case in test/security/audit.test.ts').toEqual([]);
    expect(WRITES.length).toBeGreaterThanOrEqual(24);
  });
});

describe.each(BACKENDS)('audit trail on %s', (backend) => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    const t = await buildTestApp(backend, {
      rateLimits: { login: { max: 10_000, windowMs: 60_000 }, write: { max: 100_000, windowMs: 60_000 } },
      mail: smtp.settings(),
    });
    const eventsAfterSetup = await t.store.audit.countFor(null);
    const workspace = await t.createWorkspace({ name: 'Auditkaart' });
    const [a, b] = [await newActor(t, workspace), await newActor(t, workspace)];
    await t.createRelation(workspace.id, a.id, b.id);
    const users = [await t.signUp('een@example.org', 'Een'), await t.signUp('twee@example.org', 'Twee')];
    context = { t, workspace, users, eventsAfterSetup };
  });
  afterAll(async () => {
    await context.t.close();
    await smtp.close();
  });

  const keys = WRITES.map(routeKey);
  const caseOf = (key: string) => {
    const found = CASES[key];
    if (!found) throw new Error(`No audit case for ${key}`);
    return found;
  };

  // The failed calls first: each compares the whole werkruimte before and after (stateOf), which takes
  // longer the more it holds, and every case leaves records in it; after the successful calls it would also
  // hold all of theirs.
  it.each(keys)('%s: a failed call leaves no event and changes nothing', async (key) => {
    await caseOf(key).failure(context);
  });

  it.each(keys)(
    '%s: a successful call leaves exactly one correct event (or none, if it changes no data)',
    async (key) => {
      await caseOf(key).success(context);
    },
  );

  it('cannot be edited or deleted through the API', async () => {
    const { t, workspace } = context;
    const [event] = ((await get(`${workspaceUrl(workspace)}/history?pageSize=1`)) as { items: AuditEvent[] })
      .items;
    const before = await stateOf(t.store, workspace.id);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      for (const path of ['history', `history/${event?.id}`]) {
        const response = await t.inject({
          method,
          url: `${workspaceUrl(workspace)}/${path}`,
          payload: { action: 'workspace.delete', before: null, after: null },
        });
        expect([404, 405], `${method} ${path}: ${response.body}`).toContain(response.statusCode);
        expectProblem(response, response.statusCode);
      }
    }
    expect(await stateOf(t.store, workspace.id)).toEqual(before);
    expect(await get(`${workspaceUrl(workspace)}/history?pageSize=1`)).toMatchObject({ items: [event] });
  });

  it('restores a deleted speler with its relaties under the same ids, as one actor.restore event', async () => {
    const { t, workspace } = context;
    const url = workspaceUrl(workspace);
    const [hub, left, right, gone] = [
      await newActor(t, workspace, { name: 'Spil', achtergrond: 'Sinds 1990', tags: ['kern'] }),
      await newActor(t, workspace),
      await newActor(t, workspace),
      await newActor(t, workspace),
    ] as [Actor, Actor, Actor, Actor];
    const kept = [
      await t.createRelation(workspace.id, hub.id, left.id, { type: 'financiert', description: 'Geld' }),
      await t.createRelation(workspace.id, right.id, hub.id, { type: 'verwijst' }),
    ];
    const lost = await t.createRelation(workspace.id, gone.id, hub.id, { type: 'informeert' });
    const unrelated = await t.createRelation(workspace.id, left.id, right.id);
    const hubBefore = await get(`${url}/actors/${hub.id}`);

    expect((await t.inject({ method: 'DELETE', url: `${url}/actors/${hub.id}` })).statusCode).toBe(204);
    const deletion = (await get(`${url}/history?pageSize=1`)) as { items: AuditEvent[] };
    const deletionEvent = deletion.items[0] as AuditEvent;
    expect(deletionEvent).toMatchObject({ action: 'actor.delete', entityId: hub.id });
    expect((deletionEvent.before as { relations: Relation[] }).relations.map((r) => r.id).sort()).toEqual(
      [...kept, lost].map((r) => r.id).sort(),
    );
    // The other end of one relatie goes too; that relatie cannot come back.
    expect((await t.inject({ method: 'DELETE', url: `${url}/actors/${gone.id}` })).statusCode).toBe(204);

    const { response, event } = await recordsOne(
      { method: 'POST', url: `${url}/history/${deletionEvent.id}/restore` },
      workspace.id,
    );
    expect(response.statusCode).toBe(201);
    const restored = response.json() as { actor: Actor; relations: Relation[]; skippedRelations: Relation[] };
    expect(restored.actor.id).toBe(hub.id);
    expect(restored.relations.map((r) => r.id).sort()).toEqual(kept.map((r) => r.id).sort());
    expect(restored.skippedRelations.map((r) => r.id)).toEqual([lost.id]);
    expect(event).toMatchObject({ action: 'actor.restore', entityId: hub.id, before: null });

    const { version: _v, createdAt: _c, updatedAt: _u, ...profile } = hubBefore;
    expect(await get(`${url}/actors/${hub.id}`)).toMatchObject(profile);
    for (const relation of kept) {
      expect(await get(`${url}/relations/${relation.id}`)).toMatchObject({
        id: relation.id,
        sourceId: relation.sourceId,
        targetId: relation.targetId,
        type: relation.type,
        description: relation.description,
      });
    }
    expectProblem(await t.inject(`${url}/relations/${lost.id}`), 404, 'not_found');
    expect(await get(`${url}/relations/${unrelated.id}`)).toMatchObject({ id: unrelated.id });
    const ofHub = (await get(`${url}/history?actorId=${hub.id}`)) as { items: AuditEvent[] };
    expect(ofHub.items.map((e) => e.action).slice(0, 2)).toEqual(['actor.restore', 'actor.delete']);
  });
});
