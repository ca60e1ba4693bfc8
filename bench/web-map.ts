/**
 * The web map's figures, in headless Chromium (Debian's /usr/bin/chromium through playwright-core, with the
 * e2e tests' flags: software WebGL through SwiftShader): for generated werkruimtes of 1k/10k/50k spelers,
 * the time from navigation start to the first drawn map (median of 3, each in a fresh browser context),
 * where that time goes, and the frame time of the sigma camera while panning and while zooming.
 *
 * Runs after the core benchmark in `npm run bench`, or alone: `npx tsx bench/web-map.ts`.
 * BENCH_WEB_SIZES=1000:5000,10000:50000 picks other sizes (spelers:relaties); BENCH_WEB_JSON=<file> also
 * writes the raw per-run figures (with the page's long tasks) there. Never part of `npm test`.
 *
 * Nothing in src/ is instrumented for this: an init script wraps `Response.prototype.json` (the graph's
 * body arriving and being parsed), `HTMLCanvasElement.prototype.getContext` (sigma's constructor making its
 * canvases) and the `window.__krachtenveldMap` property MapView sets once sigma is constructed (its first
 * draw is done by then). The first map counts as drawn a double requestAnimationFrame after that.
 */
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ensureWebBuild } from '../src/cli/web-build.ts';
import { loadConfig, openStore, type RunningServer, startServer } from '../src/server/index.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/helpers/chromium.ts';
import { benchLogin, createBenchAdmin } from './bench-admin.ts';
import { generateWorkspace } from './generate-workspace.ts';
import { median } from './median.ts';

const VIEWPORT = { width: 1280, height: 900 };
const RUNS = 3;
const TARGET_MS = 3_000;
/** Sizes the 3 s target applies to. */
const TARGET_FROM_ACTORS = 10_000;
const SWEEP_STEPS = 60;
const LIMITS = {
  buildMs: 180_000, // ensureWebBuild, when src/web changed
  seedMs: 300_000, // per werkruimte
  firstMapMs: 90_000, // per run, from page.goto to the first drawn map; after a timeout the size stops
  sizeMs: 180_000, // first-map runs of one size; a run that would not fit (judged by the slowest so far) is skipped
  sweepMs: 30_000, // per sweep, measured in the page; fewer frames are reported when it runs out
  closeMs: 15_000,
};

interface Size {
  actors: number;
  relations: number;
}

const DEFAULT_SIZES: Size[] = [
  { actors: 1_000, relations: 5_000 },
  { actors: 10_000, relations: 50_000 },
  { actors: 50_000, relations: 250_000 },
];

/** What the page reports at the first drawn map; all times are ms since navigation start. */
interface FirstMap {
  firstFrame: number;
  domContentLoaded: number;
  graphRequestStart: number;
  graphResponseStart: number;
  graphResponseEnd: number;
  graphBytes: number;
  jsonParsed: number;
  sigmaStart: number;
  sigmaConstructed: number;
  /** Renders sigma did after its constructor, before the first frame (MapView's other effects). */
  extraRenders: number;
  lastRenderEnd: number;
  /** The longest main-thread task before the first frame (PerformanceObserver 'longtask'). */
  longestTask: number;
  longestTaskStart: number;
  /** Main-thread tasks of 200 ms or more: [start, duration]. */
  longTasks: [number, number][];
  order: number;
  size: number;
}

interface SweepResult {
  /** Time between successive frames while the camera moves one step per frame. */
  frames: number[];
  /** Time sigma spent in render() per frame (main thread; SwiftShader rasterises elsewhere). */
  renders: number[];
}

interface Row extends Size {
  runs: FirstMap[];
  wallMs: number[];
  pan?: SweepResult;
  zoom?: SweepResult;
  sweepError?: string;
  errors: string[];
  /** Runs left out because they would not fit in LIMITS.sizeMs. */
  skipped?: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

class TimeoutError extends Error {
  override readonly name = 'TimeoutError'; // as Playwright's own timeouts
}
const isTimeout = (error: unknown) => error instanceof Error && error.name === 'TimeoutError';

async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new TimeoutError(`${what}: no result after ${(ms / 1000).toFixed(0)} s`)),
      ms,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const errorMessage = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
const count = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

/**
 * In-page code is passed as strings, not functions: tsx (esbuild with keepNames) would add `__name(…)`
 * calls to functions that the page does not have.
 */
function initScript(expected: Size): string {
  return `(() => {
  const expected = ${JSON.stringify(expected)};
  const marks = { jsonParsed: null, sigmaStart: null, sigmaConstructed: null, extraRenders: 0, lastRenderEnd: null };
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) longTasks.push({ start: task.startTime, duration: task.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  let resolveFirstMap;

  const snapshot = () => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const graph = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/graph')).pop();
    const longest = [...longTasks].sort((a, b) => b.duration - a.duration)[0];
    return {
      now: performance.now(),
      domContentLoaded: navigation && navigation.domContentLoadedEventEnd ? navigation.domContentLoadedEventEnd : NaN,
      graphRequestStart: graph ? graph.requestStart : NaN,
      graphResponseStart: graph ? graph.responseStart : NaN,
      graphResponseEnd: graph ? graph.responseEnd : NaN,
      graphBytes: graph ? graph.decodedBodySize : NaN,
      jsonParsed: marks.jsonParsed ?? NaN,
      sigmaStart: marks.sigmaStart ?? NaN,
      sigmaConstructed: marks.sigmaConstructed ?? NaN,
      extraRenders: marks.extraRenders,
      lastRenderEnd: marks.lastRenderEnd ?? marks.sigmaConstructed ?? NaN,
      longestTask: longest ? longest.duration : 0,
      longestTaskStart: longest ? longest.start : NaN,
      longTasks: longTasks.filter((task) => task.duration >= 200).map((task) => [Math.round(task.start), Math.round(task.duration)]),
    };
  };
  window.__bench = { snapshot, firstMap: new Promise((resolve) => { resolveFirstMap = resolve; }) };

  const json = Response.prototype.json;
  Response.prototype.json = function () {
    const parsed = json.call(this);
    if (!this.url.endsWith('/graph')) return parsed;
    return parsed.then((value) => { marks.jsonParsed = performance.now(); return value; });
  };

  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (...args) {
    if (marks.sigmaStart === null && marks.jsonParsed !== null) marks.sigmaStart = performance.now();
    return getContext.apply(this, args);
  };

  let current;
  Object.defineProperty(window, '__krachtenveldMap', {
    configurable: true,
    get() { return current; },
    set(map) {
      current = map;
      if (!map || marks.sigmaConstructed !== null || map.graph.order !== expected.actors) return;
      marks.sigmaConstructed = performance.now();
      map.sigma.on('afterRender', () => { marks.extraRenders++; marks.lastRenderEnd = performance.now(); });
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const shot = snapshot();
        resolveFirstMap({ ...shot, firstFrame: shot.now, order: map.graph.order, size: map.graph.size });
      }));
    },
  });
})();`;
}

/** Where a page that did not draw its map in time got to: the last mark it passed. */
async function describeStuckPage(page: Page): Promise<string> {
  const shot = await withTimeout(
    page.evaluate('window.__bench.snapshot()') as Promise<Omit<FirstMap, 'firstFrame'> & { now: number }>,
    10_000,
    'snapshot',
  ).catch(() => null);
  if (!shot) return 'page unresponsive: its main thread stayed busy';
  const at = (value: number) => `${(value / 1000).toFixed(1)} s`;
  const passed = [
    ['DOMContentLoaded', shot.domContentLoaded],
    ['graph requested', shot.graphRequestStart],
    ['graph response started', shot.graphResponseStart],
    ['graph downloaded', shot.graphResponseEnd],
    ['JSON parsed', shot.jsonParsed],
    ['sigma constructor started', shot.sigmaStart],
    ['sigma constructed', shot.sigmaConstructed],
  ].filter(([, value]) => Number.isFinite(value as number)) as [string, number][];
  const last = passed.at(-1);
  return `${last ? `last mark: ${last[0]} at ${at(last[1])}` : 'no mark reached'}; longest main-thread task ${at(shot.longestTask)}`;
}

function sweepScript(mode: 'pan' | 'zoom', steps: number, budgetMs: number): string {
  return `(async () => {
  const mode = ${JSON.stringify(mode)}, steps = ${steps}, budgetMs = ${budgetMs};
  const { sigma } = window.__krachtenveldMap;
  const camera = sigma.getCamera();
  const base = camera.getState();
  // Render as during a drag or a wheel zoom: sigma skips work on "moving" frames when told to
  // (hideEdgesOnMove, hideLabelsOnMove); a programmatic setState alone does not count as moving.
  const captor = sigma.getMouseCaptor();
  const wasMoving = captor.isMoving;
  captor.isMoving = true;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const frames = [];
  const renders = [];
  let begin = 0;
  const before = () => { begin = performance.now(); };
  const after = () => { renders.push(performance.now() - begin); };
  sigma.on('beforeRender', before);
  sigma.on('afterRender', after);
  try {
    await frame();
    const deadline = performance.now() + budgetMs;
    let last = performance.now();
    for (let i = 1; i <= steps && performance.now() < deadline; i++) {
      const turn = (2 * Math.PI * i) / steps;
      if (mode === 'pan') {
        // A circle of a quarter of the map around the centre, one step per frame, like a slow drag.
        camera.setState({ ...base, x: base.x + 0.25 * Math.sin(turn), y: base.y + 0.25 * (1 - Math.cos(turn)) });
      } else {
        // Zoom in to 1/12 of the view and out again, on a point in the outer rings.
        camera.setState({ ...base, x: base.x + 0.3, ratio: base.ratio * Math.pow(1 / 12, Math.sin(turn / 2)) });
      }
      await frame(); // sigma's render, scheduled by the camera update, runs first in this frame
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
  } finally {
    sigma.removeListener('beforeRender', before);
    sigma.removeListener('afterRender', after);
    captor.isMoving = wasMoving;
    camera.setState(base);
  }
  return { frames, renders };
})()`;
}

interface RunResult {
  firstMap: FirstMap;
  wallMs: number;
  pan?: SweepResult;
  zoom?: SweepResult;
  sweepError?: string;
}

/** One fresh browser context: navigate, wait for the first drawn map, optionally sweep the camera. */
async function measureRun(
  browser: Browser,
  baseURL: string,
  workspaceId: string,
  size: Size,
  limitMs: number,
  sweeps: boolean,
): Promise<RunResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, baseURL });
  try {
    // Signed in before the clock starts, as a user who opens a map is.
    const [name, value] = (await benchLogin(baseURL)).cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: baseURL }]);
    await context.addInitScript({ content: initScript(size) });
    const page: Page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    let crashed = false;
    const crash = new Promise<never>((_, reject) =>
      page.on('crash', () => {
        crashed = true;
        reject(new Error('the page crashed (renderer out of memory?)'));
      }),
    );
    crash.catch(() => undefined);

    const start = performance.now();
    let firstMap: FirstMap;
    try {
      await page.goto(`/werkruimtes/${workspaceId}`, { waitUntil: 'commit', timeout: limitMs });
      firstMap = await withTimeout(
        Promise.race([page.evaluate('window.__bench.firstMap') as Promise<FirstMap>, crash]),
        Math.max(1_000, limitMs - (performance.now() - start)),
        'first map',
      );
    } catch (error) {
      const where = crashed ? '' : ` (${await describeStuckPage(page)})`;
      const errors = pageErrors.length ? ` (page errors: ${pageErrors.join('; ')})` : '';
      const message = `${errorMessage(error)}${where}${errors}`;
      throw isTimeout(error) ? new TimeoutError(message) : new Error(message);
    }
    const wallMs = performance.now() - start;
    if (firstMap.size !== size.relations) {
      throw new Error(`the map has ${firstMap.size} relaties, expected ${size.relations}`);
    }
    if (!sweeps) return { firstMap, wallMs };

    try {
      const sweep = (mode: 'pan' | 'zoom') =>
        withTimeout(
          Promise.race([
            page.evaluate(sweepScript(mode, SWEEP_STEPS, LIMITS.sweepMs)) as Promise<SweepResult>,
            crash,
          ]),
          LIMITS.sweepMs + 30_000,
          `${mode} sweep`,
        );
      const pan = await sweep('pan');
      const zoom = await sweep('zoom');
      return { firstMap, wallMs, pan, zoom };
    } catch (error) {
      return { firstMap, wallMs, sweepError: errorMessage(error) };
    }
  } finally {
    await withTimeout(context.close(), LIMITS.closeMs, 'closing the browser context').catch(() => undefined);
  }
}

/**
 * Three fresh-context runs of one size, each with LIMITS.firstMapMs to draw the map (the camera sweeps,
 * done once in the first successful run, have their own limit). A failed run is reported, not thrown; after
 * a timeout the remaining runs are skipped, as they would time out as well. Runs that would not fit in
 * LIMITS.sizeMs are skipped and said so.
 */
async function measureSize(baseURL: string, workspaceId: string, size: Size): Promise<Row> {
  const row: Row = { ...size, runs: [], wallMs: [], errors: [] };
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    let spent = 0; // waiting for first maps only: the camera sweeps have their own limit
    for (let run = 1; run <= RUNS; run++) {
      const slowest = Math.max(0, ...row.wallMs);
      if (run > 1 && spent + 1.2 * slowest > LIMITS.sizeMs) {
        row.skipped = RUNS - run + 1;
        console.log(
          `  ${count(size.actors)} spelers: ${row.skipped} run(s) skipped (${LIMITS.sizeMs / 1000} s per size)`,
        );
        break;
      }
      const sweeps = !row.pan && !row.sweepError;
      const started = performance.now();
      try {
        const result = await measureRun(browser, baseURL, workspaceId, size, LIMITS.firstMapMs, sweeps);
        spent += result.wallMs;
        row.runs.push(result.firstMap);
        row.wallMs.push(result.wallMs);
        if (sweeps) Object.assign(row, { pan: result.pan, zoom: result.zoom, sweepError: result.sweepError });
        console.log(
          `  ${count(size.actors)} spelers, run ${run}: first map at ${result.firstMap.firstFrame.toFixed(0)} ms` +
            (result.sweepError ? ` (camera sweeps failed: ${result.sweepError})` : ''),
        );
      } catch (error) {
        spent += performance.now() - started;
        row.errors.push(`run ${run}: ${errorMessage(error)}`);
        console.log(`  ${count(size.actors)} spelers, run ${run}: FAILED: ${errorMessage(error)}`);
        if (isTimeout(error)) break;
      }
    }
  } catch (error) {
    row.errors.push(errorMessage(error));
    console.log(`  ${count(size.actors)} spelers: FAILED: ${errorMessage(error)}`);
  } finally {
    if (browser)
      await withTimeout(browser.close(), LIMITS.closeMs, 'closing Chromium').catch(() => undefined);
  }
  return row;
}

/** Seeds the werkruimtes on the data folder, then closes the store so the server can take its lock. */
async function seed(dataDir: string, sizes: Size[]): Promise<Map<Size, string | Error>> {
  const seeded = new Map<Size, string | Error>();
  const store = await openStore(loadConfig({ KRACHTENVELD_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
  try {
    await createBenchAdmin(store);
    for (const size of sizes) {
      try {
        const start = performance.now();
        const data = generateWorkspace(size.actors, size.relations);
        const id = await withTimeout(
          store.transaction(async (tx) => {
            const created = await tx.workspaces.create({
              name: `Benchmark ${count(size.actors)}`,
              gemeente: 'GM0344',
              wijken: [],
              description: 'Gegenereerd',
            });
            await tx.members.addAdminsAsOwners(created.id);
            await tx.bulk.insertActors(created.id, data.actors);
            await tx.bulk.insertRelations(created.id, data.relations);
            return created.id;
          }),
          LIMITS.seedMs,
          `seeding ${count(size.actors)}`,
        );
        seeded.set(size, id);
        console.log(
          `  seeded ${count(size.actors)} spelers in ${((performance.now() - start) / 1000).toFixed(1)} s`,
        );
      } catch (error) {
        seeded.set(size, error instanceof Error ? error : new Error(String(error)));
        console.log(`  seeding ${count(size.actors)} FAILED: ${errorMessage(error)}`);
      }
    }
  } finally {
    await store.close();
  }
  return seeded;
}

function parseSizes(text: string | undefined): Size[] {
  if (!text) return DEFAULT_SIZES;
  return text.split(',').map((pair) => {
    const [actors, relations] = pair.split(':').map(Number);
    if (!actors || !relations) throw new Error(`BENCH_WEB_SIZES: "${pair}" is not spelers:relaties`);
    return { actors, relations };
  });
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : '–');

function printTables(rows: Row[]) {
  const name = (row: Row) => `${count(row.actors)} / ${count(row.relations)}`;
  console.log('');
  console.log(
    `| spelers / relaties | first map (median of ${RUNS}) | runs | target < ${TARGET_MS} ms | graph downloaded | JSON parsed | sigma constructor starts | sigma constructed (1st draw) | after MapView's extra renders | graph size | longest main-thread task |`,
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) {
    const targetApplies = row.actors >= TARGET_FROM_ACTORS;
    const done = row.runs.map((r) => r.firstFrame.toFixed(0)).join(', ') || '–';
    const failed = row.errors.length > 0;
    if (row.runs.length === 0) {
      console.log(
        `| ${name(row)} | FAILED: ${row.errors.join('; ')} | – | ${targetApplies ? 'FAILED' : '–'} | | | | | | | |`,
      );
      continue;
    }
    const m = (pick: (r: FirstMap) => number) => median(row.runs.map(pick));
    const first = m((r) => r.firstFrame);
    const verdict = !targetApplies
      ? '(not targeted)'
      : failed
        ? 'FAILED'
        : first < TARGET_MS
          ? 'ok'
          : 'OVER TARGET';
    const firstCell = failed
      ? `FAILED (${row.runs.length} of ${RUNS} runs drew the map: median of those ${ms(first)}): ${row.errors.join('; ')}`
      : row.runs.length < RUNS
        ? `**${ms(first)}** (median of ${row.runs.length}: ${row.skipped ?? 0} more would not fit in ${LIMITS.sizeMs / 1000} s)`
        : `**${ms(first)}**`;
    console.log(
      `| ${name(row)} | ${firstCell} | ${done} | ${verdict} ` +
        `| ${ms(m((r) => r.graphResponseEnd))} | ${ms(m((r) => r.jsonParsed))} | ${ms(m((r) => r.sigmaStart))} ` +
        `| ${ms(m((r) => r.sigmaConstructed))} | ${ms(m((r) => r.lastRenderEnd))} (${m((r) => r.extraRenders)} renders) ` +
        `| ${((row.runs[0]?.graphBytes ?? 0) / 1_048_576).toFixed(1)} MiB | ${ms(m((r) => r.longestTask))} |`,
    );
  }

  console.log('');
  console.log(
    'Where the time goes (medians of the runs that drew the map; each column is the step since the previous):',
  );
  console.log('');
  console.log(
    '| spelers / relaties | page + JS ready (DOMContentLoaded) | until graph requested | graph: server wait (TTFB) | graph: download | JSON parse (+ body wait) | React render: graph build, layout, registers | sigma constructor incl. 1st draw | MapView effects after sigma (refreshes) | until the frame is shown (GPU raster) |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) {
    if (row.runs.length === 0) continue;
    const step = (pick: (r: FirstMap) => number) => median(row.runs.map(pick));
    console.log(
      `| ${name(row)} ` +
        `| ${ms(step((r) => r.domContentLoaded))} ` +
        `| ${ms(step((r) => r.graphRequestStart - r.domContentLoaded))} ` +
        `| ${ms(step((r) => r.graphResponseStart - r.graphRequestStart))} ` +
        `| ${ms(step((r) => r.graphResponseEnd - r.graphResponseStart))} ` +
        `| ${ms(step((r) => r.jsonParsed - r.graphResponseEnd))} ` +
        `| ${ms(step((r) => r.sigmaStart - r.jsonParsed))} ` +
        `| ${ms(step((r) => r.sigmaConstructed - r.sigmaStart))} ` +
        `| ${ms(step((r) => r.lastRenderEnd - r.sigmaConstructed))} ` +
        `| ${ms(step((r) => r.firstFrame - r.lastRenderEnd))} |`,
    );
  }

  console.log('');
  console.log(
    `Camera frame time (${SWEEP_STEPS} steps, one camera move per frame, after the first map; SwiftShader WebGL, so reported, not asserted):`,
  );
  console.log('');
  console.log(
    '| spelers / relaties | pan: frame median / p95 | pan: sigma render() median | zoom: frame median / p95 | zoom: sigma render() median |',
  );
  console.log('|---|---|---|---|---|');
  const sweep = (result: SweepResult | undefined) => {
    if (!result || result.frames.length === 0) return ['–', '–'];
    const partial =
      result.frames.length < SWEEP_STEPS
        ? ` (only ${result.frames.length} frames in the ${LIMITS.sweepMs / 1000} s limit)`
        : '';
    const frames = `${ms(median(result.frames))} / ${ms(percentile(result.frames, 95))}${partial}`;
    return [frames, result.renders.length ? ms(median(result.renders)) : '–'];
  };
  for (const row of rows) {
    if (!row.pan && !row.zoom) {
      const reason = row.sweepError ?? (row.runs.length === 0 ? 'no map drawn' : 'not measured');
      console.log(`| ${name(row)} | FAILED: ${reason} | | | |`);
      continue;
    }
    console.log(`| ${name(row)} | ${[...sweep(row.pan), ...sweep(row.zoom)].join(' | ')} |`);
  }
}

export async function benchWebMap(): Promise<void> {
  const sizes = parseSizes(process.env.BENCH_WEB_SIZES);
  console.log('');
  console.log(
    `Krachtenveld web map benchmark: headless Chromium (SwiftShader WebGL), ${sizes.map((s) => `${count(s.actors)}/${count(s.relations)}`).join(', ')} spelers/relaties`,
  );
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`(Chromium not found at ${CHROMIUM_PATH}: web map NOT measured. apt-get install chromium)`);
    return;
  }
  let build: Awaited<ReturnType<typeof ensureWebBuild>>;
  try {
    build = await withTimeout(
      ensureWebBuild((message) => console.log(`  ${message}`)),
      LIMITS.buildMs,
      'building the web app',
    );
  } catch (error) {
    console.log(`(the web app did not build: web map NOT measured: ${errorMessage(error)})`);
    return;
  }
  if (build === 'unavailable') {
    console.log('(the web app is not built and Vite is not installed: web map NOT measured)');
    return;
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'kv-bench-web-'));
  let server: RunningServer | undefined;
  try {
    const seeded = await seed(dataDir, sizes);
    server = await startServer(
      loadConfig({
        KRACHTENVELD_DATA_DIR: dataDir,
        PORT: '0',
        LOG_LEVEL: 'silent',
        KRACHTENVELD_DEMO: 'off',
      }),
    );
    const rows: Row[] = [];
    for (const size of sizes) {
      const id = seeded.get(size);
      if (typeof id !== 'string') {
        rows.push({ ...size, runs: [], wallMs: [], errors: [`seeding: ${errorMessage(id)}`] });
        continue;
      }
      rows.push(await measureSize(server.url, id, size));
    }
    printTables(rows);
    if (process.env.BENCH_WEB_JSON) {
      writeFileSync(process.env.BENCH_WEB_JSON, JSON.stringify(rows, null, 2));
      console.log(`\n(raw figures written to ${process.env.BENCH_WEB_JSON})`);
    }
  } finally {
    if (server) await withTimeout(server.close(), 60_000, 'closing the server').catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const invokedDirectly =
  process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (invokedDirectly) await benchWebMap();
