/**
 * Import and export figures (issue 6): a generated werkruimte of 10,000 spelers and 50,000 relaties is
 * exported in every format and that file imported again as a new werkruimte, through the same services and
 * file-job threads the API uses (the peak memory includes the job's thread, warmed first as in a server
 * after its first file job), on embedded PGlite (on disk, as `npm start` runs). Each format runs in its own child
 * process, so its peak memory (max RSS) is its own; the PGlite data folder is created beforehand in another
 * process, as a running app opens the folder its first start made. Targets: XLSX under 10 s each way, the others under
 * 5 s, memory under 1 GiB. `BENCH_TRANSFER_FORMATS=json,csv` picks formats.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../src/domain/index.ts';
import { createFileJobs } from '../src/server/index.ts';
import {
  CLI_AUTHOR,
  createBackupCache,
  exportFile,
  type FileWork,
  importAsNewWorkspace,
  type UploadedFile,
} from '../src/services/index.ts';
import { createStore, openDatabase } from '../src/store/index.ts';
import { generateWorkspace, seedGeneratedWorkspace } from './generate-workspace.ts';
import { withServerDatabase } from './server-database.ts';

const ACTORS = Number(process.env.BENCH_ACTORS ?? 10_000);
const RELATIONS = Number(process.env.BENCH_RELATIONS ?? 50_000);
const IMPORTABLE: readonly string[] = ['json', 'csv', 'xlsx', 'gexf', 'graphml'];
const GIB = 1024 ** 3;

interface Figures {
  format: string;
  backend: string;
  /** RSS with the database open and empty: PGlite's embedded PostgreSQL alone takes ~300 MiB. */
  baselineRssBytes: number;
  exportMs: number;
  importMs: number | null;
  megabytes: number;
  maxRssBytes: number;
}

/** Creates, migrates and fills the reference tables of a PGlite data folder, in this process. */
async function prepare(dataDir: string): Promise<void> {
  const store = createStore(await openDatabase({ kind: 'pglite', dataDir }));
  await store.reference.syncGemeenten();
  await store.close();
}

/** One format, in this process: seed, export, import; prints its figures as JSON on the last line. */
async function measure(format: ExportFormat, serverUrl: string | undefined, dataDir: string): Promise<void> {
  const store = createStore(
    await openDatabase(serverUrl ? { kind: 'postgres', url: serverUrl } : { kind: 'pglite', dataDir }),
  );
  try {
    if (serverUrl) await store.reference.syncGemeenten();
    const baselineRssBytes = process.memoryUsage().rss;
    const data = generateWorkspace(ACTORS, RELATIONS);
    const workspace = await seedGeneratedWorkspace(store, data);

    const jobs = createFileJobs();
    const asJob = <T>(task: (work: FileWork) => Promise<T>): Promise<T> => jobs.admit('bench').run(task);
    // A running server keeps a warm job thread after its first file job; the first one after start pays
    // about a second to load tsx and the format libraries, which is not what this measures.
    await asJob((work) => work.read([{ name: 'warm.csv', bytes: new TextEncoder().encode('naam\nA\n') }]));
    const exportStart = performance.now();
    // As in the API: CSV is one request per table, and the two share one load of the werkruimte.
    const backups = createBackupCache(store);
    const loadBackup = () => backups.load(workspace, 0);
    const tables = format === 'csv' ? (['spelers', 'relaties'] as const) : [undefined];
    const files: UploadedFile[] = [];
    for (const table of tables) {
      const file = await asJob((work) => exportFile(store, workspace, format, { table }, work, loadBackup));
      const bytes = typeof file.body === 'string' ? new TextEncoder().encode(file.body) : file.body;
      files.push({ name: file.fileName, bytes });
    }
    const exportMs = performance.now() - exportStart;

    let importMs: number | null = null;
    if (IMPORTABLE.includes(format)) {
      const importStart = performance.now();
      const { summary } = await asJob((work) =>
        importAsNewWorkspace(
          store,
          CLI_AUTHOR,
          files,
          { name: 'Teruggelezen', gemeente: 'GM0344' },
          undefined,
          work,
        ),
      );
      importMs = performance.now() - importStart;
      if (summary.actors.created !== ACTORS || summary.relations.created !== RELATIONS)
        throw new Error(`${format}: read back ${JSON.stringify(summary)}`);
    }
    const figures: Figures = {
      format,
      backend: serverUrl ? 'postgres' : 'pglite',
      baselineRssBytes,
      exportMs,
      importMs,
      megabytes: files.reduce((sum, file) => sum + file.bytes.byteLength, 0) / 1_048_576,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
    };
    console.log(JSON.stringify(figures));
    await jobs.close();
  } finally {
    await store.close();
  }
}

export async function benchTransfer(): Promise<void> {
  const chosen = process.env.BENCH_TRANSFER_FORMATS?.split(',') ?? [...EXPORT_FORMATS];
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  console.log(
    `\nImport and export: ${ACTORS.toLocaleString('en')} spelers, ${RELATIONS.toLocaleString('en')} relaties, one process per format and backend`,
  );
  console.log('| backend | format | export | import | file size | peak memory (empty database open) |');
  console.log('|---|---|---|---|---|---|');
  for (const format of chosen) runOne(format, '');
  if (serverUrl)
    await withServerDatabase(serverUrl, `kv_bench_transfer_${process.pid}`, async (url) => {
      for (const format of chosen) runOne(format, url);
    });
}

function runOne(format: string, url: string): void {
  const dataDir = mkdtempSync(join(tmpdir(), 'kv-bench-transfer-'));
  let output: string;
  try {
    if (!url) runChild(['prepare', dataDir]);
    output = runChild([format, url, dataDir]);
  } catch (error) {
    console.log(
      `| ${url ? 'postgres' : 'pglite'} | ${format} | FAILED: ${(error as Error).message.split('\n')[0]} | | | |`,
    );
    return;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  report(format, output);
}

function runChild(args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

function report(format: string, output: string): void {
  const figures = JSON.parse(output.trim().split('\n').at(-1) as string) as Figures;
  const limit = format === 'xlsx' ? 10_000 : 5_000;
  const verdict = (ms: number) =>
    `${(ms / 1000).toFixed(2)} s (< ${limit / 1000} s: ${ms < limit ? 'ok' : 'OVER TARGET'})`;
  const mib = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MiB`;
  console.log(
    `| ${figures.backend} | ${format} | ${verdict(figures.exportMs)} | ${figures.importMs === null ? '–' : verdict(figures.importMs)} ` +
      `| ${figures.megabytes.toFixed(1)} MiB | ${mib(figures.maxRssBytes)} (${mib(figures.baselineRssBytes)}); < 1 GiB: ${figures.maxRssBytes < GIB ? 'ok' : 'OVER TARGET'} |`,
  );
}

const child = process.argv[2];
if (child === 'prepare') await prepare(process.argv[3] as string);
else if (child) await measure(child as ExportFormat, process.argv[3] || undefined, process.argv[4] as string);
