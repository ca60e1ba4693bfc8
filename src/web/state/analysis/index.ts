/**
 * The analysis concern of the web app: the supervisor of the analysis worker and the pure producers that
 * turn a diagnosis into what the Diagnose panel and the map show. Nothing here imports React or the map.
 */
import { AnalysisSupervisor, type WorkerLike } from './supervisor.ts';

export * from './cluster-colors.ts';
export * from './diagnosis-rows.ts';
export * from './groupings.ts';
export * from './headline.ts';
export * from './input.ts';
export * from './supervisor.ts';
export * from './what-if.ts';

/** A supervisor of the real module worker (bundled by Vite from src/web/workers/). */
export function createAnalysisSupervisor(): AnalysisSupervisor {
  return new AnalysisSupervisor(
    () =>
      new Worker(new URL('../../workers/analysis.worker.ts', import.meta.url), {
        type: 'module',
        name: 'krachtenveld-analysis',
      }) as unknown as WorkerLike,
  );
}
