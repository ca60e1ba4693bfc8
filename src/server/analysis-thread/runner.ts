/**
 * Runs analyses on worker threads, started on first use and stopped with the app. A diagnosis of a
 * 2,000-speler map takes a few hundred milliseconds and of a 50,000-speler map seconds; on the event loop
 * that would stall every other request, so the server hands the loaded map to a thread and awaits the
 * answer. A request goes to an idle thread; a second thread starts only when the first is busy, so two
 * diagnoses at once — the two werkruimtes of a comparison, or two users — run side by side instead of
 * one after the other (two 2,000-speler maps: about half the time on two cores). With both busy, requests
 * queue on the thread with the fewest waiting, in arrival order. An error thrown by the analysis (bad
 * options that slipped past validation) comes back as the same kind of error; a thread that dies fails its
 * pending requests and is replaced on the next one.
 */

import type { AnalysisRunner } from '../../services/analysis-compute.ts';
import { ThreadClient } from '../thread-client.ts';
import type { ThreadRequest } from './protocol.ts';

const ENTRY = new URL('./thread.ts', import.meta.url);

/** Omit that keeps a union a union. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** Threads at most: each holds its own copy of the analysis code and of the map it works on. */
export const ANALYSIS_THREADS = 2;

export function createAnalysisRunner(threads = ANALYSIS_THREADS): AnalysisRunner {
  const clients: Array<ThreadClient | null> = Array.from({ length: threads }, () => null);

  /** An idle thread; else a new one in a free place; else the one with the fewest requests waiting. */
  function pick(): ThreadClient {
    const live = clients.filter((client): client is ThreadClient => client !== null && !client.dead);
    const idle = live.find((client) => client.waiting === 0);
    if (idle) return idle;
    const free = clients.findIndex((client) => client === null || client.dead);
    if (free >= 0) {
      const started = new ThreadClient(ENTRY, { name: 'analysis' });
      clients[free] = started;
      return started;
    }
    return live.reduce((least, client) => (client.waiting < least.waiting ? client : least));
  }

  function send<T>(request: WithoutId<ThreadRequest>): Promise<T> {
    return pick().send<T>(request);
  }

  return {
    diagnose: (graph, options, locale) => send({ kind: 'diagnose', graph, options, locale }),
    whatIf: (graph, changes, options) => send({ kind: 'whatIf', graph, changes, options }),
    async close() {
      const running = clients.filter((client) => client !== null);
      clients.fill(null);
      await Promise.all(running.map((client) => client.stop(new Error('the app is closing'))));
    },
  };
}
