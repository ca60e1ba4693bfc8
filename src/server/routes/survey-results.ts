/**
 * GET /api/v1/workspaces/{workspaceId}/surveys/{surveyId}/results (contract: src/contract/survey-results.ts):
 * the response of an uitvraag and what the diagnosis misses through who did not answer. The diagnosis runs
 * on the analysis thread, like GET …/analysis. Contact data in the reminder list is for eigenaars only.
 * GET …/results/export: the same per respondent as an XLSX or CSV file, without contact data, so it takes
 * the same role as the results (a lezer may read them). The file is small (one row per respondent) and
 * written here, not as a file job.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { surveyResults } from '../../contract/index.ts';
import { roleAllows } from '../../domain/index.ts';
import { writeCoverageCsv, writeCoverageXlsx } from '../../formats/index.ts';
import {
  type AnalysisRunner,
  surveyResults as computeSurveyResults,
  surveyCoverage,
  XLSX_TYPE,
} from '../../services/index.ts';
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

  app.route({
    ...routeOf(surveyResults.exportSurveyResults),
    config: { access: 'read' },
    serializerCompiler: () => (data) => data as string,
    handler: async (request, reply) => {
      const { format } = request.query;
      const locale = request.query.lang ?? request.locale;
      const coverage = await surveyCoverage(
        store,
        runner,
        request.workspace.id,
        request.params.surveyId,
        locale,
      );
      reply.header('content-disposition', `attachment; filename="uitvraag-respons.${format}"`);
      if (format === 'csv')
        return reply.type('text/csv; charset=utf-8').send(writeCoverageCsv(coverage, locale));
      return (
        reply
          .type(XLSX_TYPE)
          // A Buffer goes out as it is; the contract's string stands for any file.
          .send(Buffer.from(await writeCoverageXlsx(coverage, locale)) as unknown as string)
      );
    },
  });
};
