/**
 * Login through the gemeente's own identity provider, end to end: a real OpenID Connect provider
 * (oidc-provider) and the real app both listen on 127.0.0.1, and a cookie-keeping client follows every
 * redirect from the login button to the signed-in session, as a browser does.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, ConfigError, loadConfig, type OidcSettings } from '../../src/server/index.ts';
import { sessionCookieName } from '../../src/server/plugins/authentication.ts';
import { oidcCookieName } from '../../src/server/routes/oidc.ts';
import { loggerOptions, logSafeUrl } from '../../src/server/start.ts';
import { buildTestApp, TEST_PASSWORD, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';
import {
  freePort,
  startTestIdp,
  TEST_CLIENT_ID,
  TEST_CLIENT_SECRET,
  TestBrowser,
  type TestIdp,
} from '../helpers/test-idp.ts';

const CALLBACK = '/api/v1/session/oidc/callback';
const SESSION_COOKIE = sessionCookieName({ secureCookie: false });
const LOGIN_COOKIE = oidcCookieName({ secureCookie: false });

describe.each(BACKENDS)('OpenID Connect login on %s', (backend) => {
  let idp: TestIdp;
  let t: TestApp;
  let appUrl: string;
  const logLines: string[] = [];
  /** Every callback address the provider sent a browser to, with its code and state. */
  const callbacks: URL[] = [];

  beforeAll(async () => {
    const port = await freePort();
    appUrl = `http://127.0.0.1:${port}`;
    idp = await startTestIdp(`${appUrl}${CALLBACK}`);
    const oidc: OidcSettings = {
      issuer: idp.issuer,
      clientId: TEST_CLIENT_ID,
      clientSecret: TEST_CLIENT_SECRET,
      publicUrl: appUrl,
      name: 'Inloggen met Gemeente Test',
      scopes: 'openid email profile',
    };
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    t = await buildTestApp(backend, {
      oidc,
      logger: { ...loggerOptions({ logLevel: 'info', logFormat: 'json' }), stream },
      rateLimits: {
        write: { max: 100_000, windowMs: 60_000 },
        login: { max: 1000, windowMs: 60_000 },
      },
    });
    await t.app.listen({ port, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  /** Starts a login at the app and follows it through the provider, keeping the callback address. */
  async function logIn(browser: TestBrowser, sub: string): Promise<string> {
    idp.logInAs(sub);
    const { landing, visited } = await browser.follow(`${appUrl}/api/v1/session/oidc`, appUrl);
    for (const address of visited) if (address.includes(CALLBACK)) callbacks.push(new URL(address));
    return landing;
  }

  /** Follows the login up to (not into) the callback, and returns the callback address. */
  async function untilCallback(browser: TestBrowser, sub: string): Promise<URL> {
    idp.logInAs(sub);
    let current = `${appUrl}/api/v1/session/oidc`;
    for (let hop = 0; hop < 10; hop++) {
      const response = await browser.get(current);
      await response.arrayBuffer();
      const next = new URL(response.headers.get('location') ?? '', current);
      if (next.pathname === CALLBACK) {
        callbacks.push(next);
        return next;
      }
      current = next.href;
    }
    throw new Error('the provider never sent the browser back');
  }

  async function currentUser(browser: TestBrowser) {
    const response = await browser.get(`${appUrl}/api/v1/session`);
    return { status: response.status, body: (await response.json()) as { user?: Record<string, unknown> } };
  }

  it('tells the login page that the button may be shown', async () => {
    const response = await fetch(`${appUrl}/api/v1/session/methods`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ password: true, oidc: { name: 'Inloggen met Gemeente Test' } });
  });

  it('sends the browser to the provider with PKCE, state and nonce, and a short-lived login cookie', async () => {
    const browser = new TestBrowser();
    const response = await browser.get(`${appUrl}/api/v1/session/oidc`);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin).toBe(idp.issuer);
    expect(location.searchParams.get('client_id')).toBe(TEST_CLIENT_ID);
    expect(location.searchParams.get('redirect_uri')).toBe(`${appUrl}${CALLBACK}`);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    for (const name of ['state', 'nonce', 'code_challenge']) {
      expect(location.searchParams.get(name)?.length).toBeGreaterThanOrEqual(43);
    }
    const setCookie = response.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(new RegExp(`^${LOGIN_COOKIE}=[A-Za-z0-9_-]{43};`));
    expect(setCookie).toContain('Max-Age=600');
    expect(setCookie).toContain('Path=/api/v1/session/oidc');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
  });

  it('creates an account on the first login and finds the same one the next time', async () => {
    idp.accounts.set('anna-1', {
      sub: 'anna-1',
      email: 'Anna.de.Vries@Gemeente.example',
      email_verified: true,
      name: 'Anna de Vries',
    });
    const eventsBefore = await t.store.audit.countFor(null);

    const first = new TestBrowser();
    expect(await logIn(first, 'anna-1')).toBe('/');
    expect(first.cookie(appUrl, SESSION_COOKIE)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.cookie(appUrl, LOGIN_COOKIE)).toBeUndefined();
    const signedIn = await currentUser(first);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toMatchObject({
      email: 'anna.de.vries@gemeente.example',
      displayName: 'Anna de Vries',
      isAdmin: false,
      hasPassword: false,
    });
    expect(await t.store.audit.countFor(null)).toBe(eventsBefore + 1);

    // Another browser, a new login at the provider: the same account, nothing created.
    const second = new TestBrowser();
    expect(await logIn(second, 'anna-1')).toBe('/');
    expect((await currentUser(second)).body.user?.id).toBe(signedIn.body.user?.id);
    expect(await t.store.audit.countFor(null)).toBe(eventsBefore + 1);

    // A password login to this account is not possible: it has none.
    const password = await fetch(`${appUrl}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'anna.de.vries@gemeente.example', password: TEST_PASSWORD }),
    });
    expect(password.status).toBe(401);
  });

  it('ties an existing account to the provider when the provider verified its e-mail', async () => {
    const piet = await t.signUp('piet@gemeente.example', 'Piet');
    idp.accounts.set('piet-1', { sub: 'piet-1', email: 'piet@gemeente.example', email_verified: true });
    const browser = new TestBrowser();
    expect(await logIn(browser, 'piet-1')).toBe('/');
    expect((await currentUser(browser)).body.user).toMatchObject({
      id: piet.user.id,
      displayName: 'Piet',
      hasPassword: true,
    });
  });

  it('refuses an unverified e-mail that belongs to an existing password account', async () => {
    idp.accounts.set('mallory-1', {
      sub: 'mallory-1',
      email: 'beheer@example.org',
      email_verified: false,
      name: 'Mallory',
    });
    const eventsBefore = await t.store.audit.countFor(null);
    const browser = new TestBrowser();
    expect(await logIn(browser, 'mallory-1')).toBe('/inloggen?fout=oidc_email');
    expect(browser.cookie(appUrl, SESSION_COOKIE)).toBeUndefined();
    expect((await currentUser(browser)).status).toBe(401);
    expect(await t.store.audit.countFor(null)).toBe(eventsBefore);
    // The administrator's account was not tied to that identity: the next attempt is refused too.
    const again = new TestBrowser();
    expect(await logIn(again, 'mallory-1')).toBe('/inloggen?fout=oidc_email');
  });

  it('refuses a tampered state, and the login cannot be finished afterwards', async () => {
    idp.accounts.set('kees-1', { sub: 'kees-1', email: 'kees@gemeente.example', email_verified: true });
    const browser = new TestBrowser();
    const callback = await untilCallback(browser, 'kees-1');
    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const refused = await browser.get(tampered.href);
    expect(refused.status).toBe(302);
    expect(refused.headers.get('location')).toBe('/inloggen?fout=oidc');
    expect(browser.cookie(appUrl, SESSION_COOKIE)).toBeUndefined();
    // The attempt was used up: the genuine answer no longer works either.
    const genuine = await browser.get(callback.href);
    expect(genuine.headers.get('location')).toBe('/inloggen?fout=oidc');
    expect((await currentUser(browser)).status).toBe(401);
  });

  it('refuses the callback without the login cookie', async () => {
    idp.accounts.set('joke-1', { sub: 'joke-1', email: 'joke@gemeente.example', email_verified: true });
    const browser = new TestBrowser();
    const callback = await untilCallback(browser, 'joke-1');
    browser.forget(appUrl, LOGIN_COOKIE);
    const refused = await browser.get(callback.href);
    expect(refused.status).toBe(302);
    expect(refused.headers.get('location')).toBe('/inloggen?fout=oidc');
    expect(browser.cookie(appUrl, SESSION_COOKIE)).toBeUndefined();
    // … and from another browser, which never started this login.
    const stranger = new TestBrowser();
    expect((await stranger.get(callback.href)).headers.get('location')).toBe('/inloggen?fout=oidc');
    expect((await currentUser(stranger)).status).toBe(401);
  });

  it('refuses an error answer from the provider', async () => {
    const browser = new TestBrowser();
    const start = await browser.get(`${appUrl}/api/v1/session/oidc`);
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const error = new URL(`${appUrl}${CALLBACK}`);
    error.search = new URLSearchParams({ error: 'access_denied', state, iss: idp.issuer }).toString();
    const refused = await browser.get(error.href);
    expect(refused.headers.get('location')).toBe('/inloggen?fout=oidc');
    expect(browser.cookie(appUrl, SESSION_COOKIE)).toBeUndefined();
  });

  it('never writes codes or states to the log', () => {
    expect(callbacks.length).toBeGreaterThanOrEqual(4);
    const log = logLines.join('');
    expect(log).toContain(`${CALLBACK}?[redacted]`);
    expect(log).toContain('oidc: signed in');
    for (const callback of callbacks) {
      for (const name of ['code', 'state']) {
        const value = callback.searchParams.get(name);
        expect(value).toBeTruthy();
        expect(log).not.toContain(value as string);
      }
    }
  });
});

describe('OpenID Connect configuration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp('pglite');
  });
  afterAll(() => t.close());

  it('is off by default: no button, no login route', async () => {
    expect((await t.app.inject({ url: '/api/v1/session/methods' })).json()).toEqual({
      password: true,
      oidc: null,
    });
    expect((await t.app.inject({ url: '/api/v1/session/oidc' })).statusCode).toBe(404);
  });

  it('answers 503 when the provider cannot be reached, and the app still starts', async () => {
    const port = await freePort(); // nothing listens there
    const app = await buildApp({
      store: t.store,
      oidc: {
        issuer: `http://127.0.0.1:${port}`,
        clientId: TEST_CLIENT_ID,
        clientSecret: TEST_CLIENT_SECRET,
        publicUrl: 'http://127.0.0.1:8080',
        name: 'Inloggen',
        scopes: 'openid',
      },
    });
    try {
      const response = await app.inject({ url: '/api/v1/session/oidc' });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: 503, code: 'service_unavailable' });
      expect(response.headers['set-cookie']).toBeUndefined();
    } finally {
      await app.close();
    }
  });

  it('reads the environment, and refuses a partial configuration by name', () => {
    const base = { HOST: '127.0.0.1' };
    expect(loadConfig(base).oidc).toBeNull();
    const full = {
      ...base,
      KRACHTENVELD_OIDC_ISSUER: 'https://login.gemeente.example/realms/medewerkers',
      KRACHTENVELD_OIDC_CLIENT_ID: 'krachtenveld',
      KRACHTENVELD_OIDC_CLIENT_SECRET: 'geheim',
      KRACHTENVELD_PUBLIC_URL: 'https://krachtenveld.gemeente.example/',
    };
    expect(loadConfig(full).oidc).toEqual({
      issuer: 'https://login.gemeente.example/realms/medewerkers',
      clientId: 'krachtenveld',
      clientSecret: 'geheim',
      publicUrl: 'https://krachtenveld.gemeente.example',
      name: 'Inloggen met uw organisatie',
      scopes: 'openid email profile',
    });
    expect(
      loadConfig({
        ...full,
        KRACHTENVELD_OIDC_NAME: 'Inloggen met ADFS',
        KRACHTENVELD_OIDC_SCOPES: 'openid email',
      }).oidc,
    ).toMatchObject({ name: 'Inloggen met ADFS', scopes: 'openid email' });
    const { KRACHTENVELD_OIDC_CLIENT_SECRET: _secret, ...withoutSecret } = full;
    expect(() => loadConfig(withoutSecret)).toThrow(ConfigError);
    expect(() => loadConfig(withoutSecret)).toThrow(/KRACHTENVELD_OIDC_CLIENT_SECRET/);
    expect(() => loadConfig({ ...full, KRACHTENVELD_OIDC_CLIENT_SECRET: '' })).toThrow(
      /KRACHTENVELD_OIDC_CLIENT_SECRET/,
    );
    const { KRACHTENVELD_PUBLIC_URL: _url, ...withoutUrl } = full;
    expect(() => loadConfig(withoutUrl)).toThrow(/KRACHTENVELD_PUBLIC_URL/);
    expect(() => loadConfig({ ...full, KRACHTENVELD_OIDC_ISSUER: 'http://login.gemeente.example' })).toThrow(
      /KRACHTENVELD_OIDC_ISSUER/,
    );
    expect(() => loadConfig({ ...full, KRACHTENVELD_OIDC_SCOPES: 'email profile' })).toThrow(
      /KRACHTENVELD_OIDC_SCOPES/,
    );
  });

  it('keeps codes, tokens and states out of logged addresses', () => {
    expect(logSafeUrl('/api/v1/session/oidc/callback?code=abc&state=def&iss=x')).toBe(
      '/api/v1/session/oidc/callback?[redacted]',
    );
    expect(logSafeUrl('/elders?page=2&code=abc&id_token=x.y.z&q=zorg')).toBe(
      '/elders?page=2&code=[redacted]&id_token=[redacted]&q=zorg',
    );
    expect(logSafeUrl('/api/v1/workspaces?page=1')).toBe('/api/v1/workspaces?page=1');
  });
});
