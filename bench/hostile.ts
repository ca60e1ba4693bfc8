/**
 * The server under file attack (issue 15): eight hostile XLSX files (15 million shared strings, 5 million
 * styles and 3.9 million cells, small to send and once seconds of event-loop work each) and four backups
 * whose 100,000 spelers are all wrong (once 160 MB error answers) are uploaded at once by six accounts,
 * while a client polls `GET /api/v1/health` and an editor keeps changing a speler. Targets: health p99
 * under 100 ms, the editor's PATCH p99 under 200 ms, peak memory of the server process under 1.5 GB.
 *
 * The server runs in a child process on embedded PGlite (on disk, as `npm start` runs) with the default
 * job settings, so its peak memory (VmHWM) is its own; the probes and the attack come from this process.
 * Figures are taken first without the attack (baseline), then during it, then during six XLSX exports and
 * one PNG of a 10,000-speler map at once (which stalled health for 5.7 s when they ran on the event loop).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/server/index.ts';
import { createAccount, SYSTEM_AUTHOR } from '../src/services/index.ts';
import { createStore, openDatabase } from '../src/store/index.ts';
import { badBackup, cellsXlsx, sharedStringsXlsx, stylesXlsx } from '../test/fixtures/hostile-files.ts';
import { BENCH_PASSWORD, benchLogin, createBenchAdmin } from './bench-admin.ts';
import { generateWorkspace, seedGeneratedWorkspace } from './generate-workspace.ts';

const ATTACKERS = 6;
const TARGETS = { healthP99Ms: 100, patchP99Ms: 200, peakBytes: 1.5 * 1024 ** 3 };
const BASELINE_MS = 3_000;

interface Session {
  cookie: string;
  csrfToken: string;
}

/**
 * The child: a seeded server on a fresh PGlite folder, with a small werkruimte for the editor and a large
 * one (10,000 spelers) the first three attackers may read; prints `READY <url> <small> <actor> <large>`.
 */
async function serve(dataDir: string): Promise<void> {
  const store = createStore(await openDatabase({ kind: 'pglite', dataDir }));
  await store.reference.syncGemeenten();
  await createBenchAdmin(store);
  for (let k = 1; k <= ATTACKERS; k++)
    await store.transaction((tx) =>
      createAccount(tx, SYSTEM_AUTHOR, {
        email: `aanvaller${k}@example.org`,
        displayName: `Aanvaller ${k}`,
        password: BENCH_PASSWORD,
      }),
    );
  const workspace = await seedGeneratedWorkspace(store, generateWorkspace(2_000, 5_000));
  const [actor] = await store.actors.listAll(workspace.id);
  const large = await seedGeneratedWorkspace(store, generateWorkspace(10_000, 50_000));
  for (const user of (await store.users.list()).filter((user) => user.email.startsWith('aanvaller')))
    await store.members.add(large.id, user.id, 'lezer');
  // The editor's probe changes a speler ~50 times a second, past the per-account write limit (600 a minute).
  const app = await buildApp({
    store,
    rateLimits: { login: { max: 100, windowMs: 60_000 }, write: { max: 1_000_000, windowMs: 60_000 } },
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  console.log(`READY ${url} ${workspace.id} ${actor?.id} ${large.id}`);
}

async function login(base: string, email: string): Promise<Session> {
  const response = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login ${email}: ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
  return { cookie, csrfToken: ((await response.json()) as { csrfToken: string }).csrfToken };
}

/** Repeats `probe` one after the other until `stop()`, recording each latency. */
function probeLoop(probe: () => Promise<void>): { times: number[]; stop(): Promise<void> } {
  const times: number[] = [];
  let running = true;
  // A failed probe ends the loop and fails `stop()`, instead of crashing the benchmark mid-phase.
  const done = (async () => {
    while (running) {
      const start = performance.now();
      await probe();
      times.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  done.catch(() => {});
  return {
    times,
    async stop() {
      running = false;
      await done;
    },
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function upload(base: string, session: Session, name: string, bytes: Buffer | string): Promise<number> {
  const form = new FormData();
  form.append('name', 'Aanval');
  form.append('gemeente', 'GM0344');
  form.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name);
  return fetch(`${base}/api/v1/workspaces/import`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    body: form,
  }).then(async (response) => {
    await response.arrayBuffer();
    return response.status;
  });
}

interface Server {
  child: ChildProcess;
  base: string;
  workspaceId: string;
  actorId: string;
  largeId: string;
}

function startServer(dataDir: string): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, 'serve', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\S+) (\S+) (\S+) (\S+)/.exec(output);
      if (ready) {
        const [, base, workspaceId, actorId, largeId] = ready as unknown as string[];
        resolve({ child, base, workspaceId, actorId, largeId } as Server);
      }
    });
    child.on('exit', (code) => reject(new Error(`server stopped (${code}): ${output}`)));
  });
}

/** Peak resident memory of a process, from Linux's VmHWM. */
function peakBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) * 1024;
}

export async function benchHostile(): Promise<void> {
  console.log(
    '\nUnder file attack (8 hostile XLSX + 4 backups of 100,000 bad spelers at once), then 6 XLSX exports and a PNG of 10,000 spelers at once; embedded PGlite',
  );
  const files = [
    ...[1, 2, 3].map(() => ({ name: 'strings.xlsx', bytes: sharedStringsXlsx(15_000_000) })),
    ...[1, 2, 3].map(() => ({ name: 'styles.xlsx', bytes: stylesXlsx(5_000_000) })),
    ...[1, 2].map(() => ({ name: 'cells.xlsx', bytes: cellsXlsx(3_900_000) })),
    ...[1, 2, 3, 4].map(() => ({ name: 'backup.json', bytes: badBackup(100_000) })),
  ];
  const dataDir = mkdtempSync(join(tmpdir(), 'kv-bench-hostile-'));
  const server = await startServer(dataDir);
  try {
    const { base, workspaceId, actorId, largeId } = server;
    const editor = await benchLogin(base);
    const attackers: Session[] = [];
    for (let k = 1; k <= ATTACKERS; k++) attackers.push(await login(base, `aanvaller${k}@example.org`));
    const actorUrl = `${base}/api/v1/workspaces/${workspaceId}/actors/${actorId}`;
    let version = (
      (await (await fetch(actorUrl, { headers: { cookie: editor.cookie } })).json()) as {
        version: number;
      }
    ).version;
    let edits = 0;
    const patch = async () => {
      const response = await fetch(actorUrl, {
        method: 'PATCH',
        headers: {
          cookie: editor.cookie,
          'x-csrf-token': editor.csrfToken,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ version, rol: `Rol ${++edits}` }),
      });
      if (!response.ok) throw new Error(`PATCH answered ${response.status}`);
      version = ((await response.json()) as { version: number }).version;
    };
    const health = async () => {
      const response = await fetch(`${base}/api/v1/health`);
      if (!response.ok) throw new Error(`health answered ${response.status}`);
      await response.arrayBuffer();
    };

    const rows: string[] = [];
    const download = (session: Session, format: string) =>
      fetch(`${base}/api/v1/workspaces/${largeId}/export?format=${format}`, {
        headers: { cookie: session.cookie },
      }).then(async (response) => {
        await response.arrayBuffer();
        return response.status;
      });
    for (const phase of ['baseline', 'attack', 'exports'] as const) {
      const healthProbe = probeLoop(health);
      const patchProbe = probeLoop(patch);
      const started = performance.now();
      let statuses: number[] = [];
      if (phase === 'baseline') await new Promise((resolve) => setTimeout(resolve, BASELINE_MS));
      else if (phase === 'exports')
        statuses = await Promise.all([
          ...[0, 1, 2, 0, 1, 2].map((k) => download(attackers[k] as Session, 'xlsx')),
          download(editor, 'png'),
        ]);
      else
        statuses = await Promise.all(
          files.map((file, k) => upload(base, attackers[k % ATTACKERS] as Session, file.name, file.bytes)),
        );
      const seconds = (performance.now() - started) / 1000;
      await Promise.all([healthProbe.stop(), patchProbe.stop()]);
      const counts = statuses.reduce<Record<number, number>>((all, status) => {
        all[status] = (all[status] ?? 0) + 1;
        return all;
      }, {});
      // VmHWM only grows: read after each phase, it is the peak up to the end of that phase.
      const peak = peakBytes(server.child.pid as number);
      const h99 = percentile(healthProbe.times, 99);
      const p99 = percentile(patchProbe.times, 99);
      rows.push(
        `| ${phase} | ${seconds.toFixed(1)} s | ${percentile(healthProbe.times, 50).toFixed(1)} / ${h99.toFixed(1)} / ${Math.max(...healthProbe.times).toFixed(0)} ms ` +
          `(p99 < ${TARGETS.healthP99Ms}: ${h99 < TARGETS.healthP99Ms ? 'ok' : 'OVER TARGET'}) ` +
          `| ${percentile(patchProbe.times, 50).toFixed(1)} / ${p99.toFixed(1)} / ${Math.max(...patchProbe.times).toFixed(0)} ms ` +
          `(p99 < ${TARGETS.patchP99Ms}: ${p99 < TARGETS.patchP99Ms ? 'ok' : 'OVER TARGET'}) ` +
          `| ${(peak / 1024 ** 2).toFixed(0)} MiB${phase === 'attack' ? ` (< 1.5 GiB: ${peak < TARGETS.peakBytes ? 'ok' : 'OVER TARGET'})` : ''} ` +
          `| ${
            Object.entries(counts)
              .map(([status, count]) => `${count}× ${status}`)
              .join(', ') || '–'
          } |`,
      );
    }
    console.log(
      '| phase | duration | health p50 / p99 / max | editor PATCH p50 / p99 / max | server peak memory so far | answers |',
    );
    console.log('|---|---|---|---|---|---|');
    for (const row of rows) console.log(row);
  } finally {
    server.child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'serve') await serve(process.argv[3] as string);
