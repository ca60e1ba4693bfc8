/**
 * Login and the map under concurrent load (issue 7): autocannon with 50 connections on loopback for a
 * bounded time against the real app, signed in like a browser. `GET …/graph` of a generated 2,000-speler
 * werkruimte must keep its p99 latency under 100 ms on the PostgreSQL server; login is reported as
 * throughput (it is meant to be slow: scrypt costs about 0.3 s of CPU per attempt, and the login rate limit,
 * raised here, otherwise answers 429 after 10 attempts). PGlite is measured too, for information.
 * autocannon runs in its own process, so the load generator does not share the server's event loop.
 * BENCH_LOAD_SECONDS sets the duration (default 10).
 */

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildApp } from '../src/server/index.ts';
import { createStore, type DatabaseOptions, openDatabase } from '../src/store/index.ts';
import { BENCH_EMAIL, BENCH_PASSWORD, benchLogin, createBenchAdmin } from './bench-admin.ts';
import { generateWorkspace, seedGeneratedWorkspace } from './generate-workspace.ts';
import { withServerDatabase } from './server-database.ts';

const ACTORS = 2_000;
const RELATIONS = 5_000;
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const GRAPH_P99_TARGET_MS = 100;

/** What autocannon --json reports, the part used here. */
interface Result {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
const run = promisify(execFile);

async function autocannon(options: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  method?: string;
  body?: string;
}): Promise<Result> {
  const args = [AUTOCANNON, '--json', '-c', String(options.connections), '-d', String(options.duration)];
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push('-H', `${name}=${value}`);
  if (options.method) args.push('-m', options.method);
  if (options.body) args.push('-b', options.body);
  args.push(options.url);
  const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as Result;
}

interface Row {
  backend: string;
  what: string;
  result: Result;
  /** Answers other than 2xx are failures, unless this status is what the request asks for. */
  expectedStatus?: number;
}

async function loadBackend(backend: string, options: DatabaseOptions): Promise<Row[]> {
  const store = createStore(await openDatabase(options));
  try {
    await store.reference.syncGemeenten();
    await createBenchAdmin(store);
    const workspace = await seedGeneratedWorkspace(store, generateWorkspace(ACTORS, RELATIONS));
    const app = await buildApp({
      store,
      rateLimits: { login: { max: 1_000_000, windowMs: 60_000 } },
    });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { cookie } = await benchLogin(base);
      // As a browser asks: signed in, and accepting compressed answers.
      const headers = { cookie, 'accept-encoding': 'gzip, deflate, br' };
      const graphUrl = `${base}/api/v1/workspaces/${workspace.id}/graph`;
      await autocannon({ url: graphUrl, connections: 10, duration: 2, headers }); // warm-up
      const graph = await autocannon({ url: graphUrl, connections: CONNECTIONS, duration: SECONDS, headers });
      // A client that kept the map and asks whether it changed (ETag): what repeat views cost.
      const etag = (await fetch(graphUrl, { headers: { cookie } })).headers.get('etag') ?? '';
      const revalidated = await autocannon({
        url: graphUrl,
        connections: CONNECTIONS,
        duration: SECONDS,
        headers: { ...headers, 'if-none-match': etag },
      });
      const login = await autocannon({
        url: `${base}/api/v1/session`,
        method: 'POST',
        connections: CONNECTIONS,
        duration: SECONDS,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: BENCH_EMAIL, password: BENCH_PASSWORD }),
      });
      return [
        { backend, what: `GET …/graph (${ACTORS.toLocaleString('en')} spelers)`, result: graph },
        {
          backend,
          what: 'GET …/graph, unchanged (304 to If-None-Match)',
          result: revalidated,
          expectedStatus: 304,
        },
        { backend, what: 'POST /session (login)', result: login },
      ];
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
  }
}

function report(row: Row): string {
  const { result } = row;
  const failures = (row.expectedStatus ? 0 : result.non2xx) + result.errors + result.timeouts;
  const target = row.what.startsWith('GET')
    ? ` (target p99 < ${GRAPH_P99_TARGET_MS} ms on postgres: ${
        row.backend !== 'postgres' ? 'n/a' : result.latency.p99 < GRAPH_P99_TARGET_MS ? 'ok' : 'OVER TARGET'
      })`
    : '';
  return (
    `| ${row.backend} | ${row.what} | ${result.requests.average.toFixed(0)} req/s | ` +
    `${result.latency.p50} ms | ${result.latency.p99} ms${target} | ${failures} |`
  );
}

export async function benchLoad(): Promise<void> {
  console.log(
    `\nLoad: ${CONNECTIONS} connections for ${SECONDS} s each on loopback (autocannon), signed in; ${ACTORS.toLocaleString('en')} spelers / ${RELATIONS.toLocaleString('en')} relaties`,
  );
  const rows: Row[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'kv-bench-load-'));
  try {
    rows.push(...(await loadBackend('pglite', { kind: 'pglite', dataDir })));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    rows.push(
      ...(await withServerDatabase(serverUrl, `kv_bench_load_${process.pid}`, (url) =>
        loadBackend('postgres', { kind: 'postgres', url }),
      )),
    );
  } else {
    console.log('(no BENCH_DATABASE_URL or TEST_DATABASE_URL: the PostgreSQL target is not measured)');
  }
  console.log('| backend | request | throughput | p50 | p99 | non-2xx or errors |');
  console.log('|---|---|---|---|---|---|');
  for (const row of rows) console.log(report(row));
}
