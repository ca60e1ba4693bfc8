/**
 * What the worker is sent of a werkruimte: only the fields the analysis reads, so the copy into the worker
 * stays small (the graph response also carries dates and perspectives per relatie).
 */
import type { AnalysisActor, AnalysisRelation } from '../../../analysis/index.ts';
import type { WorkspaceGraph } from '../../../domain/index.ts';

export function analysisInput(data: WorkspaceGraph): {
  actors: AnalysisActor[];
  relations: AnalysisRelation[];
} {
  return {
    actors: data.actors.map(({ id, name, force, kind, domains, wijken, tags, scale }) => ({
      id,
      name,
      force,
      kind,
      domains,
      wijken,
      tags,
      scale: scale ?? null,
    })),
    relations: data.relations.map(({ id, source, target, type, strength }) => ({
      id,
      source,
      target,
      type,
      strength,
    })),
  };
}
