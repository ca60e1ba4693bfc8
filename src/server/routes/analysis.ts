/**
 * GET /api/v1/workspaces/{workspaceId}/analysis: the verkokering diagnosis of the map, with a plain-language
 * explanation per index; POST …/analysis/what-if: how the indices change if spelers or relaties were added
 * or removed — nothing is saved. Both run the pure analysis on the map as stored now (the diagnosis, with
 * `perspective=`, on the map as those perspectives see it), on the app's analysis thread
 * (src/server/analysis-thread/), so a large map does not stall other requests.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { toDiagnosisOptions } from '../../analysis/index.ts';
import { analysis, perspectiveViewOf } from '../../contract/index.ts';
import { type Issue, ValidationError } from '../../domain/index.ts';
import type { AnalysisRunner } from '../../services/index.ts';
import { runDiagnosis, runWhatIf } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';

export const analysisRoutes: FastifyPluginAsyncZod<{ store: Store; runner: AnalysisRunner }> = async (
  app,
  { store, runner },
) => {
  app.route({
    ...routeOf(analysis.diagnose),
    config: { access: 'read' },
    // Computed by the analysis from checked data: serialised as it is, like the graph and the divergence,
    // rather than checked again against the contract (about 1 MB on a 2,000-speler map); the API tests
    // check answers against the contract's schema.
    serializerCompiler: () => (data) => JSON.stringify(data),
    handler: async (request) => {
      const { lang, perspective, rule, ...parameters } = request.query;
      return runDiagnosis(
        store,
        runner,
        request.workspace.id,
        toDiagnosisOptions(parameters),
        lang ?? request.locale,
        perspectiveViewOf({ perspective, rule }),
      );
    },
  });

  app.route({
    ...routeOf(analysis.whatIf),
    config: { access: 'read' },
    handler: async (request) => {
      const { changes, grouping, types, seed } = request.body;
      const graph = await store.graph.loadGraph(request.workspace.id);
      const issues = changeSetIssues(changes, graph);
      if (issues.length > 0) throw new ValidationError(issues);
      return runWhatIf(runner, graph, changes, toDiagnosisOptions({ grouping, types, seed }));
    },
  });
};

/** Every id a change set names must exist (or, for new relaties, be a speler added in the same set). */
function changeSetIssues(
  changes: z.output<typeof analysis.whatIfBody>['changes'],
  graph: { actors: { id: string }[]; relations: { id: string }[] },
): Issue[] {
  const issues: Issue[] = [];
  const existing = new Set(graph.actors.map((actor) => actor.id));
  const relationIds = new Set(graph.relations.map((relation) => relation.id));
  const removed = new Set(changes.removeActorIds);
  const known = new Set([...existing, ...changes.addActors.map((actor) => actor.id)]);
  changes.addActors.forEach((actor, k) => {
    if (existing.has(actor.id)) issues.push({ path: `changes.addActors.${k}.id`, code: 'invalid_value' });
  });
  changes.removeActorIds.forEach((id, k) => {
    if (!existing.has(id))
      issues.push({ path: `changes.removeActorIds.${k}`, code: 'actor_not_in_workspace' });
  });
  changes.removeRelationIds.forEach((id, k) => {
    if (!relationIds.has(id))
      issues.push({ path: `changes.removeRelationIds.${k}`, code: 'relation_not_in_workspace' });
  });
  changes.addRelations.forEach((relation, k) => {
    for (const end of ['source', 'target'] as const) {
      if (!known.has(relation[end]) || removed.has(relation[end]))
        issues.push({ path: `changes.addRelations.${k}.${end}`, code: 'actor_not_in_workspace' });
    }
    if (relation.source === relation.target)
      issues.push({ path: `changes.addRelations.${k}.target`, code: 'self_relation' });
  });
  return issues;
}
