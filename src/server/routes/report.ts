/**
 * /api/v1/workspaces/{workspaceId}/report (contract: src/contract/report.ts): the report as a file. Read
 * access is enough: it shows what a lezer can see. The HTML page gets a policy of its own that lets its
 * inline style apply and nothing run or load.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { report } from '../../contract/index.ts';
import { downloadFileName, type ReportFormat } from '../../domain/index.ts';
import { type AnalysisRunner, buildReport, type RenderedReport, renderReport } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';

/** The report page may style itself; scripts, frames and fetches stay refused. */
const REPORT_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

export const reportRoutes: FastifyPluginAsyncZod<{ store: Store; runner: AnalysisRunner }> = async (
  app,
  { store, runner },
) => {
  app.route({
    ...routeOf(report.getReport),
    config: { access: 'read' },
    serializerCompiler: () => (data) => data as string,
    handler: async (request, reply) => {
      const { format, lang, ...options } = request.query;
      const author = request.principal?.user.displayName ?? null;
      const document = await buildReport({
        store,
        runner,
        workspace: request.workspace,
        request: { ...options, lang: lang ?? (request.locale === 'en' ? 'en' : 'nl') },
        authorName: author,
      });
      return sendReport(reply, format, await renderReport(document, format), request.workspace.name);
    },
  });
};

function sendReport(
  reply: FastifyReply,
  format: ReportFormat,
  rendered: RenderedReport,
  workspaceName: string,
) {
  const name = downloadFileName(`krachtenveldanalyse ${workspaceName}`, rendered.extension);
  if (format === 'html') reply.header('content-security-policy', REPORT_PAGE_POLICY);
  // The HTML is shown in the app's preview; the other formats are downloads.
  return reply
    .type(rendered.contentType)
    .header('content-disposition', `${format === 'html' ? 'inline' : 'attachment'}; filename="${name}"`)
    .send(typeof rendered.body === 'string' ? rendered.body : Buffer.from(rendered.body));
}
