/**
 * Moving werkruimtes in and out as files: `GET …/workspaces/{id}/export?format=json` downloads the whole
 * werkruimte as a JSON backup; `POST …/workspaces/import` (multipart, field `file`) reads one into a new
 * werkruimte, all or nothing, and says how much it read. Spreadsheets, GEXF, GraphML and map images
 * follow (issue 6).
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ValidationError, workspaceSchema } from '../../domain/index.ts';
import { LIMITS, writeBackup } from '../../formats/index.ts';
import type { Store } from '../../store/index.ts';
import { problemResponses, workspaceParams } from '../schemas.ts';
import { exportBackup, restoreBackup } from '../services/workspace-backup.ts';
import { exportCsv, TABLES } from '../services/workspace-tables.ts';

export const EXPORT_FORMATS = ['json', 'csv'] as const;

/** A file name from the werkruimte's name: letters, digits and dashes only. */
function fileName(name: string, extension: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .toLowerCase();
  return `${slug || 'werkruimte'}.${extension}`;
}

export const transferRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  const tags = ['uitwisselen'];
  await app.register(multipart, { limits: { fileSize: LIMITS.fileBytes, files: 1, fields: 0, parts: 2 } });

  app.get(
    '/workspaces/:workspaceId/export',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Werkruimte downloaden als bestand (JSON-back-up of CSV-tabel)',
        description:
          'Het formaat `json` is de volledige back-up (krachtenveld-backup/1, schema: docs/backup.schema.json). `csv` geeft één tabel (`table=spelers` of `table=relaties`), met `;` als scheidingsteken; cellen die met =, +, -, @ beginnen krijgen een apostrof ervoor (tegen formule-injectie).',
        params: workspaceParams,
        querystring: z
          .strictObject({
            format: z.enum(EXPORT_FORMATS).describe('Bestandsformaat.'),
            table: z.enum(TABLES).optional().describe('Bij `csv`: welke tabel, `spelers` of `relaties`.'),
          })
          .refine((query) => query.format !== 'csv' || query.table !== undefined, {
            path: ['table'],
            message: 'required',
          }),
        response: { 200: z.string().describe('Het bestand'), ...problemResponses },
      },
      serializerCompiler: () => (data) => data as string,
    },
    async (request, reply) => {
      const { format, table } = request.query;
      if (format === 'csv' && table) {
        return reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="${fileName(`${request.workspace.name} ${table}`, 'csv')}"`,
          )
          .send((await exportCsv(store, request.workspace, table)) as never);
      }
      const backup = await exportBackup(store, request.workspace);
      return reply
        .type('application/json; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="${fileName(request.workspace.name, 'krachtenveld.json')}"`,
        )
        .send(writeBackup(backup) as never);
    },
  );

  app.post(
    '/workspaces/import',
    {
      schema: {
        tags,
        summary: 'Bestand inlezen als nieuwe werkruimte (JSON-back-up)',
        description: `Multipart-formulier met één veld \`file\` (hoogstens ${LIMITS.fileBytes / 1_048_576} MB). Bij een fout in het bestand wordt niets opgeslagen; \`invalidParams\` noemt elke plek.`,
        consumes: ['multipart/form-data'],
        response: {
          201: z.object({
            workspace: workspaceSchema,
            summary: z.object({ actors: z.number().int(), relations: z.number().int() }),
          }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new ValidationError([{ path: 'file', code: 'required' }]);
      const file = await request.file();
      if (!file || file.fieldname !== 'file') throw new ValidationError([{ path: 'file', code: 'required' }]);
      const text = (await file.toBuffer()).toString('utf8');
      const workspace = await restoreBackup(store, text);
      const graph = await store.graph.loadGraph(workspace.id);
      return reply
        .status(201)
        .send({ workspace, summary: { actors: graph.actors.length, relations: graph.relations.length } });
    },
  );
};
