/**
 * The report (issue 22): GET …/report?format=pdf and format=docx with every section (compared with a
 * snapshot, so "what changed" is in it too) over real HTTP on loopback as a signed-in user, for the demo
 * werkruimte and for a generated one of 2,000 spelers and 10,000 relaties. Targets: the demo under 3 s per
 * file, the 2,000-speler werkruimte under 10 s and under 1 GiB. Reported: the first request of each (pdfkit,
 * the fonts and the analysis threads load on first use) and the median of the next three, and the peak
 * growth of this process's resident memory during a request over what it held just before (the app runs in
 * this process; the peak is sampled every 20 ms by a worker thread, which the report's synchronous PDF and
 * DOCX work cannot hold up, and cross-checked with the kernel's high-water mark, VmHWM, reset before each
 * request where /proc allows it). On embedded PGlite (on disk, as `npm start` runs) and, when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL is set, on the PostgreSQL server.
 * `BENCH_ONLY=report npm run bench` runs only this.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { gzip } from 'node:zlib';
import type { Workspace } from '../src/domain/index.ts';
import type { Backup } from '../src/formats/index.ts';
import { buildApp } from '../src/server/index.ts';
import { loadDemoWorkspace, SYSTEM_AUTHOR, snapshotDocument, takeSnapshot } from '../src/services/index.ts';
import { createStore, type DatabaseOptions, openDatabase, type Store } from '../src/store/index.ts';
import { benchLogin, createBenchAdmin } from './bench-admin.ts';
import { generateWorkspace, seedGeneratedWorkspace } from './generate-workspace.ts';
import { median } from './median.ts';
import { withServerDatabase } from './server-database.ts';

const ACTORS = 2_000;
const RELATIONS = 10_000;
/** Spelers (and their relaties) the generated werkruimte's earlier snapshot does not have yet. */
const NEW_SHARE = 0.02;
const RUNS = 3;
const FORMATS = ['pdf', 'docx'] as const;
const TARGETS = { demoMs: 3_000, largeMs: 10_000, largeBytes: 1024 ** 3 };

type Format = (typeof FORMATS)[number];
type Case = 'demo' | 'large';

interface Row {
  backend: string;
  workspace: Case;
  format: Format;
  firstMs: number;
  medianMs: number;
  /** Processor time of this process (server, analysis threads, client) per request, median of the later runs. */
  cpuMs: number;
  /** The highest peak RSS growth over the requests of this case, sampled. */
  peakGrowth: number;
  /** The same from the kernel's high-water mark, when it could be reset; else null. */
  hwmGrowth: number | null;
  /** The highest resident size seen. */
  peakRss: number;
  bytes: number;
  pages: string;
}

/**
 * A worker thread that reads the process's resident size every 20 ms and keeps the highest in shared
 * memory; the main thread resets it before a request and reads it after.
 */
function startRssSampler() {
  const shared = new Float64Array(new SharedArrayBuffer(16));
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const peak = new Float64Array(workerData);
     setInterval(() => { const rss = process.memoryUsage.rss(); if (rss > peak[0]) peak[0] = rss; }, 20);`,
    { eval: true, workerData: shared.buffer },
  );
  worker.unref();
  return {
    reset() {
      shared[0] = process.memoryUsage.rss();
    },
    peak: () => Math.max(shared[0] as number, process.memoryUsage.rss()),
    stop: () => worker.terminate(),
  };
}

/** The kernel's peak resident size of this process (VmHWM), reset by writing 5 to clear_refs (Linux). */
const highWaterMark = {
  reset(): boolean {
    try {
      writeFileSync('/proc/self/clear_refs', '5');
      return true;
    } catch {
      return false;
    }
  },
  read(): number | null {
    try {
      const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
      return kb ? Number(kb) * 1024 : null;
    } catch {
      return null;
    }
  },
};

/** Page count of a PDF from its page tree (the last /Count of /Type /Pages), without a PDF reader. */
function pdfPages(bytes: ArrayBuffer): string {
  const text = Buffer.from(bytes).toString('latin1');
  const counts = [...text.matchAll(/\/Type \/Pages[\s\S]{0,200}?\/Count (\d+)/g)].map((m) => Number(m[1]));
  return counts.length > 0 ? `${Math.max(...counts)} pages` : '';
}

/**
 * The generated werkruimte as it was a while ago: 2 % of its spelers (and their relaties) not there yet,
 * and every tenth relatie a step weaker, stored as a snapshot to compare with.
 */
async function earlierSnapshot(store: Store, workspace: Workspace): Promise<string> {
  const now = await takeSnapshot(store, SYSTEM_AUTHOR, workspace, { name: 'Stand nu' });
  const document: Backup = await snapshotDocument(store, workspace.id, now.id);
  const every = Math.round(1 / NEW_SHARE);
  const gone = new Set(document.actors.filter((_, index) => index % every === 0).map((actor) => actor.id));
  const relations = document.relations
    .filter((relation) => !gone.has(relation.sourceId) && !gone.has(relation.targetId))
    .map((relation, index) =>
      index % 10 === 0 && relation.strength > 1 ? { ...relation, strength: relation.strength - 1 } : relation,
    );
  const kept = new Set(relations.map((relation) => relation.id));
  const earlier: Backup = {
    ...document,
    exportedAt: new Date(Date.now() - 365 * 86_400_000).toISOString(),
    actors: document.actors.filter((actor) => !gone.has(actor.id)),
    relations,
    assessments: document.assessments.filter((assessment) => kept.has(assessment.relationId)),
    positions: document.positions.filter((position) => !gone.has(position.actorId)),
  };
  const snapshot = await store.snapshots.insert({
    workspaceId: workspace.id,
    name: 'Nulmeting',
    reason: 'manual',
    sourceId: null,
    createdBy: null,
    counts: { ...now.counts, actors: earlier.actors.length, relations: earlier.relations.length },
    content: await promisify(gzip)(JSON.stringify(earlier)),
    takenAt: earlier.exportedAt,
  });
  return snapshot.id;
}

async function measure(backend: string, store: Store): Promise<Row[]> {
  await store.reference.syncGemeenten();
  await createBenchAdmin(store);
  const demo = await loadDemoWorkspace(store);
  const demoSince = (await store.snapshots.list(demo.id)).find((s) => s.name.startsWith('Nulmeting'))?.id;
  if (!demoSince) throw new Error('the demo has no Nulmeting snapshot');
  const large = await seedGeneratedWorkspace(store, generateWorkspace(ACTORS, RELATIONS), {
    name: `Benchmark ${randomUUID().slice(0, 4)}`,
  });
  const largeSince = await earlierSnapshot(store, large);

  const app = await buildApp({ store });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const sampler = startRssSampler();
  const rows: Row[] = [];
  try {
    const { cookie } = await benchLogin(base);
    const cases: [Case, Workspace, string][] = [
      ['demo', demo, demoSince],
      ['large', large, largeSince],
    ];
    for (const [name, workspace, since] of cases) {
      for (const format of FORMATS) {
        const url = `${base}/api/v1/workspaces/${workspace.id}/report?format=${format}&since=${since}&lang=nl`;
        const times: number[] = [];
        const cpu: number[] = [];
        let peakGrowth = 0;
        let hwmGrowth: number | null = null;
        let peakRss = 0;
        let bytes = 0;
        let pages = '';
        for (let run = 0; run <= RUNS; run += 1) {
          const baseline = process.memoryUsage.rss();
          sampler.reset();
          const hwmReset = highWaterMark.reset();
          const start = performance.now();
          const used = process.cpuUsage();
          const response = await fetch(url, { headers: { cookie } });
          const body = await response.arrayBuffer();
          times.push(performance.now() - start);
          const { user, system } = process.cpuUsage(used);
          cpu.push((user + system) / 1000);
          if (!response.ok)
            throw new Error(
              `${url} answered ${response.status}: ${Buffer.from(body).toString().slice(0, 300)}`,
            );
          const peak = sampler.peak();
          peakRss = Math.max(peakRss, peak);
          peakGrowth = Math.max(peakGrowth, peak - baseline);
          const hwm = hwmReset ? highWaterMark.read() : null;
          if (hwm !== null) hwmGrowth = Math.max(hwmGrowth ?? 0, hwm - baseline);
          bytes = body.byteLength;
          if (format === 'pdf') pages = pdfPages(body);
          else if (Buffer.from(body.slice(0, 2)).toString() !== 'PK') throw new Error('the DOCX is no zip');
        }
        rows.push({
          backend,
          workspace: name,
          format,
          firstMs: times[0] as number,
          medianMs: median(times.slice(1)),
          cpuMs: median(cpu.slice(1)),
          peakGrowth,
          hwmGrowth,
          peakRss,
          bytes,
          pages,
        });
      }
    }
  } finally {
    await sampler.stop();
    await app.close();
  }
  return rows;
}

async function onDatabase(backend: string, options: DatabaseOptions): Promise<Row[]> {
  const store = createStore(await openDatabase(options));
  try {
    return await measure(backend, store);
  } finally {
    await store.close();
  }
}

const MIB = 1_048_576;
const ok = (value: number, target: number) => (value < target ? 'ok' : 'OVER TARGET');

function describeRow(row: Row): string {
  const target = row.workspace === 'demo' ? TARGETS.demoMs : TARGETS.largeMs;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const memory =
    row.workspace === 'large' ? ` (target < 1 GiB: ${ok(row.peakGrowth, TARGETS.largeBytes)})` : '';
  return (
    `| ${row.backend} | ${row.workspace === 'demo' ? 'demo' : `${ACTORS.toLocaleString('en')} spelers`} | ${row.format} | ` +
    `${seconds(row.firstMs)} (${ok(row.firstMs, target)}) | ` +
    `${seconds(row.medianMs)} (target < ${target / 1000} s: ${ok(row.medianMs, target)}) | ` +
    `${seconds(row.cpuMs)} | ` +
    `${(row.peakGrowth / MIB).toFixed(0)} MiB${memory} | ` +
    `${row.hwmGrowth === null ? '–' : `${(row.hwmGrowth / MIB).toFixed(0)} MiB`} | ` +
    `${(row.peakRss / MIB).toFixed(0)} MiB | ${(row.bytes / 1024).toFixed(0)} KB${row.pages ? `, ${row.pages}` : ''} |`
  );
}

export async function benchReport(): Promise<void> {
  console.log(
    `\nThe report: GET …/report?format=pdf|docx, every section, compared with a snapshot, over HTTP; the demo and a werkruimte of ${ACTORS.toLocaleString('en')} spelers and ${RELATIONS.toLocaleString('en')} relaties; first request and median of the next ${RUNS}.`,
  );
  const loadBefore = loadavg()[0] as number;
  const rows: Row[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'kv-bench-report-'));
  try {
    rows.push(...(await onDatabase('pglite', { kind: 'pglite', dataDir })));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (serverUrl)
    rows.push(
      ...(await withServerDatabase(serverUrl, `kv_bench_report_${process.pid}`, (url) =>
        onDatabase('postgres', { kind: 'postgres', url }),
      )),
    );
  console.log(
    '\n| backend | werkruimte | format | first request | median | processor time (median) | peak memory growth (sampled) | peak growth (VmHWM) | peak RSS | file |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(describeRow(row));
  if (!serverUrl) console.log('(no BENCH_DATABASE_URL or TEST_DATABASE_URL: PostgreSQL server not measured)');
  // Wall times depend on what else the machine runs; the processor time much less.
  console.log(
    `(${cpus().length} processors; load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] as number).toFixed(1)} after)`,
  );
}
