/**
 * Use-cases shared by the API and the CLI (conventions.md §6): load a werkruimte's map from the store and have
 * the diagnosis or a what-if computed — on the server's analysis thread, or inline in the CLI.
 * Fastify-free.
 */
import type { DiagnosisOptionsInput, Locale, WhatIfResult } from '../analysis/index.ts';
import type { Store } from '../store/index.ts';
import type { AnalysisRunner, ChangeSetInput, ExplainedDiagnosis, MapData } from './analysis-compute.ts';

export type { ChangeSetInput, ExplainedDiagnosis } from './analysis-compute.ts';

export async function runDiagnosis(
  store: Store,
  runner: AnalysisRunner,
  workspaceId: string,
  options: DiagnosisOptionsInput,
  locale: Locale = 'nl',
): Promise<ExplainedDiagnosis> {
  const graph: MapData = await store.graph.loadGraph(workspaceId);
  return runner.diagnose(graph, options, locale);
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
