/**
 * Benchmarks run as a signed-in user, like everyone: one administrator per database (who owns what the
 * benchmark seeds) and a login over real HTTP that gives the session cookie.
 */
import { setUpFirstAdministrator } from '../src/services/index.ts';
import type { Store } from '../src/store/index.ts';

export const BENCH_EMAIL = 'bench@example.org';
export const BENCH_PASSWORD = 'benchmark password 1234';

/** Makes the administrator on an empty database; later seeds by the command line belong to it. */
export async function createBenchAdmin(store: Store): Promise<void> {
  await setUpFirstAdministrator(store, {
    email: BENCH_EMAIL,
    password: BENCH_PASSWORD,
    displayName: 'Benchmark',
  });
}

/** Logs in over HTTP; returns the cookie header value and the CSRF token. */
export async function benchLogin(baseUrl: string): Promise<{ cookie: string; csrfToken: string }> {
  const response = await fetch(`${baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: BENCH_EMAIL, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`benchmark login failed: ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}
