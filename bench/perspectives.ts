/**
 * Perspectives (issue 18): a generated werkruimte of 2,000 spelers and 20,000 relaties in which the five
 * perspectives a werkruimte starts with besides the editors' (Rijk, Instellingen, Gemeente, Professionals,
 * Bewoners) made 60,000 assessments — each about 12,000 relaties, about one in ten denied, strengths near
 * the relatie's own with each group's leaning, trust and value on some — seeded through the store's bulk
 * writes, then measured over real HTTP on loopback, signed in and accepting brotli like a browser:
 *
 * - `GET …/graph?perspective=<id>`: target < 300 ms. The route keeps a rendered view until the werkruimte
 *   changes, so the target applies to the first request after a change ("cold": every timed request follows
 *   an edit of one assessment through the API, not timed); the cached answer is reported beside it.
 * - `GET …/analysis?perspective=<id>`: the diagnosis of the map as one perspective sees it, target < 500 ms.
 * - `GET …/divergence?a=&b=`: two perspectives compared, target < 200 ms.
 *
 * Each after two warm-up requests, median and p95 of the runs, rotating over the perspectives (pairs for the
 * divergence), with the median CPU time the process spent per request beside it (server, embedded database,
 * analysis thread and client share the process): on a busy machine wall time grows with the load, CPU time
 * far less. Then the same work in process, without HTTP, to show where a request's time goes. On embedded
 * PGlite (on disk, as `npm start` runs) and — when BENCH_DATABASE_URL or TEST_DATABASE_URL is set — on the
 * PostgreSQL server. `BENCH_ONLY=perspectives npm run bench` runs only this.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Perspective } from '../src/domain/index.ts';
import { buildApp } from '../src/server/index.ts';
import {
  compareViews,
  inlineAnalysis,
  loadPerspectiveGraph,
  loadPerspectiveGraphJson,
} from '../src/services/index.ts';
import { createStore, type DatabaseOptions, openDatabase, type Store } from '../src/store/index.ts';
import { benchLogin, createBenchAdmin } from './bench-admin.ts';
import { generateWorkspace, seededRandom, seedGeneratedWorkspace } from './generate-workspace.ts';
import { withServerDatabase } from './server-database.ts';

type AssessmentSeed = Parameters<Store['bulk']['insertAssessments']>[1][number];

const ACTORS = 2_000;
const RELATIONS = 20_000;
/** Relaties each perspective assesses: 5 × 12,000 = 60,000 assessments. */
const PER_PERSPECTIVE = 12_000;
const DENIED_SHARE = 0.1;
const RUNS = { graph: 15, analysis: 10, divergence: 15 };
const TARGETS_MS = { graph: 300, analysis: 500, divergence: 200 };
/** How each group tends to rate a tie against its stored strength: the gemeente higher, bewoners lower. */
const LEANING: Record<string, number> = {
  gemeente: 0.6,
  instelling: 0.3,
  rijk: 0,
  professional: -0.2,
  bewoner: -0.6,
};

interface Row {
  backend: string;
  what: string;
  median: number;
  p95: number;
  /** Median CPU time of this process per request (all its threads: server, database, client). */
  cpu: number;
  /** The answer as JSON, and as sent (compressed) when it was. */
  size?: { json: number; sent: number };
  target?: number;
}

/** 60,000 assessments spread over the five claiming perspectives, the same for a seed. */
export function generateAssessments(
  relations: readonly { id: string; strength: number }[],
  perspectives: readonly Pick<Perspective, 'id' | 'force'>[],
  perPerspective = PER_PERSPECTIVE,
  seed = 18,
): AssessmentSeed[] {
  const random = seededRandom(seed);
  const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
  const rows: AssessmentSeed[] = [];
  for (const perspective of perspectives) {
    // A partial Fisher–Yates shuffle: `perPerspective` distinct relaties for this perspective.
    const order = relations.map((_, k) => k);
    for (let k = 0; k < perPerspective; k++) {
      const swap = k + Math.floor(random() * (order.length - k));
      [order[k], order[swap]] = [order[swap] as number, order[k] as number];
    }
    const leaning = LEANING[perspective.force ?? ''] ?? 0;
    for (let k = 0; k < perPerspective; k++) {
      const relation = relations[order[k] as number] as { id: string; strength: number };
      const present = random() >= DENIED_SHARE;
      const rated = present && random() < 0.4;
      rows.push({
        id: randomUUID(),
        relationId: relation.id,
        perspectiveId: perspective.id,
        present,
        strength: present ? clamp(Math.round(relation.strength + leaning + (random() * 2 - 1)), 1, 5) : null,
        trust: rated ? 1 + Math.floor(random() * 4) : null,
        value: rated ? 1 + Math.floor(random() * 4) : null,
        note: '',
        source: null,
        origin: 'survey',
      });
    }
  }
  return rows;
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (share === 0.5 && sorted.length % 2 === 0) {
    const middle = sorted.length / 2;
    return ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  }
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] as number;
}

/** Lines printed under the table: what the figures were measured on. */
const notes: string[] = [];

async function benchBackend(
  backend: string,
  options: DatabaseOptions,
): Promise<{ rows: Row[]; seedMs: number }> {
  const store = createStore(await openDatabase(options));
  try {
    await store.reference.syncGemeenten();
    await createBenchAdmin(store);
    const data = generateWorkspace(ACTORS, RELATIONS);
    const seedStart = performance.now();
    const workspace = await seedGeneratedWorkspace(store, data, { name: 'Benchmark perspectieven' });
    const perspectives = (await store.perspectives.listAll(workspace.id)).filter((p) => !p.editors);
    const assessments = generateAssessments(data.relations, perspectives);
    await store.transaction((tx) => tx.bulk.insertAssessments(workspace.id, assessments));
    const seedMs = performance.now() - seedStart;

    const app = await buildApp({ store });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const { cookie, csrfToken } = await benchLogin(base);
      const headers = { cookie, 'accept-encoding': 'gzip, deflate, br' };
      const api = `${base}/api/v1/workspaces/${workspace.id}`;

      async function timed(
        url: string,
      ): Promise<{ ms: number; cpu: number; size: { json: number; sent: number } }> {
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        const response = await fetch(url, { headers });
        const body = await response.arrayBuffer(); // decompressed by fetch, as a browser does
        const ms = performance.now() - start;
        const cpu = process.cpuUsage(cpuStart);
        if (!response.ok)
          throw new Error(`${url} answered ${response.status}: ${new TextDecoder().decode(body)}`);
        const sent = Number(response.headers.get('content-length') ?? body.byteLength);
        return { ms, cpu: (cpu.user + cpu.system) / 1000, size: { json: body.byteLength, sent } };
      }

      /** Two warm-up requests, then `runs` timed ones; `before` runs untimed ahead of each. */
      async function measure(
        what: string,
        runs: number,
        url: (run: number) => string,
        options: { target?: number; before?: (run: number) => Promise<void> } = {},
      ): Promise<Row> {
        for (let run = -2; run < 0; run++) {
          await options.before?.(run);
          await timed(url(run + runs));
        }
        const times: number[] = [];
        const cpu: number[] = [];
        let size = { json: 0, sent: 0 };
        for (let run = 0; run < runs; run++) {
          await options.before?.(run);
          const result = await timed(url(run));
          times.push(result.ms);
          cpu.push(result.cpu);
          size = result.size;
        }
        return {
          backend,
          what,
          median: percentile(times, 0.5),
          p95: percentile(times, 0.95),
          cpu: percentile(cpu, 0.5),
          size,
          target: options.target,
        };
      }

      // An edit of one assessment through the API: a new change id, so the next map is rendered afresh.
      const edited = assessments.find((assessment) => assessment.present) as AssessmentSeed;
      let version = 1;
      const edit = async (run: number) => {
        const response = await fetch(`${api}/relations/${edited.relationId}/assessments/${edited.id}`, {
          method: 'PATCH',
          headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
          body: JSON.stringify({ version, note: `Bijgewerkt in ronde ${run}` }),
        });
        if (!response.ok) throw new Error(`PATCH assessment answered ${response.status}`);
        version += 1;
      };
      const perspectiveOf = (run: number) => (perspectives[((run % 5) + 5) % 5] as Perspective).id;
      const pairs = perspectives.flatMap((a, i) =>
        perspectives.slice(i + 1).map((b) => [a.id, b.id] as const),
      );
      const pairOf = (run: number) =>
        pairs[((run % pairs.length) + pairs.length) % pairs.length] as readonly [string, string];

      const rows: Row[] = [];
      rows.push(
        await measure(
          'GET …/graph?perspective=, after a change (rendered)',
          RUNS.graph,
          (run) => `${api}/graph?perspective=${perspectiveOf(run)}`,
          {
            target: TARGETS_MS.graph,
            before: edit,
          },
        ),
      );
      rows.push(
        await measure(
          'GET …/graph?perspective=, unchanged (cached)',
          RUNS.graph,
          () => `${api}/graph?perspective=${perspectiveOf(0)}`,
        ),
      );
      rows.push(
        await measure(
          'GET …/analysis?perspective=',
          RUNS.analysis,
          (run) => `${api}/analysis?perspective=${perspectiveOf(run)}`,
          {
            target: TARGETS_MS.analysis,
          },
        ),
      );
      rows.push(
        await measure(
          'GET …/divergence?a=&b=',
          RUNS.divergence,
          (run) => `${api}/divergence?a=${pairOf(run)[0]}&b=${pairOf(run)[1]}`,
          {
            target: TARGETS_MS.divergence,
          },
        ),
      );
      // Where the time of each request goes: the same work in this process, without HTTP, the access
      // check, the answer's schema check and its serialisation (after one warm-up each).
      const view = { selection: [perspectiveOf(0)], rule: 'default' as const };
      const inProcess = async <T>(what: string, runs: number, work: () => Promise<T>): Promise<T> => {
        let result = await work();
        const times: number[] = [];
        const cpu: number[] = [];
        for (let run = 0; run < runs; run++) {
          const cpuStart = process.cpuUsage();
          const start = performance.now();
          result = await work();
          times.push(performance.now() - start);
          const used = process.cpuUsage(cpuStart);
          cpu.push((used.user + used.system) / 1000);
        }
        rows.push({
          backend,
          what,
          median: percentile(times, 0.5),
          p95: percentile(times, 0.95),
          cpu: percentile(cpu, 0.5),
        });
        return result;
      };
      await inProcess(
        '… of which the map as one perspective sees it (claims, relaties, effective map)',
        5,
        () => loadPerspectiveGraphJson(store, workspace.id, view),
      );
      const seen = await loadPerspectiveGraph(store, workspace.id, view);
      const diagnosis = await inProcess(
        '… of which the diagnosis itself (analysis thread, here inline)',
        3,
        () => inlineAnalysis.diagnose(seen, {}, 'nl'),
      );
      const [a, b] = pairOf(0);
      await inProcess('… of which the comparison (claims, relaties, divergence)', 5, () =>
        compareViews(store, workspace.id, { a, b }),
      );
      const { parameters } = diagnosis;
      notes.push(
        `${backend}: one perspective's map counts ${seen.relations.length.toLocaleString('en')} of ${RELATIONS.toLocaleString('en')} relaties; ` +
          `its diagnosis used ${parameters.betweennessExact ? 'exact betweenness' : `sampled betweenness (${parameters.betweennessSamples} pivots)`}` +
          ` and ${parameters.suggestions} suggestions`,
      );
      return { rows, seedMs };
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
  }
}

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;

const verdict = (row: Row) =>
  row.target === undefined
    ? ''
    : ` (target < ${row.target} ms: ${row.median < row.target ? 'ok' : 'OVER TARGET'})`;

export async function benchPerspectives(): Promise<void> {
  console.log(
    `\nPerspectives: ${ACTORS.toLocaleString('en')} spelers, ${RELATIONS.toLocaleString('en')} relaties, 5 perspectives × ${PER_PERSPECTIVE.toLocaleString('en')} assessments; over HTTP on loopback, median and p95`,
  );
  const results: { rows: Row[]; seedMs: number; backend: string }[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'kv-bench-perspectives-'));
  try {
    results.push({ backend: 'pglite', ...(await benchBackend('pglite', { kind: 'pglite', dataDir })) });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    results.push({
      backend: 'postgres',
      ...(await withServerDatabase(serverUrl, `kv_bench_perspectives_${process.pid}`, (url) =>
        benchBackend('postgres', { kind: 'postgres', url }),
      )),
    });
  } else {
    console.log('(no BENCH_DATABASE_URL or TEST_DATABASE_URL: PostgreSQL server not measured)');
  }
  for (const result of results)
    console.log(
      `${result.backend}: seeded (spelers, relaties, assessments) in ${result.seedMs.toFixed(0)} ms`,
    );
  console.log('');
  console.log('| backend | request | median | p95 | CPU (median) | answer: JSON (sent) |');
  console.log('|---|---|---|---|---|---|');
  for (const { rows } of results) {
    for (const row of rows) {
      const size = row.size
        ? `${kb(row.size.json)}${row.size.sent < row.size.json ? ` (${kb(row.size.sent)})` : ''}`
        : '–';
      console.log(
        `| ${row.backend} | ${row.what} | ${row.median.toFixed(1)} ms${verdict(row)} | ${row.p95.toFixed(1)} ms | ${row.cpu.toFixed(0)} ms | ${size} |`,
      );
    }
  }
  for (const note of notes) console.log(note);
}
