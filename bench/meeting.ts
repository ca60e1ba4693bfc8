/**
 * Bijeenkomsten under load (issue 20): 200 phones on one meeting. The demo werkruimte (67 spelers, two
 * vraagstukken) gets a meeting on a vraagstuk, started through the API by a signed-in facilitator. Over real
 * HTTP on loopback, 200 participants join by code within 10 s, each opens its own live stream and sends a
 * contribution every 5 s for 2 minutes (80 % a tie between two spelers, 10 % a missing speler, 10 % a place
 * on the vraagstuk): some 40 a second. A facilitator follows its own stream and decides on each as it arrives,
 * four at a time: every second one accepted, the others rejected. A projection follows a separate stream.
 *
 * Targets: p99 from sending an accept to the projection receiving it under 500 ms; p99 of a participant's
 * send under 200 ms; nothing lost or duplicated, counted afterwards: every contribution taken (201) is in the
 * database once, reached the facilitator once and was decided; every accept reached the projection once and
 * every phone (its stream, or the view it joined with); every phone saw what became of its own; event ids
 * rise strictly on every stream. What was still undone a minute after the last send (a decision, an event
 * on its way) is reported apart, as a backlog, not a loss. On embedded PGlite (one app server) and, when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL is set, on the PostgreSQL server with two app servers:
 * participants spread over both, the projection on the other server than the facilitator's decisions, so
 * every accept crosses servers through LISTEN/NOTIFY.
 *
 * Phones, facilitator and (on PostgreSQL) the app servers run in child processes (bench/meeting-*.ts).
 * BENCH_MEETING_SECONDS shortens the sending (default 120), BENCH_MEETING_PARTICIPANTS changes the room
 * (default 200), BENCH_MEETING_REJECT=off leaves the unaccepted half waiting, BENCH_MEETING_JSON=<file>
 * writes the rows as JSON, BENCH_MEETING_CPU_PROFILE=<folder> writes a CPU profile of each PostgreSQL app
 * server (for PGlite's, run `node --cpu-prof --import tsx bench/run.ts`). `BENCH_ONLY=meeting npm run bench`
 * runs only this.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadDemoWorkspace } from '../src/services/index.ts';
import { createStore, type DatabaseOptions, openDatabase, type Store } from '../src/store/index.ts';
import { benchLogin, createBenchAdmin } from './bench-admin.ts';
import type { DrainMessage, FacilitatorResult, FacilitatorTask } from './meeting-facilitator.ts';
import { summarise } from './meeting-http.ts';
import type {
  FinishMessage,
  ParticipantsResult,
  ParticipantsTask,
  SentMessage,
} from './meeting-participants.ts';
import { type ServerMessage, type ServerStats, serveMeetingBench } from './meeting-server.ts';
import { withServerDatabase } from './server-database.ts';

const PARTICIPANTS = Number(process.env.BENCH_MEETING_PARTICIPANTS ?? 200);
const SECONDS = Number(process.env.BENCH_MEETING_SECONDS ?? 120);
const REJECT = process.env.BENCH_MEETING_REJECT !== 'off';
const JOIN_SPREAD_MS = 10_000;
const INTERVAL_MS = 5_000;
const DECISIONS_AT_ONCE = 4;
const SHARES = { tie: 0.8, actor: 0.1 };
/** How long the facilitator and the phones may take to catch up after the last send. */
const DRAIN_TIMEOUT_MS = 60_000;
const TARGETS = { sendP99Ms: 200, acceptP99Ms: 500 };

const SCRIPTS = {
  participants: join(import.meta.dirname, 'meeting-participants.ts'),
  facilitator: join(import.meta.dirname, 'meeting-facilitator.ts'),
  server: join(import.meta.dirname, 'meeting-server.ts'),
};

/** A child process of ours, run through tsx, with its argument as JSON and an IPC channel. */
function start(script: string, argument: unknown, profile = false): ChildProcess {
  const profiling = profile && process.env.BENCH_MEETING_CPU_PROFILE;
  return fork(script, [JSON.stringify(argument)], {
    execArgv: ['--import', 'tsx', ...(profiling ? ['--cpu-prof', `--cpu-prof-dir=${profiling}`] : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** The child's next message of a type; fails when the child exits first. */
function next<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type?: string }) => {
      if (message?.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as T);
    };
    const onExit = (code: number | null) =>
      reject(
        new Error(`${child.spawnargs.find((arg) => arg.endsWith('.ts'))} exited (${code}) before '${type}'`),
      );
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** An app server as the benchmark drives it: in this process (PGlite) or a child (PostgreSQL). */
interface BenchServer {
  base: string;
  measure(): void;
  stats(): Promise<ServerStats>;
  close(): Promise<void>;
}

async function localServer(store: Store): Promise<BenchServer> {
  const server = await serveMeetingBench(store);
  return { ...server, stats: async () => server.stats() };
}

async function childServer(url: string): Promise<BenchServer> {
  const child = start(SCRIPTS.server, { url }, true);
  const { base } = await next<Extract<ServerMessage, { type: 'listening' }>>(child, 'listening');
  return {
    base,
    measure: () => child.send('measure'),
    stats: async () => {
      child.send('stats');
      return (await next<Extract<ServerMessage, { type: 'stats' }>>(child, 'stats')).stats;
    },
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('close');
      await exited;
    },
  };
}

/** Busy share of all cores between two readings of the machine's CPU times. */
function machineTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const cpu of cpus()) {
    const { idle, ...rest } = cpu.times;
    const used = Object.values(rest).reduce((sum, value) => sum + value, 0);
    busy += used;
    total += used + idle;
  }
  return { busy, total };
}

async function getJson<T>(base: string, path: string, cookie: string): Promise<T> {
  const response = await fetch(`${base}${path}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

interface Row {
  backend: string;
  servers: number;
  participants: { asked: number; joined: number; failedJoins: string[] };
  seconds: number;
  sends: { taken: number; statuses: Record<string, number> } & ReturnType<typeof summarise>;
  acceptToProjection: ReturnType<typeof summarise>;
  acceptToPhones: ReturnType<typeof summarise>;
  decisions: {
    accepted: number;
    merged: number;
    rejected: number;
    failures: Record<string, number>;
  } & ReturnType<typeof summarise>;
  lost: Record<string, number>;
  /** Not done when the catch-up time after the last send ran out: a backlog, not a loss. */
  unfinished: Record<string, number>;
  duplicated: Record<string, number>;
  /** Ids of events in the table that a staff stream never carried. */
  skippedEvents: { facilitator: number[]; projection: number[] };
  /** Some accepts a phone missed: the event it was, after which event the phone's stream started. */
  missedOnPhones: string[];
  brokenStreams: string[];
  events: { participants: number; facilitator: number; projection: number };
  cpu: { servers: ServerStats[]; participantsMs: number; facilitatorMs: number; machineBusy: number };
  drainMs: number;
}

/** The meeting under load against running servers; `store` for the set-up's counts afterwards. */
async function runMeeting(
  backend: string,
  store: Store,
  workspaceId: string,
  servers: BenchServer[],
): Promise<Row> {
  const bases = servers.map((server) => server.base);
  const decisionBase = bases[0] as string;
  const projectionBase = bases.at(-1) as string;
  const { cookie, csrfToken } = await benchLogin(decisionBase);
  const topics = await getJson<{ items: { id: string }[] }>(
    decisionBase,
    `/api/v1/workspaces/${workspaceId}/topics`,
    cookie,
  );
  const created = await fetch(`${decisionBase}/api/v1/workspaces/${workspaceId}/meetings`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Benchmark-bijeenkomst', topicId: topics.items[0]?.id ?? null }),
  });
  if (created.status !== 201)
    throw new Error(`starting the meeting: ${created.status} ${await created.text()}`);
  const meeting = (await created.json()) as { id: string; code: string; groups: { id: string }[] };

  for (const server of servers) server.measure();
  const machineStart = machineTimes();
  const runStart = performance.now();

  const facilitatorTask: FacilitatorTask = {
    base: decisionBase,
    projectionBase,
    workspaceId,
    meetingId: meeting.id,
    cookie,
    csrfToken,
    concurrency: DECISIONS_AT_ONCE,
    reject: REJECT,
  };
  const facilitator = start(SCRIPTS.facilitator, facilitatorTask);
  const facilitatorResult = next<FacilitatorResult>(facilitator, 'result');
  await next(facilitator, 'ready');

  const participantsTask: ParticipantsTask = {
    bases,
    code: meeting.code,
    groupIds: meeting.groups.map((group) => group.id),
    participants: PARTICIPANTS,
    joinSpreadMs: JOIN_SPREAD_MS,
    sendMs: SECONDS * 1000,
    intervalMs: INTERVAL_MS,
    tieShare: SHARES.tie,
    actorShare: SHARES.actor,
    seed: 20,
  };
  const phones = start(SCRIPTS.participants, participantsTask);
  const phonesResult = next<ParticipantsResult>(phones, 'result');
  const sent = await next<SentMessage>(phones, 'sent');
  const seconds = (performance.now() - runStart) / 1000;

  const drainStart = performance.now();
  facilitator.send({ type: 'drain', expected: sent.ids, timeoutMs: DRAIN_TIMEOUT_MS } satisfies DrainMessage);
  const decided = await facilitatorResult;
  phones.send({
    type: 'finish',
    decided: decided.decided,
    acceptSentAt: decided.acceptSentAt,
    timeoutMs: DRAIN_TIMEOUT_MS,
  } satisfies FinishMessage);
  const phoned = await phonesResult;
  const drainMs = performance.now() - drainStart;
  const serverStats = await Promise.all(servers.map((server) => server.stats()));
  const machineEnd = machineTimes();

  // Counted afterwards in the database: each taken contribution once, as decided; each accept one event.
  const rows = await store.meetings.contributions(meeting.id);
  const events = await store.meetings.eventsAfter(meeting.id, 0, 10_000_000);
  const taken = new Set(sent.ids);
  const rowCount = new Map<string, number>();
  for (const row of rows) rowCount.set(row.id, (rowCount.get(row.id) ?? 0) + 1);
  const acceptEvents = new Map<string, number>();
  const acceptEventId = new Map<string, number>();
  const pendingEventId = new Map<string, number>();
  for (const event of events) {
    const contribution = event.payload as { id?: string; status?: string };
    if (event.type === 'contribution' && contribution.status === 'pending')
      pendingEventId.set(contribution.id as string, event.id);
    if (
      event.type === 'contribution' &&
      (contribution.status === 'accepted' || contribution.status === 'merged')
    ) {
      acceptEvents.set(contribution.id as string, (acceptEvents.get(contribution.id as string) ?? 0) + 1);
      acceptEventId.set(contribution.id as string, event.id);
    }
  }
  // The staff streams see every event: one in the table that a stream did not carry, while it carried a
  // later one, was skipped; one after the last it carried had not reached it when it closed (a backlog).
  const missed = (carried: number[]) => {
    const seen = new Set(carried);
    const last = Math.max(0, ...carried);
    const ids = events.map((event) => event.id).filter((id) => !seen.has(id));
    return { last, skipped: ids.filter((id) => id < last), late: ids.filter((id) => id > last).length };
  };
  const facilitatorMissed = missed(decided.ids.facilitator);
  const projectionMissed = missed(decided.ids.projection);
  // A contribution the facilitator never saw: lost when its event came before the last one it saw.
  const unseen = new Set(decided.facilitatorMissing);
  const neverSeen = (late: boolean) =>
    decided.facilitatorMissing.filter((id) => (pendingEventId.get(id) ?? 0) > facilitatorMissed.last === late)
      .length;
  const outcomes = Object.values(decided.decided);
  const acceptedIds = Object.entries(decided.decided)
    .filter(([, status]) => status === 'accepted' || status === 'merged')
    .map(([id]) => id);

  return {
    backend,
    servers: servers.length,
    participants: { asked: PARTICIPANTS, joined: sent.joined, failedJoins: sent.failedJoins },
    seconds,
    sends: { taken: sent.ids.length, statuses: sent.sendStatuses, ...summarise(phoned.sendMs) },
    acceptToProjection: summarise(decided.acceptToProjection),
    acceptToPhones: phoned.acceptToPhones,
    decisions: {
      accepted: outcomes.filter((status) => status === 'accepted').length,
      merged: outcomes.filter((status) => status === 'merged').length,
      rejected: outcomes.filter((status) => status === 'rejected').length,
      failures: decided.decisionFailures,
      ...summarise(decided.decisionMs),
    },
    lost: {
      'not in the database': sent.ids.filter((id) => !rowCount.has(id)).length,
      'not on the facilitator stream': neverSeen(false),
      'accepts not projected': decided.projectionMissing,
      'accepts not on a phone': phoned.acceptedMissing,
      'own outcome not on the phone': phoned.ownMissing,
      'database status differs': rows.filter(
        (row) =>
          taken.has(row.id) &&
          decided.decided[row.id] !== undefined &&
          decided.decided[row.id] !== row.status,
      ).length,
      'accepts without an event': acceptedIds.filter((id) => !acceptEvents.has(id)).length,
      'events skipped by the facilitator stream': facilitatorMissed.skipped.length,
      'events skipped by the projection stream': projectionMissed.skipped.length,
    },
    unfinished: {
      // Left waiting on purpose when the others are not rejected; the facilitator's stream counts those.
      'seen, not decided': REJECT
        ? sent.ids.filter((id) => !(id in decided.decided) && !unseen.has(id)).length
        : 0,
      'not yet seen by the facilitator': neverSeen(true),
      'events not yet on the facilitator stream': facilitatorMissed.late,
      'events not yet on the projection stream': projectionMissed.late,
    },
    skippedEvents: { facilitator: facilitatorMissed.skipped, projection: projectionMissed.skipped },
    missedOnPhones: phoned.missingSamples.map(
      (sample) =>
        `phone ${sample.participant} (stream after event ${sample.after}, first ${sample.firstEventId}) lacks the accept of event ${acceptEventId.get(sample.contributionId) ?? '?'}`,
    ),
    duplicated: {
      'database rows':
        [...rowCount.values()].reduce((sum, count) => sum + count - 1, 0) +
        rows.filter((row) => !taken.has(row.id)).length,
      'accept events': [...acceptEvents.values()].reduce((sum, count) => sum + count - 1, 0),
      'facilitator stream': decided.duplicates.facilitator,
      'projection stream': decided.duplicates.projection,
      'phone streams': phoned.duplicates,
      'ids not rising': decided.outOfOrder.facilitator + decided.outOfOrder.projection + phoned.outOfOrder,
    },
    brokenStreams: [...decided.brokenStreams, ...phoned.brokenStreams],
    events: {
      participants: phoned.events,
      facilitator: decided.events.facilitator,
      projection: decided.events.projection,
    },
    cpu: {
      servers: serverStats,
      participantsMs: phoned.cpuMs,
      facilitatorMs: decided.cpuMs,
      machineBusy: (machineEnd.busy - machineStart.busy) / (machineEnd.total - machineStart.total),
    },
    drainMs,
  };
}

async function seed(store: Store): Promise<string> {
  await store.reference.syncGemeenten();
  await createBenchAdmin(store);
  return (await loadDemoWorkspace(store)).id;
}

async function benchPglite(options: DatabaseOptions): Promise<Row> {
  const store = createStore(await openDatabase(options));
  try {
    const workspaceId = await seed(store);
    const server = await localServer(store);
    try {
      return await runMeeting('pglite', store, workspaceId, [server]);
    } finally {
      await server.close();
    }
  } finally {
    await store.close();
  }
}

async function benchPostgres(url: string): Promise<Row> {
  const store = createStore(await openDatabase({ kind: 'postgres', url }));
  try {
    const workspaceId = await seed(store);
    const servers = await Promise.all([childServer(url), childServer(url)]);
    try {
      return await runMeeting('postgres', store, workspaceId, servers);
    } finally {
      await Promise.all(servers.map((server) => server.close()));
    }
  } finally {
    await store.close();
  }
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '–');
const spread = (s: ReturnType<typeof summarise>) =>
  `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)} / ${ms(s.max)} ms`;
const total = (counts: Record<string, number>) =>
  Object.values(counts).reduce((sum, count) => sum + count, 0);
const nonZero = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([what, count]) => `${count} ${what}`)
    .join(', ');
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');

function report(row: Row): void {
  const lost = total(row.lost);
  const duplicated = total(row.duplicated);
  const unfinished = total(row.unfinished);
  console.log(
    `| ${row.backend} | ${row.servers} | ${row.participants.joined}/${row.participants.asked} | ` +
      `${row.sends.taken} of ${row.sends.count} in ${row.seconds.toFixed(0)} s | ${spread(row.sends)} ` +
      `(p99 target < ${TARGETS.sendP99Ms}: ${verdict(row.sends.p99 < TARGETS.sendP99Ms)}) | ` +
      `${spread(row.acceptToProjection)} (p99 target < ${TARGETS.acceptP99Ms}: ${verdict(row.acceptToProjection.p99 < TARGETS.acceptP99Ms)}) | ` +
      `${ms(row.acceptToPhones.p50)} / ${ms(row.acceptToPhones.p99)} ms | ` +
      `${lost === 0 ? '0' : `${lost} LOST (${nonZero(row.lost)})`} | ` +
      `${duplicated === 0 ? '0' : `${duplicated} DUPLICATED (${nonZero(row.duplicated)})`} | ` +
      `${unfinished === 0 ? '0' : `${unfinished} (${nonZero(row.unfinished)})`} |`,
  );
}

function details(row: Row): void {
  const statuses = Object.entries(row.sends.statuses)
    .map(([status, count]) => `${count}× ${status}`)
    .join(', ');
  const failures = nonZero(row.decisions.failures);
  console.log(
    `- ${row.backend}: sends ${statuses}${row.participants.failedJoins.length ? `; failed joins ${row.participants.failedJoins.join(', ')}` : ''}. ` +
      `Decisions ${row.decisions.count} (${row.decisions.accepted} accepted, ${row.decisions.merged} merged, ${row.decisions.rejected} rejected` +
      `${failures ? `; failed: ${failures}` : ''}), round trip ${spread(row.decisions)}. ` +
      `Events delivered: ${row.events.participants.toLocaleString('en')} to phones, ${row.events.facilitator.toLocaleString('en')} facilitator, ` +
      `${row.events.projection.toLocaleString('en')} projection; caught up ${(row.drainMs / 1000).toFixed(1)} s after the last send` +
      `${row.brokenStreams.length ? `; BROKEN STREAMS: ${row.brokenStreams.slice(0, 5).join(', ')}${row.brokenStreams.length > 5 ? ` … (${row.brokenStreams.length})` : ''}` : ''}. ` +
      `${row.skippedEvents.facilitator.length + row.skippedEvents.projection.length ? `Skipped event ids: facilitator ${row.skippedEvents.facilitator.slice(0, 10).join(' ')}, projection ${row.skippedEvents.projection.slice(0, 10).join(' ')}. ` : ''}` +
      `${row.missedOnPhones.length ? `Missed on phones: ${row.missedOnPhones.slice(0, 5).join('; ')}. ` : ''}` +
      `CPU: app server${row.servers > 1 ? 's' : ''} ${row.cpu.servers.map((s) => `${(s.cpuMs / 1000).toFixed(0)} s (event-loop delay p99 ${ms(s.loopDelayP99Ms)} ms, max ${ms(s.loopDelayMaxMs)} ms)`).join(' + ')}, ` +
      `phones ${(row.cpu.participantsMs / 1000).toFixed(0)} s, facilitator ${(row.cpu.facilitatorMs / 1000).toFixed(0)} s; ` +
      `machine ${(row.cpu.machineBusy * 100).toFixed(0)} % busy of ${cpus().length} cores.`,
  );
}

export async function benchMeeting(): Promise<void> {
  console.log(
    `\nBijeenkomst: ${PARTICIPANTS} participants on one meeting of the demo werkruimte, joining within ${JOIN_SPREAD_MS / 1000} s, ` +
      `each a contribution every ${INTERVAL_MS / 1000} s for ${SECONDS} s (${SHARES.tie * 100} % ties, ${SHARES.actor * 100} % missing spelers, ` +
      `${Math.round((1 - SHARES.tie - SHARES.actor) * 100)} % places) and its own live stream; the facilitator decides ${DECISIONS_AT_ONCE} at a time, ` +
      `every second accepted, the others ${REJECT ? 'rejected' : 'left waiting'}. Load average before: ${loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')}`,
  );
  const rows: Row[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'kv-bench-meeting-'));
  try {
    rows.push(await benchPglite({ kind: 'pglite', dataDir }));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    rows.push(await withServerDatabase(serverUrl, `kv_bench_meeting_${process.pid}`, benchPostgres));
  }
  console.log('');
  console.log(
    `| backend | app servers | joined | sent (201) | send p50 / p95 / p99 / max | accept → projection p50 / p95 / p99 / max | accept → phones p50 / p99 | lost | duplicated | unfinished ${DRAIN_TIMEOUT_MS / 1000} s after the last send |`,
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) report(row);
  console.log('');
  for (const row of rows) details(row);
  if (!serverUrl) console.log('(no BENCH_DATABASE_URL or TEST_DATABASE_URL: PostgreSQL server not measured)');
  if (process.env.BENCH_MEETING_JSON)
    writeFileSync(process.env.BENCH_MEETING_JSON, JSON.stringify(rows, null, 2));
}
