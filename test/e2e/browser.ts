/**
 * Real Chromium for the end-to-end tests (Debian's /usr/bin/chromium through playwright-core), against
 * the real server on a fresh PGlite folder (a copy of the run's migrated template). Without Chromium the suites are skipped with a loud notice —
 * except in CI (CI=true), where a missing browser is a failure, because CI always runs them.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { loadConfig, type RunningServer, startServer } from '../../src/server/index.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../helpers/chromium.ts';
import { type HttpSession, setUpAdmin } from '../helpers/http-session.ts';
import { templateDataDir } from '../helpers/test-database.ts';

export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);

if (!HAS_CHROMIUM) {
  const message = `Chromium not found at ${CHROMIUM_PATH}: browser tests are SKIPPED. Install it with \`apt-get install chromium\`.`;
  if (process.env.CI) throw new Error(`${message} CI must run them.`);
  console.warn(`\n${'!'.repeat(100)}\n!! ${message}\n${'!'.repeat(100)}\n`);
}

export interface BrowserSession {
  server: RunningServer;
  /** The first administrator's session, shared by the browser (cookie) and the test (fetch). */
  admin: HttpSession;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * A browser session for the whole `describe` block: opened before its tests (the server start and a first
 * build can take a while), closed after them. The returned object reads the open session, so tests write
 * `session.page` as if they held it; `prepare` runs once the session is open (console listeners, folders).
 */
export function useBrowserSession(
  options: {
    signedIn?: boolean;
    timeoutMs?: number;
    prepare?: (session: BrowserSession) => void;
    /** The server's environment, read when the session opens (after earlier beforeAll hooks ran). */
    env?: () => Record<string, string>;
    /** Runs after the session closed (a mail server the test started, say). */
    cleanUp?: () => Promise<void> | void;
  } = {},
): BrowserSession {
  let current: BrowserSession | undefined;
  beforeAll(async () => {
    current = await openBrowserSession({ signedIn: options.signedIn ?? true, env: options.env?.() ?? {} });
    options.prepare?.(current);
  }, options.timeoutMs ?? 60_000);
  afterAll(async () => {
    await current?.close();
    await options.cleanUp?.();
  });
  return sessionView(() => {
    if (!current) throw new Error('the browser session is not open (used outside a test?)');
    return current;
  });
}

/** An object that reads the session `open` returns at each use, so tests hold it before it opens. */
export function sessionView(open: () => BrowserSession): BrowserSession {
  return {
    get server() {
      return open().server;
    },
    get admin() {
      return open().admin;
    },
    get context() {
      return open().context;
    },
    get page() {
      return open().page;
    },
    close: () => open().close(),
  };
}

/**
 * The real server with a browser signed in as its first administrator (owner of the demo werkruimte).
 * `signedIn: false` leaves the installation fresh, for tests of the first-administrator step itself; `env`
 * adds settings (a mail server, say).
 */
export async function openBrowserSession({
  signedIn = true,
  env = {},
}: {
  signedIn?: boolean;
  env?: Record<string, string>;
} = {}): Promise<BrowserSession> {
  const dataDir = await templateDataDir('kv-e2e-data-');
  const profile = mkdtempSync(join(tmpdir(), 'kv-chromium-'));
  const server = await startServer(
    // No scheduled momentopnames unless a test's env asks for them.
    loadConfig({
      KRACHTENVELD_SNAPSHOT_SCHEDULE: 'off',
      ...env,
      KRACHTENVELD_DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'silent',
    }),
  );
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    baseURL: server.url,
    args: CHROMIUM_ARGS,
  });
  const admin = signedIn ? await setUpAdmin(server.url) : (null as unknown as HttpSession);
  if (signedIn) {
    const [name, value] = admin.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url, httpOnly: true, sameSite: 'Strict' }]);
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    server,
    admin,
    context,
    page,
    async close() {
      await context.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
  };
}

/**
 * Leaving with unsaved edits (here: searching another speler) asks first, and dismissing the question
 * keeps the page where it was.
 */
export async function expectLeaveGuard(page: Page, otherSpeler: string): Promise<void> {
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  const here = page.url();
  const search = page.getByRole('searchbox', { name: 'Zoek een speler' });
  await search.fill(otherSpeler);
  await search.press('Enter');
  await expect
    .poll(() => asked)
    .toEqual(['U hebt wijzigingen die nog niet zijn opgeslagen. Wilt u ze weggooien?']);
  expect(page.url()).toBe(here);
}

/**
 * WCAG 2.2 AA through axe: no serious or critical violations. A frame sandboxed without scripts (the
 * Rapport section's preview) is left out: no script runs in it, not even axe's timers, so axe would wait
 * for it forever. Its document is checked on its own page instead.
 *
 * Legacy mode runs axe.run() in the page itself. The default opens a blank page per check to merge the
 * frames' results there, which doubles the time of a check (about a second on the map); what it adds is
 * cross-origin frames, and the web app has none.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .exclude('iframe[sandbox]:not([sandbox~="allow-scripts"])')
    .setLegacyMode()
    .analyze();
  const severe = result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(' ')).join('; ')})`,
    );
  expect(severe).toEqual([]);
}

interface ExposedMap {
  graph: {
    nodes(): string[];
    size: number;
    getNodeAttributes(id: string): { label: string; color: string; force: string; x: number; y: number };
  };
  labelBoxes(): { label: string }[];
}

/** The speler names the map drew in its last frame. */
export async function drawnLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = (globalThis as unknown as { __krachtenveldMap?: ExposedMap }).__krachtenveldMap;
    return map ? map.labelBoxes().map((box) => box.label) : [];
  });
}

/** The map's graph state as sigma holds it (exposed by MapView for these tests). */
export async function mapState(page: Page) {
  return page.evaluate(() => {
    const map = (globalThis as unknown as { __krachtenveldMap?: ExposedMap }).__krachtenveldMap;
    if (!map) return null;
    return {
      nodes: map.graph.nodes().map((id) => ({ id, ...map.graph.getNodeAttributes(id) })),
      edges: map.graph.size,
    };
  });
}
