/**
 * Use-cases shared by the API and the CLI (conventions.md §6): load a werkruimte's map from the store and have
 * the diagnosis or a what-if computed — on the server's analysis thread, or inline in the CLI.
 * Fastify-free.
 */
import type { DiagnosisOptionsInput, Locale, PerspectiveView, WhatIfResult } from '../analysis/index.ts';
import type { Store } from '../store/index.ts';
import type { AnalysisRunner, ChangeSetInput, ExplainedDiagnosis, MapData } from './analysis-compute.ts';
import { loadPerspectiveGraph } from './perspective-map.ts';

export type { ChangeSetInput, ExplainedDiagnosis } from './analysis-compute.ts';

/**
 * The diagnosis of the map as stored, or — with a view — of the effective map of the chosen perspectives
 * (src/analysis/claims/effective-map.ts), which then also says which view it is.
 */
export async function runDiagnosis(
  store: Store,
  runner: AnalysisRunner,
  workspaceId: string,
  options: DiagnosisOptionsInput,
  locale: Locale = 'nl',
  view?: PerspectiveView | null,
): Promise<ExplainedDiagnosis & { view?: PerspectiveView }> {
  if (!view) {
    const graph: MapData = await store.graph.loadGraph(workspaceId);
    return runner.diagnose(graph, options, locale);
  }
  const graph: MapData = await loadPerspectiveGraph(store, workspaceId, view);
  return { ...(await runner.diagnose(graph, options, locale)), view };
}

/** What-if on a map already loaded (the route loads it once to check the change set's ids first). */
export function runWhatIf(
  runner: AnalysisRunner,
  graph: MapData,
  changes: ChangeSetInput,
  options: DiagnosisOptionsInput,
): Promise<WhatIfResult> {
  return runner.whatIf(graph, changes, options);
}
