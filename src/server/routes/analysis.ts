/**
 * GET /api/v1/workspaces/{workspaceId}/analysis: the verkokering diagnosis of the map, with a plain-language
 * explanation per index; POST …/analysis/what-if: how the indices change if spelers or relaties were added
 * or removed — nothing is saved. Both run the pure analysis on the map as stored now, on the app's
 * analysis thread (src/server/analysis-thread/), so a large map does not stall other requests.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type Issue, ValidationError } from '../../domain/index.ts';
import type { AnalysisRunner } from '../../services/index.ts';
import { runDiagnosis, runWhatIf } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { problemResponses, workspaceParams } from '../schemas.ts';
import { analysisQuery, diagnosisSchema, whatIfBody, whatIfSchema } from './analysis-schemas.ts';

export const analysisRoutes: FastifyPluginAsyncZod<{ store: Store; runner: AnalysisRunner }> = async (
  app,
  { store, runner },
) => {
  const tags = ['analyse'];

  app.get(
    '/workspaces/:workspaceId/analysis',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary:
          'Diagnose van verkokering: indexen met uitleg, clusters, verbinders, kwetsbare plekken, suggesties',
        description:
          'Zelfde kaart en zelfde parameters (ook `seed`) geven dezelfde uitkomst. Bij zeer grote kaarten is de tussenpositie een steekproef; `parameters.betweennessErrorBound` geeft dan de foutmarge.',
        params: workspaceParams,
        querystring: analysisQuery,
        response: { 200: diagnosisSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { grouping, types, seed, betweenness, suggestions, lang } = request.query;
      return runDiagnosis(
        store,
        runner,
        request.workspace.id,
        {
          ...(grouping ? { grouping } : {}),
          ...(types?.length ? { collaborationTypes: types } : {}),
          ...(seed !== undefined ? { seed } : {}),
          ...(betweenness ? { betweenness } : {}),
          ...(suggestions !== undefined ? { suggestions } : {}),
        },
        lang,
      );
    },
  );

  app.post(
    '/workspaces/:workspaceId/analysis/what-if',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Wat als: verandering van elke index bij toegevoegde of verwijderde spelers en relaties',
        description:
          'Er wordt niets opgeslagen. Nieuwe spelers krijgen een eigen id; nieuwe relaties mogen naar bestaande en nieuwe spelers wijzen.',
        params: workspaceParams,
        body: whatIfBody,
        response: { 200: whatIfSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { changes, grouping, types, seed } = request.body;
      const graph = await store.graph.loadGraph(request.workspace.id);
      const issues = changeSetIssues(changes, graph);
      if (issues.length > 0) throw new ValidationError(issues);
      return runWhatIf(runner, graph, changes, {
        ...(grouping ? { grouping } : {}),
        ...(types ? { collaborationTypes: types } : {}),
        ...(seed !== undefined ? { seed } : {}),
      });
    },
  );
};

/** Every id a change set names must exist (or, for new relaties, be a speler added in the same set). */
function changeSetIssues(
  changes: typeof whatIfBody._zod.output.changes,
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
