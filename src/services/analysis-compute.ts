/**
 * What the analysis use-cases compute once the map is loaded: the diagnosis with explanations, and a
 * what-if. Pure and synchronous: the server runs it on a worker thread (src/server/analysis-thread), the CLI
 * inline.
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
} from '../analysis/index.ts';

export interface MapData {
  actors: AnalysisActor[];
  relations: AnalysisRelation[];
}

export type ExplainedDiagnosis = Omit<Diagnosis, 'indices'> & {
  indices: Array<Diagnosis['indices'][number] & { explanation: ExplainedCard }>;
};

/** A change set as clients send it: new relaties may leave their id out. */
export type ChangeSetInput = Omit<ChangeSet, 'addRelations'> & {
  addRelations?: Array<Omit<AnalysisRelation, 'id'> & { id?: string | undefined }>;
};

export function computeDiagnosis(
  graph: MapData,
  input: DiagnosisOptionsInput,
  locale: Locale,
): ExplainedDiagnosis {
  const options = resolveDiagnosisOptions(input);
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

export function computeWhatIf(
  graph: MapData,
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

/** Where the analysis use-cases run their computations: a worker thread in the server, inline in the CLI. */
export interface AnalysisRunner {
  diagnose(graph: MapData, options: DiagnosisOptionsInput, locale: Locale): Promise<ExplainedDiagnosis>;
  whatIf(graph: MapData, changes: ChangeSetInput, options: DiagnosisOptionsInput): Promise<WhatIfResult>;
  close(): Promise<void>;
}

/** The computations on the calling thread: for the CLI, which has nothing else to keep responsive. */
export const inlineAnalysis: AnalysisRunner = {
  diagnose: async (graph, options, locale) => computeDiagnosis(graph, options, locale),
  whatIf: async (graph, changes, options) => computeWhatIf(graph, changes, options),
  close: async () => {},
};
