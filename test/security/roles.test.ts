/**
 * The role matrix, generated from the route table: in a werkruimte a lezer may use the `read` routes, a
 * redacteur also the `edit` routes, an eigenaar everything; a role too low gets 403 and changes nothing.
 * Members join the way users do — an eigenaar makes an invitation link, the other user accepts it — and
 * the rules around that: the last eigenaar stays, an invitation works once, not after it expired or was
 * revoked, and never lowers a role.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AccessLevel, ROLES, type Role, roleAllows, type Workspace } from '../../src/domain/index.ts';
import { isWorkspaceRoute } from '../../src/server/plugins/workspace-access.ts';
import { buildTestApp, type TestApp, type TestSession, withSession } from '../helpers/build-test-app.ts';
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp.ts';
import { BACKENDS } from '../helpers/test-database.ts';
import {
  API,
  accept,
  apiRoutes,
  deletingWorkspaceLast,
  expectProblem,
  invite,
  join,
  loadRouteTable,
  routeKey,
  stateOf,
  validRequest,
  type World,
  workspaceUrl,
} from './support.ts';

const ROUTES = await loadRouteTable();
const WORKSPACE_ROUTES = deletingWorkspaceLast(
  apiRoutes(ROUTES).filter((route) => isWorkspaceRoute(route.url)),
);
const MATRIX = WORKSPACE_ROUTES.map(
  (route) => [routeKey(route), route.access as AccessLevel, route] as const,
);

describe.each(BACKENDS)('roles on %s', (backend) => {
  let t: TestApp;
  let world: World;
  /** Per role a user who has that role in a werkruimte of their own (made by the administrator). */
  const member = {} as Record<Role, { session: TestSession; workspace: Workspace }>;
  const extra = {} as { eerste: TestSession; tweede: TestSession };
  /** The mail server an eigenaar's invitations by e-mail go to. */
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await buildTestApp(backend, {
      rateLimits: { login: { max: 10_000, windowMs: 60_000 }, write: { max: 100_000, windowMs: 60_000 } },
      mail: smtp.settings(),
    });
    world = { t, doel: await t.signUp('doel@example.org', 'Doel') };
    for (const role of ROLES) {
      const session = await t.signUp(`${role}@example.org`, role);
      const workspace = await t.createWorkspace({ name: `Kaart van de ${role}` });
      const [a, b] = [
        await t.createActor(workspace.id),
        await t.createActor(workspace.id, { name: 'Buurtkamer' }),
      ];
      await t.createRelation(workspace.id, a.id, b.id);
      await join(t, session, workspace.id, role);
      member[role] = { session, workspace };
    }
    extra.eerste = await t.signUp('eerste@example.org', 'Eerste');
    extra.tweede = await t.signUp('tweede@example.org', 'Tweede');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('gives each test user the role it was invited with', async () => {
    for (const role of ROLES) {
      const { session, workspace } = member[role];
      const response = await t.app.inject(withSession(session, workspaceUrl(workspace)));
      expect(response.json()).toMatchObject({ id: workspace.id, role });
    }
  });

  describe.each(ROLES)('a %s', (role) => {
    it.each(MATRIX)('%s (access %s)', async (_key, access, route) => {
      const { session, workspace } = member[role];
      const request = await validRequest(route, world, workspace);
      const before = await stateOf(t.store, workspace.id);
      const response = await t.app.inject(withSession(session, request));
      if (roleAllows(role, access)) {
        expect(response.statusCode, response.body).toBeGreaterThanOrEqual(200);
        expect(response.statusCode, response.body).toBeLessThan(300);
      } else {
        const problem = expectProblem(response, 403, 'forbidden');
        expect(problem.detail).toContain(`U bent ${role} in deze werkruimte`);
        expect(await stateOf(t.store, workspace.id)).toEqual(before);
      }
    });
  });

  describe('the last eigenaar', () => {
    it('can be neither demoted nor removed (409), by anyone', async () => {
      const workspace = await t.createWorkspace({ name: 'Eén eigenaar' });
      const self = `${workspaceUrl(workspace)}/members/${t.admin.user.id}`;
      const before = await stateOf(t.store, workspace.id);
      for (const role of ['redacteur', 'lezer'] as const) {
        const problem = expectProblem(
          await t.inject({ method: 'PATCH', url: self, payload: { role } }),
          409,
          'conflict',
        );
        expect(problem.reason).toBe('last_owner');
      }
      expect(expectProblem(await t.inject({ method: 'DELETE', url: self }), 409, 'conflict').reason).toBe(
        'last_owner',
      );
      expect(await stateOf(t.store, workspace.id)).toEqual(before);
    });

    it('may step down once there is another eigenaar, who then is the last', async () => {
      const workspace = await t.createWorkspace({ name: 'Twee eigenaren' });
      await join(t, extra.eerste, workspace.id, 'eigenaar');
      const admin = `${workspaceUrl(workspace)}/members/${t.admin.user.id}`;
      const eerste = `${workspaceUrl(workspace)}/members/${extra.eerste.user.id}`;
      const demoted = await t.inject({ method: 'PATCH', url: admin, payload: { role: 'lezer' } });
      expect(demoted.statusCode, demoted.body).toBe(200);
      const before = await stateOf(t.store, workspace.id);
      const leaving = await t.app.inject(withSession(extra.eerste, { method: 'DELETE', url: eerste }));
      expect(expectProblem(leaving, 409, 'conflict').reason).toBe('last_owner');
      const stepDown = await t.app.inject(
        withSession(extra.eerste, { method: 'PATCH', url: eerste, payload: { role: 'redacteur' } }),
      );
      expect(expectProblem(stepDown, 409, 'conflict').reason).toBe('last_owner');
      expect(await stateOf(t.store, workspace.id)).toEqual(before);
      // And the administrator, now a lezer there, has no say over members any more.
      expectProblem(await t.inject({ method: 'DELETE', url: eerste }), 403, 'forbidden');
    });
  });

  describe('invitations', () => {
    it('work once: a second accept gets 410 and adds no one', async () => {
      const workspace = await t.createWorkspace({ name: 'Eenmalig' });
      const { token } = await invite(t, workspace.id, 'redacteur');
      const first = await accept(t, extra.eerste, token);
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toEqual({ workspaceId: workspace.id, role: 'redacteur' });

      const before = await stateOf(t.store, workspace.id);
      const again = await accept(t, extra.tweede, token);
      expect(expectProblem(again, 410, 'gone').reason).toBe('invitation_unusable');
      expectProblem(await accept(t, extra.eerste, token), 410, 'gone');
      const preview = await t.app.inject({
        method: 'POST',
        url: `${API}/invitations/preview`,
        payload: { token },
      });
      expectProblem(preview, 410, 'gone');
      expect(await stateOf(t.store, workspace.id)).toEqual(before);
      expect(await t.store.members.roleOf(workspace.id, extra.tweede.user.id)).toBeNull();
    });

    it('are refused once expired (410)', async () => {
      const workspace = await t.createWorkspace({ name: 'Verlopen uitnodiging' });
      // An invitation made two days ago for one day: the clock of the app is set back while it is made
      // (only Date is faked; the database keeps its own clock, against which the expiry is checked).
      vi.useFakeTimers({ toFake: ['Date'] });
      let token: string;
      try {
        vi.setSystemTime(Date.now() - 2 * 24 * 60 * 60 * 1000);
        ({ token } = await invite(t, workspace.id, 'eigenaar', 1));
      } finally {
        vi.useRealTimers();
      }
      const before = await stateOf(t.store, workspace.id);
      const preview = await t.app.inject({
        method: 'POST',
        url: `${API}/invitations/preview`,
        payload: { token },
      });
      expect(expectProblem(preview, 410, 'gone').reason).toBe('invitation_unusable');
      expectProblem(await accept(t, extra.eerste, token), 410, 'gone');
      expect(await stateOf(t.store, workspace.id)).toEqual(before);
      expect(await t.store.members.roleOf(workspace.id, extra.eerste.user.id)).toBeNull();
    });

    it('are refused once revoked (410)', async () => {
      const workspace = await t.createWorkspace({ name: 'Ingetrokken uitnodiging' });
      const { token, invitation } = await invite(t, workspace.id, 'eigenaar');
      const revoked = await t.inject({
        method: 'DELETE',
        url: `${workspaceUrl(workspace)}/invitations/${invitation.id}`,
      });
      expect(revoked.statusCode, revoked.body).toBe(204);
      const before = await stateOf(t.store, workspace.id);
      expectProblem(await accept(t, extra.eerste, token), 410, 'gone');
      expect(await stateOf(t.store, workspace.id)).toEqual(before);
    });

    it('never lower the role of someone who is a member already', async () => {
      const workspace = await t.createWorkspace({ name: 'Geen degradatie' });
      await join(t, extra.eerste, workspace.id, 'redacteur');
      const { token } = await invite(t, workspace.id, 'lezer');
      const response = await accept(t, extra.eerste, token);
      expect(response.json()).toMatchObject({ role: 'redacteur' });
      expect(await t.store.members.roleOf(workspace.id, extra.eerste.user.id)).toBe('redacteur');
    });

    it('are listed without their tokens, and a token cannot be used without signing in or making an account', async () => {
      const workspace = await t.createWorkspace({ name: 'Geheime tokens' });
      const { token } = await invite(t, workspace.id, 'lezer');
      const list = await t.inject(`${workspaceUrl(workspace)}/invitations`);
      expect(list.statusCode).toBe(200);
      expect(list.body).not.toContain(token);
      const before = await stateOf(t.store, workspace.id);
      const anonymous = await t.app.inject({
        method: 'POST',
        url: `${API}/invitations/accept`,
        payload: { token },
      });
      expectProblem(anonymous, 401, 'unauthenticated');
      expect(await stateOf(t.store, workspace.id)).toEqual(before);
    });
  });

  it('lets every role compare two werkruimtes it may read, and no one a werkruimte they are not in', async () => {
    // GET /compare is outside the matrix (its path names no werkruimte): read access to both is enough.
    const second = await t.createWorkspace({ name: 'Tweede kaart' });
    const closed = await t.createWorkspace({ name: 'Niet van hen' });
    for (const role of ROLES) {
      // A werkruimte of their own in this role (the matrix above deleted the eigenaar's).
      const { session } = member[role];
      const workspace = await t.createWorkspace({ name: `Vergelijking van de ${role}` });
      await join(t, session, workspace.id, role);
      await join(t, session, second.id, 'lezer');
      const ok = await t.app.inject(withSession(session, `${API}/compare?a=${workspace.id}&b=${second.id}`));
      expect(ok.statusCode, `${role}: ${ok.body}`).toBe(200);
      const before = await stateOf(t.store, closed.id);
      const refused = await t.app.inject(
        withSession(session, `${API}/compare?a=${workspace.id}&b=${closed.id}`),
      );
      expect(expectProblem(refused, 404, 'not_found').invalidParams?.map((param) => param.name)).toEqual([
        'b',
      ]);
      expect(await stateOf(t.store, closed.id)).toEqual(before);
    }
  });

  it('applies a role change at once', async () => {
    const workspace = await t.createWorkspace({ name: 'Rolwissel' });
    await join(t, extra.tweede, workspace.id, 'redacteur');
    const addActor = (name: string) =>
      t.app.inject(
        withSession(extra.tweede, {
          method: 'POST',
          url: `${workspaceUrl(workspace)}/actors`,
          payload: { name, force: 'bewoner' },
        }),
      );
    expect((await addActor('Mag nog')).statusCode).toBe(201);
    const demote = await t.inject({
      method: 'PATCH',
      url: `${workspaceUrl(workspace)}/members/${extra.tweede.user.id}`,
      payload: { role: 'lezer' },
    });
    expect(demote.statusCode, demote.body).toBe(200);
    const before = await stateOf(t.store, workspace.id);
    expectProblem(await addActor('Mag niet meer'), 403, 'forbidden');
    expect(await stateOf(t.store, workspace.id)).toEqual(before);
    // Removed altogether, the werkruimte is gone for them (404, as for anyone who is not a member).
    await t.inject({ method: 'DELETE', url: `${workspaceUrl(workspace)}/members/${extra.tweede.user.id}` });
    expectProblem(await t.app.inject(withSession(extra.tweede, workspaceUrl(workspace))), 404, 'not_found');
  });
});
