/**
 * GET /api/v1/workspaces/{workspaceId}/surveys/{surveyId}/results (contract: src/contract/survey-results.ts):
 * the response of an uitvraag and what the diagnosis misses through who did not answer. The diagnosis runs
 * on the analysis thread, like GET …/analysis. Contact data in the reminder list is for eigenaars only.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { surveyResults } from '../../contract/index.ts';
import { roleAllows } from '../../domain/index.ts';
import { type AnalysisRunner, surveyResults as computeSurveyResults } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';

export const surveyResultRoutes: FastifyPluginAsyncZod<{ store: Store; runner: AnalysisRunner }> = async (
  app,
  { store, runner },
) => {
  app.route({
    ...routeOf(surveyResults.getSurveyResults),
    config: { access: 'read' },
    handler: async (request) =>
      computeSurveyResults(store, runner, request.workspace.id, request.params.surveyId, {
        withContacts: roleAllows(request.role, 'manage'),
        locale: request.query.lang ?? request.locale,
      }),
  });
};
