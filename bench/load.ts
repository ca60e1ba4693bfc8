/**
 * Login and the map under concurrent load (issue 7): 50 connections on loopback for a bounded time against
 * the real app, signed in and accepting compressed answers like a browser. `GET …/graph` of a generated
 * 2,000-speler werkruimte must keep its p99 latency under 100 ms on the PostgreSQL server. Login is reported
 * as throughput (it is meant to be slow: scrypt costs about 0.3 s of CPU per attempt; the login rate limit,
 * raised here, otherwise answers 429 after 10 attempts). PGlite is measured too, for information.
 *
 * The load comes from bench/load-client.ts (Node's own HTTP client) in a child process, so it does not share
 * the server's event loop. autocannon is run on the map as well: its JavaScript response parser is the
 * bottleneck for a body of this size, which its row shows beside a bare Node server with the same body.
 * BENCH_LOAD_SECONDS sets the duration of each run (default 10).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildApp } from '../src/server/index.ts';
import { createStore, type DatabaseOptions, openDatabase } from '../src/store/index.ts';
import { BENCH_EMAIL, BENCH_PASSWORD, benchLogin, createBenchAdmin } from './bench-admin.ts';
import { generateWorkspace, seedGeneratedWorkspace } from './generate-workspace.ts';
import type { LoadOptions, LoadResult } from './load-client.ts';
import { withServerDatabase } from './server-database.ts';

const ACTORS = 2_000;
const RELATIONS = 5_000;
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const GRAPH_P99_TARGET_MS = 100;

const run = promisify(execFile);
const LOAD_CLIENT = join(import.meta.dirname, 'load-client.ts');
const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

function load(options: Omit<LoadOptions, 'connections' | 'seconds'>): Promise<LoadResult> {
  const full: LoadOptions = { connections: CONNECTIONS, seconds: SECONDS, ...options };
  return run(process.execPath, ['--import', 'tsx', LOAD_CLIENT, JSON.stringify(full)]).then(
    ({ stdout }) => JSON.parse(stdout.trim().split('\n').at(-1) as string) as LoadResult,
  );
}

/** The same measurement with autocannon, for comparison; mapped onto our result's shape. */
async function loadWithAutocannon(url: string, headers: Record<string, string>): Promise<LoadResult> {
  const args = [AUTOCANNON, '--json', '-c', String(CONNECTIONS), '-d', String(SECONDS)];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}=${value}`);
  const { stdout } = await run(process.execPath, [...args, url], { maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p50: number; p99: number; max: number };
    non2xx: number;
    errors: number;
    timeouts: number;
  };
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    failures: result.non2xx + result.errors + result.timeouts,
    statuses: {},
  };
}

/** A bare Node HTTP server handing out a fixed random body of the map's compressed size: this machine's floor. */
async function bareServer(bytes: number): Promise<string> {
  const body = Buffer.from(Array.from({ length: bytes }, (_, i) => (i * 2_654_435_761) >>> 24));
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  setTimeout(() => server.close(), (SECONDS * 2 + 10) * 1000).unref();
  return `http://127.0.0.1:${port}/`;
}

interface Row {
  backend: string;
  what: string;
  result: LoadResult;
  target?: boolean;
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
      const headers = { cookie, 'accept-encoding': 'gzip, deflate, br' };
      const url = `${base}/api/v1/workspaces/${workspace.id}/graph`;
      await load({ url, headers }); // warm-up: caches, JIT, compressed copies
      const sample = await fetch(url, { headers });
      const etag = sample.headers.get('etag') ?? '';
      const bytes = Number(sample.headers.get('content-length') ?? 0);
      const kb = `${Math.round(bytes / 1024)} KB`;
      const rows: Row[] = [
        {
          backend,
          what: `GET …/graph, ${ACTORS.toLocaleString('en')} spelers (${kb} brotli)`,
          result: await load({ url, headers }),
          target: true,
        },
        {
          backend,
          what: 'GET …/graph, unchanged (304 to If-None-Match)',
          result: await load({ url, headers: { ...headers, 'if-none-match': etag } }),
        },
        {
          backend,
          what: 'POST /session (login)',
          result: await load({
            url: `${base}/api/v1/session`,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: BENCH_EMAIL, password: BENCH_PASSWORD }),
          }),
        },
        {
          backend,
          what: 'GET …/graph, measured by autocannon',
          result: await loadWithAutocannon(url, headers),
        },
      ];
      const bare = await bareServer(bytes);
      rows.push(
        { backend, what: `bare Node server, ${kb} body`, result: await load({ url: bare }) },
        {
          backend,
          what: `bare Node server, ${kb} body, autocannon`,
          result: await loadWithAutocannon(bare, {}),
        },
      );
      return rows;
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
  }
}

function report(row: Row): string {
  const { result } = row;
  const verdict = !row.target
    ? ''
    : row.backend !== 'postgres'
      ? ' (target applies to postgres)'
      : result.p99 < GRAPH_P99_TARGET_MS
        ? ` (target < ${GRAPH_P99_TARGET_MS} ms: ok)`
        : ` (target < ${GRAPH_P99_TARGET_MS} ms: OVER TARGET)`;
  return (
    `| ${row.backend} | ${row.what} | ${result.requestsPerSecond.toFixed(0)} req/s | ` +
    `${result.p50.toFixed(1)} ms | ${result.p99.toFixed(1)} ms${verdict} | ${result.failures} |`
  );
}

export async function benchLoad(): Promise<void> {
  console.log(
    `\nLoad: ${CONNECTIONS} connections for ${SECONDS} s per run on loopback, signed in; ${ACTORS.toLocaleString('en')} spelers / ${RELATIONS.toLocaleString('en')} relaties`,
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
  console.log('| backend | request | throughput | p50 | p99 | failures |');
  console.log('|---|---|---|---|---|---|');
  for (const row of rows) console.log(report(row));
}
