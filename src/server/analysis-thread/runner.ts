/**
 * Runs analyses on one worker thread, started on first use and stopped with the app. A diagnosis of a
 * 2,000-speler map takes a few hundred milliseconds and of a 50,000-speler map seconds; on the event loop
 * that would stall every other request, so the server hands the loaded map to the thread and awaits the
 * answer. Requests queue on the thread in arrival order. An error thrown by the analysis (bad options that
 * slipped past validation) comes back as the same kind of error; a thread that dies fails its pending
 * requests and is replaced on the next one.
 */
import { Worker } from 'node:worker_threads';
import type { DiagnosisOptionsInput, Locale, WhatIfResult } from '../../analysis/index.ts';
import {
  type ChangeSetInput,
  computeDiagnosis,
  computeWhatIf,
  type ExplainedDiagnosis,
  type MapData,
} from './compute.ts';
import type { ThreadRequest, ThreadResponse } from './protocol.ts';

const BOOTSTRAP = new URL('../thread-bootstrap.mjs', import.meta.url);
const ENTRY = new URL('./thread.ts', import.meta.url).href;

/** Omit that keeps a union a union. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

type Pending = { resolve(value: unknown): void; reject(error: Error): void };

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
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };

  function thread(): Worker {
    if (worker) return worker;
    const started = new Worker(BOOTSTRAP, { workerData: { entry: ENTRY } });
    started.on('message', (response: ThreadResponse) => {
      const request = pending.get(response.id);
      if (!request) return;
      pending.delete(response.id);
      if (pending.size === 0) started.unref();
      if (response.ok) request.resolve(response.result);
      else {
        const error = new Error(response.error.message);
        error.name = response.error.name;
        request.reject(error);
      }
    });
    started.on('error', (error) => {
      worker = null;
      failAll(error);
    });
    started.on('exit', (code) => {
      if (worker === started) worker = null;
      if (pending.size > 0) failAll(new Error(`the analysis thread stopped (exit code ${code})`));
    });
    worker = started;
    return started;
  }

  function send<T>(request: WithoutId<ThreadRequest>): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      const target = thread();
      // Referenced while it works (an awaited answer must keep the process alive), unreferenced when
      // idle (an idle thread must not).
      target.ref();
      target.postMessage({ ...request, id });
    });
  }

  return {
    diagnose: (graph, options, locale) => send({ kind: 'diagnose', graph, options, locale }),
    whatIf: (graph, changes, options) => send({ kind: 'whatIf', graph, changes, options }),
    async close() {
      const running = worker;
      worker = null;
      failAll(new Error('the app is closing'));
      if (running) await running.terminate();
    },
  };
}
