/**
 * Runs analyses on one worker thread, started on first use and stopped with the app. A diagnosis of a
 * 2,000-speler map takes a few hundred milliseconds and of a 50,000-speler map seconds; on the event loop
 * that would stall every other request, so the server hands the loaded map to the thread and awaits the
 * answer. Requests queue on the thread in arrival order. An error thrown by the analysis (bad options that
 * slipped past validation) comes back as the same kind of error; a thread that dies fails its pending
 * requests and is replaced on the next one.
 */

import type { AnalysisRunner } from '../../services/analysis-compute.ts';
import { ThreadClient } from '../thread-client.ts';
import type { ThreadRequest } from './protocol.ts';

const ENTRY = new URL('./thread.ts', import.meta.url);

/** Omit that keeps a union a union. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export function createAnalysisRunner(): AnalysisRunner {
  let client: ThreadClient | null = null;

  function send<T>(request: WithoutId<ThreadRequest>): Promise<T> {
    if (!client || client.dead) client = new ThreadClient(ENTRY, { name: 'analysis' });
    return client.send<T>(request);
  }

  return {
    diagnose: (graph, options, locale) => send({ kind: 'diagnose', graph, options, locale }),
    whatIf: (graph, changes, options) => send({ kind: 'whatIf', graph, changes, options }),
    async close() {
      const running = client;
      client = null;
      if (running) await running.stop(new Error('the app is closing'));
    },
  };
}
