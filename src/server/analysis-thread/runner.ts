/**
 * Runs analyses on one worker thread, started on first use and stopped with the app. A diagnosis of a
 * 2,000-speler map takes a few hundred milliseconds and of a 50,000-speler map seconds; on the event loop
 * that would stall every other request, so the server hands the loaded map to the thread and awaits the
 * answer. Requests queue on the thread in arrival order. An error thrown by the analysis (bad options that
 * slipped past validation) comes back as the same kind of error; a thread that dies fails its pending
 * requests and is replaced on the next one.
 */
import type { DiagnosisOptionsInput, Locale, WhatIfResult } from '../../analysis/index.ts';
import { ThreadClient } from '../thread-client.ts';
import {
  type ChangeSetInput,
  computeDiagnosis,
  computeWhatIf,
  type ExplainedDiagnosis,
  type MapData,
} from './compute.ts';
import type { ThreadRequest } from './protocol.ts';

const ENTRY = new URL('./thread.ts', import.meta.url);

/** Omit that keeps a union a union. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export interface AnalysisRunner {
  diagnose(graph: MapData, options: DiagnosisOptionsInput, locale: Locale): Promise<ExplainedDiagnosis>;
  whatIf(graph: MapData, changes: ChangeSetInput, options: DiagnosisOptionsInput): Promise<WhatIfResult>;
  close(): Promise<void>;
}

/** The same computations on the calling thread: for the CLI, which has nothing else to keep responsive. */
export const inlineAnalysis: AnalysisRunner = {
  diagnose: async (graph, options, locale) => computeDiagnosis(graph, options, locale),
  whatIf: async (graph, changes, options) => computeWhatIf(graph, changes, options),
  close: async () => {},
};

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
