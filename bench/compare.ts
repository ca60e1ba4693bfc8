/**
 * Comparing two werkruimtes (issue 21): GET /compare of two 2,000-speler werkruimtes with 10,000 relaties
 * each, 300 of whose spelers are in both under names written a little differently (case, hyphens, dots),
 * over real HTTP on loopback as a signed-in user, both diagnoses on the app's analysis threads. Target:
 * under 1 s. Beside it the processor time per request: the two diagnoses run on two threads at once, so on
 * a machine busy with other work the wall time grows while the processor time does not. On embedded PGlite
 * (on disk, as `npm start` runs) and, when BENCH_DATABASE_URL or TEST_DATABASE_URL is set, on the
 * PostgreSQL server. The answer is checked too: all 300 shared spelers matched, no others.
 * `BENCH_ONLY=compare npm run bench` runs only this.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/server/index.ts';
import { createStore, type DatabaseOptions, openDatabase, type Store } from '../src/store/index.ts';
import { benchLogin, createBenchAdmin } from './bench-admin.ts';
import { generateWorkspace, seedGeneratedWorkspace } from './generate-workspace.ts';
import { median } from './median.ts';
import { withServerDatabase } from './server-database.ts';

const ACTORS = 2_000;
const RELATIONS = 10_000;
const SHARED = 300;
const RUNS = 9;
const TARGET_MS = 1_000;

/** The same party written as someone else would: capitals, hyphens for spaces, dots in the number. */
function otherSpelling(name: string, k: number): string {
  if (k % 3 === 0) return name.toUpperCase();
  if (k % 3 === 1) return name.replaceAll(' ', '-');
  return name.replace(/(\d)(\d)/, '$1.$2');
}

/** Two werkruimtes: the second's first SHARED spelers are the first's under another spelling, the rest its own. */
function twoWorkspaces() {
  const first = generateWorkspace(ACTORS, RELATIONS, 42);
  const second = generateWorkspace(ACTORS, RELATIONS, 43);
  second.actors.forEach((actor, k) => {
    const shared = first.actors[k];
    actor.name =
      k < SHARED && shared ? otherSpelling(shared.name, k) : actor.name.replace(/^Speler/, 'Deelnemer');
  });
  return { first, second };
}

interface Row {
  backend: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Processor time of this process (server, both analysis threads, client) per request, median. */
  cpuMs: number;
  bytes: number;
  matches: number;
}

async function measure(backend: string, store: Store): Promise<Row> {
  await store.reference.syncGemeenten();
  await createBenchAdmin(store);
  const { first, second } = twoWorkspaces();
  const a = await seedGeneratedWorkspace(store, first, { name: 'Wijk A' });
  const b = await seedGeneratedWorkspace(store, second, { name: 'Wijk B' });
  const app = await buildApp({ store });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const { cookie } = await benchLogin(base);
    const url = `${base}/api/v1/compare?a=${a.id}&b=${b.id}`;
    const get = async () => {
      const response = await fetch(url, { headers: { cookie } });
      const text = await response.text();
      if (!response.ok) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
      return text;
    };
    // Warm-up: starts the analysis threads, fills plan caches and the JIT.
    const answer = JSON.parse(await get()) as { matches: unknown[] };
    if (answer.matches.length !== SHARED)
      throw new Error(`expected ${SHARED} spelers in both, the comparison found ${answer.matches.length}`);
    const times: number[] = [];
    const cpu: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const start = performance.now();
      const used = process.cpuUsage();
      bytes = (await get()).length;
      const { user, system } = process.cpuUsage(used);
      times.push(performance.now() - start);
      cpu.push((user + system) / 1000);
    }
    return {
      backend,
      medianMs: median(times),
      minMs: Math.min(...times),
      maxMs: Math.max(...times),
      cpuMs: median(cpu),
      bytes,
      matches: answer.matches.length,
    };
  } finally {
    await app.close();
  }
}

async function onDatabase(backend: string, options: DatabaseOptions): Promise<Row> {
  const store = createStore(await openDatabase(options));
  try {
    return await measure(backend, store);
  } finally {
    await store.close();
  }
}

const verdict = (ms: number) => (ms < TARGET_MS ? 'ok' : 'OVER TARGET');

export async function benchCompare(): Promise<void> {
  console.log(
    `\nComparing two werkruimtes: ${ACTORS.toLocaleString('en')} spelers and ${RELATIONS.toLocaleString('en')} relaties each, ${SHARED} spelers in both; GET /compare over HTTP, both diagnoses included, median of ${RUNS}.`,
  );
  const rows: Row[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'kv-bench-compare-'));
  try {
    rows.push(await onDatabase('pglite', { kind: 'pglite', dataDir }));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (serverUrl)
    rows.push(
      await withServerDatabase(serverUrl, `kv_bench_compare_${process.pid}`, (url) =>
        onDatabase('postgres', { kind: 'postgres', url }),
      ),
    );
  console.log(
    '\n| backend | GET /compare (median) | fastest | slowest | processor time per request | answer | spelers in both |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) {
    console.log(
      `| ${row.backend} | ${row.medianMs.toFixed(0)} ms (target < ${TARGET_MS} ms: ${verdict(row.medianMs)}) | ` +
        `${row.minMs.toFixed(0)} ms | ${row.maxMs.toFixed(0)} ms | ${row.cpuMs.toFixed(0)} ms | ` +
        `${(row.bytes / 1024).toFixed(0)} KB | ${row.matches} |`,
    );
  }
  if (!serverUrl) console.log('(no BENCH_DATABASE_URL or TEST_DATABASE_URL: PostgreSQL server not measured)');
}
