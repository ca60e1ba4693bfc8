/**
 * An app server for bench/meeting.ts: the real app (buildApp) listening on loopback, with the per-address
 * and per-account rate limits raised (200 phones and one busy facilitator all come from 127.0.0.1) and
 * nothing else changed — the per-participant cap of contributions per minute is the app's own. On PGlite
 * the benchmark serves from its own process (PGlite lives in it); on PostgreSQL each of the two app servers
 * is this file run as a child process (forked with an IPC channel), as two servers would be deployed.
 * Reports its CPU time and event-loop delay while serving, to show where the time goes.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { buildApp } from '../src/server/index.ts';
import { createStore, openDatabase, type Store } from '../src/store/index.ts';

const UNLIMITED = { max: 1_000_000, windowMs: 60_000 };

export interface ServerStats {
  cpuMs: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

export interface MeetingServer {
  base: string;
  /** Starts counting CPU time and event-loop delay (after the set-up). */
  measure(): void;
  stats(): ServerStats;
  close(): Promise<void>;
}

export async function serveMeetingBench(store: Store): Promise<MeetingServer> {
  const app = await buildApp({
    store,
    rateLimits: { meetingJoin: UNLIMITED, participant: UNLIMITED, write: UNLIMITED },
  });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const loop = monitorEventLoopDelay({ resolution: 10 });
  let cpuStart = process.cpuUsage();
  return {
    base,
    measure() {
      cpuStart = process.cpuUsage();
      loop.reset();
      loop.enable();
    },
    stats() {
      loop.disable();
      const cpu = process.cpuUsage(cpuStart);
      return {
        cpuMs: (cpu.user + cpu.system) / 1000,
        loopDelayP99Ms: loop.percentile(99) / 1e6,
        loopDelayMaxMs: loop.max / 1e6,
      };
    },
    close: () => app.close(),
  };
}

export type ServerMessage =
  | { type: 'listening'; base: string }
  | { type: 'stats'; stats: ServerStats }
  | { type: 'closed' };

// Run as a child: `{ url }` as the argument; 'measure', 'stats' and 'close' come over IPC.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = JSON.parse(process.argv[2] as string) as { url: string };
  const store = createStore(await openDatabase({ kind: 'postgres', url }));
  const server = await serveMeetingBench(store);
  const send = (message: ServerMessage) => process.send?.(message);
  process.on('message', async (message: string) => {
    if (message === 'measure') server.measure();
    else if (message === 'stats') send({ type: 'stats', stats: server.stats() });
    else if (message === 'close') {
      await server.close();
      await store.close();
      process.send?.({ type: 'closed' } satisfies ServerMessage, () => process.disconnect());
    }
  });
  // The benchmark went away (it failed): do not keep serving.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'listening', base: server.base });
}
