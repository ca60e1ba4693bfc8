/**
 * Momentopnames (issue 21): a snapshot of a 10,000-speler / 50,000-relatie werkruimte (target under 2 s and
 * under 10 MB in the database), and the diff of two such snapshots with 5 % changed, both diagnoses
 * included (target under 3 s). The second snapshot is the first's document with 5 % of its spelers renamed
 * and of its relaties re-weighted, some removed and some added, stored as a snapshot of its own; the diff
 * then runs as the API runs it (documents read back from the database, the diagnosis computed inline, as
 * the analysis thread would). On embedded PGlite and, when BENCH_DATABASE_URL or TEST_DATABASE_URL is set,
 * on the PostgreSQL server. `BENCH_ONLY=snapshots npm run bench` runs only this.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Backup } from '../src/formats/index.ts';
import {
  diffMoments,
  inlineAnalysis,
  SYSTEM_AUTHOR,
  snapshotDocument,
  takeSnapshot,
} from '../src/services/index.ts';
import { createStore, type DatabaseOptions, openDatabase, type Store } from '../src/store/index.ts';
import { generateWorkspace, seedGeneratedWorkspace } from './generate-workspace.ts';
import { withServerDatabase } from './server-database.ts';

const ACTORS = 10_000;
const RELATIONS = 50_000;
const CHANGED = 0.05;
const TARGETS = { snapshotMs: 2_000, snapshotBytes: 10 * 1024 * 1024, diffMs: 3_000 };

/** 5 % of the spelers renamed, of the relaties re-weighted; 1 % of each removed and as many added. */
function changed(document: Backup): Backup {
  const next: Backup = structuredClone(document);
  const every = Math.round(1 / CHANGED);
  next.actors.forEach((actor, index) => {
    if (index % every === 0) actor.name = `${actor.name} (nieuw)`;
  });
  next.relations.forEach((relation, index) => {
    if (index % every === 1) relation.strength = (relation.strength % 5) + 1;
  });
  const removedRelations = new Set(next.relations.filter((_, index) => index % 100 === 2).map((r) => r.id));
  next.relations = next.relations.filter((relation) => !removedRelations.has(relation.id));
  next.assessments = next.assessments.filter((assessment) => !removedRelations.has(assessment.relationId));
  const ids = next.actors.map((actor) => actor.id);
  for (let k = 0; k < removedRelations.size; k += 1) {
    next.relations.push({
      ...(next.relations[k] as Backup['relations'][number]),
      id: randomUUID(),
      sourceId: ids[(k * 7) % ids.length] as string,
      targetId: ids[(k * 13 + 1) % ids.length] as string,
    });
  }
  return next;
}

interface Row {
  backend: string;
  snapshotMs: number;
  bytes: number;
  diffMs: number;
  changes: string;
}

async function measure(backend: string, store: Store): Promise<Row> {
  await store.reference.syncGemeenten();
  const workspace = await seedGeneratedWorkspace(store, generateWorkspace(ACTORS, RELATIONS));
  const start = performance.now();
  const first = await takeSnapshot(store, SYSTEM_AUTHOR, workspace, { name: 'Nulmeting' });
  const snapshotMs = performance.now() - start;

  const later = changed(await snapshotDocument(store, workspace.id, first.id));
  const second = await store.snapshots.insert({
    workspaceId: workspace.id,
    name: 'Een jaar later',
    reason: 'manual',
    sourceId: null,
    createdBy: null,
    counts: first.counts,
    content: await promisify(gzip)(JSON.stringify({ ...later, exportedAt: new Date().toISOString() })),
  });

  const diffStart = performance.now();
  const diff = await diffMoments(store, inlineAnalysis, workspace, { from: first.id, to: second.id });
  const diffMs = performance.now() - diffStart;
  const { actors, relations } = diff.changes;
  return {
    backend,
    snapshotMs,
    bytes: first.bytes,
    diffMs,
    changes: `${actors.changed.length} spelers changed; relaties ${relations.changed.length} changed, ${relations.removed.length} removed, ${relations.added.length} added; ${diff.indices.length} indices`,
  };
}

async function onPglite(options: DatabaseOptions): Promise<Row> {
  const store = createStore(await openDatabase(options));
  try {
    return await measure('pglite', store);
  } finally {
    await store.close();
  }
}

async function onServer(url: string): Promise<Row> {
  const store = createStore(await openDatabase({ kind: 'postgres', url }));
  try {
    return await measure('postgres', store);
  } finally {
    await store.close();
  }
}

const ok = (value: number, target: number) => (value < target ? 'ok' : 'OVER TARGET');

export async function benchSnapshots(): Promise<void> {
  console.log(
    `\nMomentopnames: ${ACTORS.toLocaleString('en')} spelers and ${RELATIONS.toLocaleString('en')} relaties; the diff of two snapshots with ${CHANGED * 100} % changed, both diagnoses included.`,
  );
  const rows: Row[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'kv-bench-snapshots-'));
  try {
    rows.push(await onPglite({ kind: 'pglite', dataDir }));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (serverUrl)
    rows.push(await withServerDatabase(serverUrl, `kv_bench_snapshots_${process.pid}`, onServer));
  console.log(
    '\n| backend | snapshot | size in the database | diff with both diagnoses | what the diff found |',
  );
  console.log('|---|---|---|---|---|');
  for (const row of rows) {
    console.log(
      `| ${row.backend} | ${(row.snapshotMs / 1000).toFixed(2)} s (target < 2 s: ${ok(row.snapshotMs, TARGETS.snapshotMs)}) | ` +
        `${(row.bytes / 1_048_576).toFixed(1)} MB (target < 10 MB: ${ok(row.bytes, TARGETS.snapshotBytes)}) | ` +
        `${(row.diffMs / 1000).toFixed(2)} s (target < 3 s: ${ok(row.diffMs, TARGETS.diffMs)}) | ${row.changes} |`,
    );
  }
  if (!serverUrl) console.log('(no BENCH_DATABASE_URL or TEST_DATABASE_URL: PostgreSQL server not measured)');
}
