/**
 * Use-cases shared by the API and the CLI (STYLE.md §10): load a werkruimte's map from the store, run the
 * diagnosis or a what-if on it, and attach the plain-language explanations. Fastify-free.
 */
import {
  type AnalysisActor,
  type AnalysisRelation,
  buildSnapshot,
  type ChangeSet,
  type Diagnosis,
  type DiagnosisOptionsInput,
  diagnose,
  type ExplainedCard,
  explainIndex,
  type Locale,
  resolveDiagnosisOptions,
  type WhatIfResult,
  whatIf,
} from '../../analysis/index.ts';
import type { Store } from '../../store/index.ts';

export type ExplainedDiagnosis = Omit<Diagnosis, 'indices'> & {
  indices: Array<Diagnosis['indices'][number] & { explanation: ExplainedCard }>;
};

export async function runDiagnosis(
  store: Store,
  workspaceId: string,
  input: DiagnosisOptionsInput,
  locale: Locale = 'nl',
): Promise<ExplainedDiagnosis> {
  const options = resolveDiagnosisOptions(input);
  const graph = await store.graph.loadGraph(workspaceId);
  const snapshot = buildSnapshot(graph.actors, graph.relations, {
    collaborationTypes: options.collaborationTypes,
  });
  const diagnosis = diagnose(snapshot, options);
  return {
    ...diagnosis,
    indices: diagnosis.indices.map((card) => ({
      ...card,
      explanation: explainIndex(card, options.grouping, locale),
    })),
  };
}

/** A change set as clients send it: new relaties may leave their id out. */
export type ChangeSetInput = Omit<ChangeSet, 'addRelations'> & {
  addRelations?: Array<Omit<AnalysisRelation, 'id'> & { id?: string | undefined }>;
};

/** What-if on a map already loaded (the route loads it once to check the change set's ids first). */
export function runWhatIf(
  graph: { actors: AnalysisActor[]; relations: AnalysisRelation[] },
  changes: ChangeSetInput,
  input: DiagnosisOptionsInput,
): WhatIfResult {
  // New relaties without an id get one that cannot collide with a stored uuid.
  const addRelations = (changes.addRelations ?? []).map((relation, k) => ({
    ...relation,
    id: relation.id || `wat-als-${k + 1}`,
  }));
  return whatIf(graph.actors, graph.relations, { ...changes, addRelations }, input);
}
