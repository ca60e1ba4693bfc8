/**
 * One Chromium for a whole test file, with each browser session a context in it. A session of
 * test/e2e/browser.ts (useBrowserSession) starts a Chromium of its own, 1–3 s on a loaded machine and
 * about as long to stop; a new context in a running Chromium takes a fraction of that, and shares nothing
 * with the other contexts: cookies, storage, cache and permissions are its own, as in a separate browser.
 *
 * Call sharedChromium() at the top of the file, then useSessionIn(chromium) in a describe block for the
 * real server on a fresh PGlite folder with a page in a new context: the same BrowserSession as
 * useBrowserSession gives, and the same check that the page threw no uncaught error. The servers' folders
 * are copies of one folder unpacked from the run's template for the file (test/helpers/data-folders.ts).
 */
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { loadConfig, type RunningServer, startServer } from '../../src/server/index.ts';
import { type BrowserSession, sessionView } from '../e2e/browser.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { type DataFolders, dataFolders, removeDataFolder } from './data-folders.ts';
import { type HttpSession, httpSession, setUpAdmin } from './http-session.ts';

export interface SharedChromium {
  /** The file's Chromium, started on first use and stopped after the file. */
  browser(): Promise<Browser>;
  /** A new context in it, the size of the browser tests' window: as a separate browser to the site. */
  newContext(baseURL: string): Promise<BrowserContext>;
  /** Where the sessions' servers get their data folders. */
  folders: DataFolders;
}

export function sharedChromium(): SharedChromium {
  let launched: Promise<Browser> | undefined;
  afterAll(async () => {
    await (await launched)?.close();
  });
  const folders = dataFolders();
  const browser = () =>
    (launched ??= chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS }));
  return {
    browser,
    folders,
    async newContext(baseURL) {
      return (await browser()).newContext({ baseURL, viewport: { width: 1280, height: 900 } });
    },
  };
}

export interface SharedChromiumSession extends BrowserSession {
  /**
   * Takes the page's own login (a fresh installation's administrator, made in the browser) as `admin` too,
   * as a signed-in session has it: the test's requests and the page's go through one session.
   */
  signInFromPage(): Promise<void>;
}

/**
 * The real server with a page in a new context of the shared Chromium, signed in as the first administrator
 * (owner of the demo werkruimte), for the whole `describe` block: opened before its tests, closed after
 * them. `signedIn: false` leaves the installation fresh; `env` adds server settings, read when the session
 * opens; `cleanUp` runs after it closed.
 */
export function useSessionIn(
  shared: SharedChromium,
  options: {
    signedIn?: boolean;
    timeoutMs?: number;
    env?: () => Record<string, string>;
    cleanUp?: () => Promise<void> | void;
  } = {},
): SharedChromiumSession {
  let current: BrowserSession | undefined;
  beforeAll(async () => {
    current = await openSession(shared, options.signedIn ?? true, options.env?.() ?? {});
  }, options.timeoutMs ?? 60_000);
  afterAll(async () => {
    await current?.close();
    await options.cleanUp?.();
  });
  const open = (): BrowserSession => {
    if (!current) throw new Error('the browser session is not open (used outside a test?)');
    return current;
  };
  // Object.assign keeps the view's getters (a spread would read them now, before the session opens).
  return Object.assign(sessionView(open), {
    async signInFromPage() {
      const session = open();
      session.admin = await sessionOfContext(session.server.url, session.context);
    },
  });
}

/** The session the context is logged in with, for requests from the test: its cookies and its CSRF token. */
async function sessionOfContext(baseUrl: string, context: BrowserContext): Promise<HttpSession> {
  const cookie = (await context.cookies(baseUrl)).map(({ name, value }) => `${name}=${value}`).join('; ');
  const response = await fetch(`${baseUrl}/api/v1/session`, { headers: { cookie } });
  if (!response.ok) throw new Error(`the page is not logged in: ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return httpSession(baseUrl, cookie, csrfToken);
}

async function openSession(
  shared: SharedChromium,
  signedIn: boolean,
  env: Record<string, string>,
): Promise<BrowserSession> {
  // Chromium starts in its own process while this one unpacks the database and starts the server.
  const browser = shared.browser();
  // A failed start is reported where it is awaited, below or after the file; not as an unhandled rejection.
  browser.catch(() => {});
  const dataDir = await shared.folders.forHook('kv-e2e-data-');
  let server: RunningServer | undefined;
  let context: BrowserContext | undefined;
  try {
    server = await startServer(
      // No scheduled momentopnames unless a test's env asks for them.
      loadConfig({
        KRACHTENVELD_SNAPSHOT_SCHEDULE: 'off',
        ...env,
        KRACHTENVELD_DATA_DIR: dataDir,
        PORT: '0',
        LOG_LEVEL: 'silent',
      }),
    );
    await browser;
    context = await shared.newContext(server.url);
    const admin = signedIn ? await setUpAdmin(server.url) : (null as unknown as HttpSession);
    if (signedIn) {
      const [name, value] = admin.cookie.split('=') as [string, string];
      await context.addCookies([{ name, value, url: server.url, httpOnly: true, sameSite: 'Strict' }]);
    }
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const [running, opened] = [server, context];
    return {
      server: running,
      admin,
      context: opened,
      page,
      async close() {
        await opened.close();
        await running.close();
        removeDataFolder(dataDir);
        expect(errors, 'uncaught errors in the page').toEqual([]);
      },
    };
  } catch (error) {
    // Half open: close what did open, so a failed start leaves no server, folder or context behind.
    await context?.close();
    await server?.close();
    removeDataFolder(dataDir);
    throw error;
  }
}
