/**
 * `npm run bench`: the core issue's figures. Seeds a generated werkruimte of 10,000 spelers and 50,000
 * relaties and reports the bulk load time and the median latency of GET …/graph and of a filtered list,
 * over real HTTP on loopback, on embedded PGlite (on disk, as `npm start` runs) and — when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL is set — on the PostgreSQL server. Then the web map's figures in
 * headless Chromium (bench/web-map.ts; BENCH_WEB=off skips them), then the analysis figures against
 * python-igraph (bench/analysis.ts), then import and export in every format (bench/transfer.ts).
 * Then login and the map under concurrent load (bench/load.ts), the server under file attack
 * (bench/hostile.ts), last the map, the diagnosis and the divergence read through perspectives
 * (bench/perspectives.ts), 300 respondents of an uitvraag answering at once (bench/survey.ts), and 200
 * phones in one live bijeenkomst (bench/meeting.ts), then momentopnames, two werkruimtes compared and the
 * report as PDF and DOCX (bench/report.ts).
 * BENCH_ONLY=core|web|analysis|transfer|load|hostile|perspectives|survey|meeting|snapshots|compare|report runs one part.
 * Never part of `npm test`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/server/index.ts';
import { createStore, type DatabaseOptions, openDatabase } from '../src/store/index.ts';
import { benchAnalysis } from './analysis.ts';
import { benchLogin, createBenchAdmin } from './bench-admin.ts';
import { benchCompare } from './compare.ts';
import { generateWorkspace, seedGeneratedWorkspace } from './generate-workspace.ts';
import { benchHostile } from './hostile.ts';
import { benchLoad } from './load.ts';
import { median } from './median.ts';
import { benchMeeting } from './meeting.ts';
import { benchPerspectives } from './perspectives.ts';
import { benchReport } from './report.ts';
import { withServerDatabase } from './server-database.ts';
import { benchSnapshots } from './snapshots.ts';
import { benchSurvey } from './survey.ts';
import { benchTransfer } from './transfer.ts';
import { benchWebMap } from './web-map.ts';

const ACTORS = Number(process.env.BENCH_ACTORS ?? 10_000);
const RELATIONS = Number(process.env.BENCH_RELATIONS ?? 50_000);
const GRAPH_RUNS = 15;
const LIST_RUNS = 40;
const TARGETS = { bulkLoadMs: 15_000, graph: { pglite: 500, postgres: 250 } };

interface Result {
  backend: 'pglite' | 'postgres';
  bulkLoadMs: number;
  graphMedianMs: number;
  graphBytes: number;
  listMedianMs: number;
}

async function timeRequests(
  url: string,
  runs: number,
  cookie: string,
): Promise<{ median: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  const headers = { cookie };
  await (await fetch(url, { headers })).arrayBuffer(); // warm-up: plan caches, JIT
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const response = await fetch(url, { headers });
    const body = await response.arrayBuffer();
    times.push(performance.now() - start);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    bytes = body.byteLength;
  }
  return { median: median(times), bytes };
}

async function benchBackend(backend: Result['backend'], options: DatabaseOptions): Promise<Result> {
  const store = createStore(await openDatabase(options));
  try {
    await store.reference.syncGemeenten();
    await createBenchAdmin(store);
    const data = generateWorkspace(ACTORS, RELATIONS);
    const loadStart = performance.now();
    const workspace = await seedGeneratedWorkspace(store, data);
    const bulkLoadMs = performance.now() - loadStart;

    const app = await buildApp({ store });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { cookie } = await benchLogin(base);
      const graph = await timeRequests(`${base}/api/v1/workspaces/${workspace.id}/graph`, GRAPH_RUNS, cookie);
      const list = await timeRequests(
        `${base}/api/v1/workspaces/${workspace.id}/actors?force=bewoner,professional&domain=schulden&wijk=Noord&q=speler&pageSize=50&page=2`,
        LIST_RUNS,
        cookie,
      );
      return {
        backend,
        bulkLoadMs,
        graphMedianMs: graph.median,
        graphBytes: graph.bytes,
        listMedianMs: list.median,
      };
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
  }
}

const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');

async function main() {
  console.log(
    `Krachtenveld core benchmark: ${ACTORS.toLocaleString('en')} spelers, ${RELATIONS.toLocaleString('en')} relaties`,
  );
  const results: Result[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'kv-bench-'));
  try {
    results.push(await benchBackend('pglite', { kind: 'pglite', dataDir }));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    results.push(
      await withServerDatabase(serverUrl, `kv_bench_${process.pid}`, (url) =>
        benchBackend('postgres', { kind: 'postgres', url }),
      ),
    );
  } else {
    console.log('(no BENCH_DATABASE_URL or TEST_DATABASE_URL: PostgreSQL server not measured)');
  }
  console.log('');
  console.log('| backend | bulk load | GET …/graph (median) | graph size | filtered list (median) |');
  console.log('|---|---|---|---|---|');
  for (const r of results) {
    const graphTarget = TARGETS.graph[r.backend];
    console.log(
      `| ${r.backend} | ${r.bulkLoadMs.toFixed(0)} ms (target < ${TARGETS.bulkLoadMs} ms: ${verdict(r.bulkLoadMs < TARGETS.bulkLoadMs)}) ` +
        `| ${r.graphMedianMs.toFixed(1)} ms (target < ${graphTarget} ms: ${verdict(r.graphMedianMs < graphTarget)}) ` +
        `| ${(r.graphBytes / 1_048_576).toFixed(1)} MiB | ${r.listMedianMs.toFixed(1)} ms |`,
    );
  }
}

// BENCH_ONLY=core|web|analysis|transfer|load|hostile|perspectives|survey|meeting|snapshots|compare|report runs one part; BENCH_WEB=off skips the browser part.
const only = process.env.BENCH_ONLY;
if (!only || only === 'core') await main();
if ((!only || only === 'web') && process.env.BENCH_WEB !== 'off') await benchWebMap();
if (!only || only === 'analysis') await benchAnalysis();
if (!only || only === 'transfer') await benchTransfer();
if (!only || only === 'load') await benchLoad();
if (!only || only === 'hostile') await benchHostile();
if (!only || only === 'perspectives') await benchPerspectives();
if (!only || only === 'survey') await benchSurvey();
if (!only || only === 'meeting') await benchMeeting();
if (!only || only === 'snapshots') await benchSnapshots();
if (!only || only === 'compare') await benchCompare();
if (!only || only === 'report') await benchReport();
