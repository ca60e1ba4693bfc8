/**
 * A signed-in client for a real, listening server (fetch): sets up the first administrator — or logs in —
 * and then sends the session cookie with every request and the CSRF token with every change.
 */
import { TEST_PASSWORD } from './build-test-app.ts';

export interface HttpSession {
  cookie: string;
  csrfToken: string;
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

export const ADMIN_EMAIL = 'beheer@example.org';

async function sessionFrom(baseUrl: string, response: Response): Promise<HttpSession> {
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return httpSession(baseUrl, cookie, csrfToken);
}

/** A session's client: the cookie with every request, the CSRF token with every change. */
export function httpSession(baseUrl: string, cookie: string, csrfToken: string): HttpSession {
  return {
    cookie,
    csrfToken,
    fetch(path, init = {}) {
      const headers = new Headers(init.headers);
      headers.set('cookie', cookie);
      if (init.method && init.method !== 'GET') headers.set('x-csrf-token', csrfToken);
      return fetch(`${baseUrl}${path}`, { ...init, headers });
    },
  };
}

function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** The one-time administrator step of a fresh installation, as the browser does it. */
export async function setUpAdmin(baseUrl: string): Promise<HttpSession> {
  return sessionFrom(
    baseUrl,
    await postJson(`${baseUrl}/api/v1/setup`, {
      email: ADMIN_EMAIL,
      password: TEST_PASSWORD,
      displayName: 'Beheerder',
    }),
  );
}

export async function logIn(baseUrl: string, email = ADMIN_EMAIL): Promise<HttpSession> {
  return sessionFrom(
    baseUrl,
    await postJson(`${baseUrl}/api/v1/session`, { email, password: TEST_PASSWORD }),
  );
}
