/**
 * Sessions and what guards them: cross-site request forgery (the CSRF token, and the browser's Origin and
 * Sec-Fetch-Site, login included), session fixation, logout, password change, idle expiry, the session
 * cookie's attributes, one answer for every failed login, and the rate limits on guessing passwords and on
 * writing.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/domain/index.ts';
import { DEFAULT_RATE_LIMITS } from '../../src/server/app.ts';
import { messages } from '../../src/server/messages/index.ts';
import {
  buildTestApp,
  sessionFrom,
  TEST_PASSWORD,
  type TestApp,
  type TestSession,
  withSession,
} from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';
import { API, expectProblem, stateOf, workspaceUrl } from './support.ts';

/** The Dutch titles: the API's default language. */
const PROBLEM_TITLES = messages('nl').titles;

const COOKIE = 'krachtenveld-sessie';
const RELAXED_LIMITS = {
  login: { max: 10_000, windowMs: 60_000 },
  write: { max: 100_000, windowMs: 60_000 },
};

function setCookieOf(response: LightMyRequestResponse): string {
  const header = [response.headers['set-cookie']].flat()[0];
  expect(header, 'no Set-Cookie').toBeTypeOf('string');
  return header as string;
}

/** The cookie's attributes, lower-cased names. */
function attributesOf(setCookie: string): Map<string, string> {
  return new Map(
    setCookie
      .split(';')
      .slice(1)
      .map((part) => {
        const [name, ...value] = part.trim().split('=');
        return [String(name).toLowerCase(), value.join('=')] as const;
      }),
  );
}

describe.each(BACKENDS)('sessions on %s', (backend) => {
  let t: TestApp;
  let workspace: Workspace;
  let other: TestSession;

  beforeAll(async () => {
    t = await buildTestApp(backend, { rateLimits: RELAXED_LIMITS });
    workspace = await t.createWorkspace({ name: 'Sessiekaart' });
    await t.createActor(workspace.id, { name: 'Wijkteam' });
    other = await t.signUp('ander@example.org', 'Ander');
  });
  afterAll(() => t.close());

  const login = (email: string, password = TEST_PASSWORD, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: `${API}/session`, payload: { email, password }, headers });
  const whoAmI = (cookie: string) => t.app.inject({ url: `${API}/session`, headers: { cookie } });

  describe('cross-site request forgery', () => {
    /** Changes to try, each with the cookie of the administrator; none may land without the right token. */
    const CHANGES: [string, () => InjectOptions][] = [
      [
        'POST a speler',
        () => ({
          method: 'POST',
          url: `${workspaceUrl(workspace)}/actors`,
          payload: { name: 'Vervalst', force: 'rijk' },
        }),
      ],
      [
        'PATCH the werkruimte',
        () => ({ method: 'PATCH', url: workspaceUrl(workspace), payload: { version: 1, name: 'Vervalst' } }),
      ],
      ['DELETE the werkruimte', () => ({ method: 'DELETE', url: workspaceUrl(workspace) })],
      [
        'POST an invitation',
        () => ({
          method: 'POST',
          url: `${workspaceUrl(workspace)}/invitations`,
          payload: { role: 'eigenaar' },
        }),
      ],
      [
        'PUT a new password',
        () => ({
          method: 'PUT',
          url: `${API}/session/password`,
          payload: { currentPassword: TEST_PASSWORD, newPassword: 'overgenomen door een ander' },
        }),
      ],
      ['DELETE the session (logout)', () => ({ method: 'DELETE', url: `${API}/session` })],
    ];

    const WRONG_TOKENS: [string, () => Record<string, string>][] = [
      ['without X-CSRF-Token', () => ({})],
      ['with an empty X-CSRF-Token', () => ({ 'x-csrf-token': '' })],
      ['with a made-up X-CSRF-Token', () => ({ 'x-csrf-token': 'B'.repeat(43) })],
      ['with the token of another session', () => ({ 'x-csrf-token': other.csrfToken })],
      ['with the token in another case', () => ({ 'x-csrf-token': swapCase(t.admin.csrfToken) })],
      [
        'with the session token itself as CSRF token',
        () => ({ 'x-csrf-token': t.admin.cookie.split('=')[1] ?? '' }),
      ],
    ];

    it.each(
      CHANGES.flatMap(([what, request]) =>
        WRONG_TOKENS.map(([how, headers]) => [what, how, request, headers] as const),
      ),
    )('refuses to %s %s (403) and changes nothing', async (_what, _how, request, headers) => {
      const before = await stateOf(t.store, workspace.id);
      const response = await t.app.inject({
        ...request(),
        headers: { cookie: t.admin.cookie, ...headers() },
      });
      expectProblem(response, 403, 'csrf');
      expect(await stateOf(t.store, workspace.id)).toEqual(before);
      expect((await whoAmI(t.admin.cookie)).statusCode).toBe(200);
    });

    const CROSS_SITE: [string, Record<string, string>][] = [
      ['Origin: https://evil.example', { origin: 'https://evil.example' }],
      ['Origin: null', { origin: 'null' }],
      ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
      ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
    ];

    it.each(
      CHANGES.flatMap(([what, request]) =>
        CROSS_SITE.map(([how, headers]) => [what, how, request, headers] as const),
      ),
    )(
      'refuses to %s from another site (%s) even with the right token',
      async (_what, _how, request, headers) => {
        const before = await stateOf(t.store, workspace.id);
        const response = await t.app.inject(withSession(t.admin, { ...request(), headers }));
        expectProblem(response, 403, 'csrf');
        expect(await stateOf(t.store, workspace.id)).toEqual(before);
      },
    );

    it.each(CROSS_SITE)('refuses a login from another site (%s): login CSRF', async (_how, headers) => {
      const response = await login(other.user.email, TEST_PASSWORD, headers);
      expectProblem(response, 403, 'csrf');
      expect(response.headers['set-cookie']).toBeUndefined();
    });

    it('accepts the same change from its own origin with the right token (the control)', async () => {
      const response = await t.app.inject(
        withSession(t.admin, {
          method: 'POST',
          url: `${workspaceUrl(workspace)}/actors`,
          payload: { name: 'Echt', force: 'bewoner' },
          headers: {
            host: 'krachtenveld.example',
            origin: 'https://krachtenveld.example',
            'sec-fetch-site': 'same-origin',
          },
        }),
      );
      expect(response.statusCode, response.body).toBe(201);
    });
  });

  describe('session fixation', () => {
    it('never adopts a cookie set before login: login issues a new token, the planted one stays useless', async () => {
      const planted = 'C'.repeat(43);
      const response = await login(other.user.email, TEST_PASSWORD, { cookie: `${COOKIE}=${planted}` });
      const session = sessionFrom(response);
      expect(session.cookie).toMatch(new RegExp(`^${COOKIE}=[A-Za-z0-9_-]{43}$`));
      expect(session.cookie).not.toBe(`${COOKIE}=${planted}`);
      expectProblem(await whoAmI(`${COOKIE}=${planted}`), 401, 'unauthenticated');
      expect((await whoAmI(session.cookie)).statusCode).toBe(200);
    });

    it('replaces a valid session on a new login: the old token no longer authenticates', async () => {
      const first = sessionFrom(await login(other.user.email));
      const second = sessionFrom(await login(other.user.email, TEST_PASSWORD, { cookie: first.cookie }));
      expect(second.cookie).not.toBe(first.cookie);
      expect(second.csrfToken).not.toBe(first.csrfToken);
      expectProblem(await whoAmI(first.cookie), 401, 'unauthenticated');
      expect((await whoAmI(second.cookie)).statusCode).toBe(200);
    });
  });

  it('ends the session on logout: the cookie is cleared and cannot be reused', async () => {
    const session = sessionFrom(await login(other.user.email));
    const logout = await t.app.inject(withSession(session, { method: 'DELETE', url: `${API}/session` }));
    expect(logout.statusCode).toBe(204);
    expect(setCookieOf(logout)).toMatch(new RegExp(`^${COOKIE}=;.*Expires=Thu, 01 Jan 1970`));
    expectProblem(await whoAmI(session.cookie), 401, 'unauthenticated');
    const before = await stateOf(t.store, workspace.id);
    const reuse = await t.app.inject(
      withSession(session, {
        method: 'POST',
        url: `${API}/workspaces`,
        payload: { name: 'Na uitloggen', gemeente: 'GM0363' },
      }),
    );
    expectProblem(reuse, 401, 'unauthenticated');
    expect(await stateOf(t.store, workspace.id)).toEqual(before);
  });

  it('ends the other sessions on a password change but keeps the current one', async () => {
    const user = await t.signUp('wachtwoord@example.org', 'Wachtwoord');
    const elsewhere = sessionFrom(await login(user.user.email));
    const newPassword = 'een heel ander lang wachtwoord';
    const change = await t.app.inject(
      withSession(user, {
        method: 'PUT',
        url: `${API}/session/password`,
        payload: { currentPassword: TEST_PASSWORD, newPassword },
      }),
    );
    expect(change.statusCode, change.body).toBe(204);
    expect((await whoAmI(user.cookie)).statusCode).toBe(200);
    expectProblem(await whoAmI(elsewhere.cookie), 401, 'unauthenticated');
    expectProblem(await login(user.user.email), 401, 'invalid_credentials');
    expect((await login(user.user.email, newPassword)).statusCode).toBe(200);
  });

  it('refuses a password change with a wrong current password and keeps the old one', async () => {
    const user = await t.signUp('vergeten@example.org', 'Vergeten');
    const change = await t.app.inject(
      withSession(user, {
        method: 'PUT',
        url: `${API}/session/password`,
        payload: { currentPassword: 'niet het wachtwoord', newPassword: 'een nieuw lang wachtwoord' },
      }),
    );
    expectProblem(change, 401, 'invalid_credentials');
    expect((await whoAmI(user.cookie)).statusCode).toBe(200);
    expect((await login(user.user.email)).statusCode).toBe(200);
  });

  it('sets the session cookie HttpOnly, SameSite=Strict, Path=/, host-only, not Secure over plain HTTP', async () => {
    const response = await login(other.user.email);
    const cookie = setCookieOf(response);
    expect(cookie.startsWith(`${COOKIE}=`)).toBe(true);
    const attributes = attributesOf(cookie);
    expect(attributes.has('httponly')).toBe(true);
    expect(attributes.get('samesite')).toBe('Strict');
    expect(attributes.get('path')).toBe('/');
    expect(attributes.has('domain')).toBe(false);
    expect(attributes.has('secure')).toBe(false);
    // The token is not in the body: scripts get the CSRF token only.
    expect(response.body).not.toContain(cookie.split(';')[0]?.split('=')[1]);
  });

  it('answers an unknown e-mail address and a wrong password identically', async () => {
    const unknown = await login('niemand@example.org', TEST_PASSWORD);
    const wrong = await login(other.user.email, 'niet het goede wachtwoord');
    const [a, b] = [
      expectProblem(unknown, 401, 'invalid_credentials'),
      expectProblem(wrong, 401, 'invalid_credentials'),
    ];
    expect(a).toEqual(b);
    expect(a.title).toBe(PROBLEM_TITLES.invalid_credentials);
    expect(unknown.headers['set-cookie']).toBeUndefined();
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });
});

describe.each(BACKENDS)('session settings on %s', (backend) => {
  it('names a Secure cookie __Host- (and only that name authenticates) when the app runs behind HTTPS', async () => {
    const t = await buildTestApp(backend, { sessions: { secureCookie: true } });
    try {
      const response = await t.app.inject({
        method: 'POST',
        url: `${API}/session`,
        payload: { email: 'beheer@example.org', password: TEST_PASSWORD },
      });
      const cookie = setCookieOf(response);
      expect(cookie).toMatch(/^__Host-krachtenveld-sessie=[A-Za-z0-9_-]{43};/);
      const attributes = attributesOf(cookie);
      expect(attributes.has('secure')).toBe(true);
      expect(attributes.has('httponly')).toBe(true);
      expect(attributes.get('samesite')).toBe('Strict');
      expect(attributes.get('path')).toBe('/');
      expect(attributes.has('domain')).toBe(false);
      const token = cookie.split(';')[0]?.split('=')[1];
      const session = (name: string) =>
        t.app.inject({ url: `${API}/session`, headers: { cookie: `${name}=${token}` } });
      expect((await session('__Host-krachtenveld-sessie')).statusCode).toBe(200);
      expectProblem(await session(COOKIE), 401, 'unauthenticated');
    } finally {
      await t.close();
    }
  });

  it('ends a session that was idle longer than the idle time', async () => {
    const t = await buildTestApp(backend, { sessions: { idleSeconds: 1 } });
    try {
      const session = sessionFrom(
        await t.app.inject({
          method: 'POST',
          url: `${API}/session`,
          payload: { email: 'beheer@example.org', password: TEST_PASSWORD },
        }),
      );
      expect((await t.app.inject(withSession(session, `${API}/session`))).statusCode).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const expired = await t.app.inject(withSession(session, `${API}/workspaces`));
      expectProblem(expired, 401, 'unauthenticated');
      expect(setCookieOf(expired)).toMatch(/^krachtenveld-sessie=;/);
    } finally {
      await t.close();
    }
  });

  it('keeps an active session alive well past its idle time, and ends it exactly when activity stops', async () => {
    const t = await buildTestApp(backend, { sessions: { idleSeconds: 2 } });
    try {
      const session = sessionFrom(
        await t.app.inject({
          method: 'POST',
          url: `${API}/session`,
          payload: { email: 'beheer@example.org', password: TEST_PASSWORD },
        }),
      );
      // 5.6 s of requests 0.7 s apart: almost three idle times, with every gap well inside one.
      for (let k = 0; k < 8; k += 1) {
        await new Promise((resolve) => setTimeout(resolve, 700));
        expect((await t.app.inject(withSession(session, `${API}/workspaces`))).statusCode).toBe(200);
      }
      await new Promise((resolve) => setTimeout(resolve, 2_300));
      expectProblem(await t.app.inject(withSession(session, `${API}/workspaces`)), 401, 'unauthenticated');
    } finally {
      await t.close();
    }
  });
});

describe.each(BACKENDS)('rate limits on %s', (backend) => {
  it(`stops password guessing: attempt ${DEFAULT_RATE_LIMITS.login.max + 1} from one address gets 429, even with the right password`, async () => {
    const t = await buildTestApp(backend);
    try {
      const attempt = (password: string, remoteAddress = '203.0.113.7') =>
        t.app.inject({
          method: 'POST',
          url: `${API}/session`,
          remoteAddress,
          payload: { email: 'beheer@example.org', password },
        });
      for (let k = 1; k <= DEFAULT_RATE_LIMITS.login.max; k += 1) {
        expectProblem(await attempt(`gok nummer ${k}`), 401, 'invalid_credentials');
      }
      const blocked = await attempt(TEST_PASSWORD);
      const problem = expectProblem(blocked, 429, 'too_many_requests');
      expect(problem.title).toBe('Te veel verzoeken');
      expect(problem.detail).toMatch(/Wacht even/);
      const retryAfter = Number(blocked.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(DEFAULT_RATE_LIMITS.login.windowMs / 1000);
      expect(blocked.headers['set-cookie']).toBeUndefined();
      // Per address: someone else still gets in.
      expect((await attempt(TEST_PASSWORD, '198.51.100.3')).statusCode).toBe(200);
      // The other login-like routes share the budget of the address.
      const preview = await t.app.inject({
        method: 'POST',
        url: `${API}/invitations/preview`,
        remoteAddress: '203.0.113.7',
        payload: { token: 'D'.repeat(43) },
      });
      expectProblem(preview, 429, 'too_many_requests');
    } finally {
      await t.close();
    }
  });

  it('limits changes per account, not reads, and not other accounts', async () => {
    const t = await buildTestApp(backend, { rateLimits: { write: { max: 3, windowMs: 60_000 } } });
    try {
      const workspace = await t.createWorkspace(); // change 1
      const url = `${workspaceUrl(workspace)}/actors`;
      const add = (session: TestSession, name: string) =>
        t.app.inject(withSession(session, { method: 'POST', url, payload: { name, force: 'bewoner' } }));
      expect((await add(t.admin, 'Twee')).statusCode).toBe(201);
      expect((await add(t.admin, 'Drie')).statusCode).toBe(201);
      const before = await stateOf(t.store, workspace.id);
      const blocked = await add(t.admin, 'Vier');
      expectProblem(blocked, 429, 'too_many_requests');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(await stateOf(t.store, workspace.id)).toEqual(before);
      expect((await t.inject(url)).statusCode).toBe(200);
      const redacteur = await t.signUp('ander@example.org');
      // Every kind of change counts, an invitation too; the other account's own changes do not.
      const invitation = await t.app.inject(
        withSession(t.admin, {
          method: 'POST',
          url: `${workspaceUrl(workspace)}/invitations`,
          payload: { role: 'redacteur' },
        }),
      );
      expectProblem(invitation, 429, 'too_many_requests');
      const own = await t.app.inject(
        withSession(redacteur, {
          method: 'POST',
          url: `${API}/workspaces`,
          payload: { name: 'Eigen', gemeente: 'GM0363' },
        }),
      );
      expect(own.statusCode, own.body).toBe(201);
    } finally {
      await t.close();
    }
  });
});

function swapCase(text: string): string {
  return [...text].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
}
