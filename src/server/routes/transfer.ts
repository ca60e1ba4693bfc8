/**
 * Moving werkruimtes in and out as files:
 * - `GET …/workspaces/{id}/export?format=…` downloads the werkruimte in one of the export formats;
 * - `POST …/workspaces/import` reads a file into a new werkruimte, `POST …/workspaces/{id}/import` into an
 *   existing one (multipart: one file in field `file`, or two CSV tables; a new werkruimte may take its
 *   `name` and `gemeente` from fields). All or nothing; the answer says how much was read, what was
 *   skipped and how foreign columns were used;
 * - `GET …/import-template?format=xlsx|csv` gives the empty spreadsheet to fill in.
 */
import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ValidationError, workspaceSchema } from '../../domain/index.ts';
import { LIMITS, writeCsvTemplate, writeXlsxTemplate } from '../../formats/index.ts';
import type { FileWork } from '../../services/index.ts';
import {
  createBackupCache,
  EXPORT_FORMATS,
  type ExportedFile,
  exportFile,
  importAsNewWorkspace,
  importIntoWorkspace,
  type NewWorkspaceFields,
  TABLES,
  type UploadedFile,
  XLSX_TYPE,
} from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import type { FileJobs } from '../file-jobs/pool.ts';
import { authorOf, principalOf } from '../plugins/authentication.ts';
import { fileJobProblemResponses, problemResponses, workspaceParams } from '../schemas.ts';

const MAX_FILES = 2;
const FIELDS = ['name', 'gemeente'] as const;

const summarySchema = z.object({
  actors: z.object({ created: z.number().int(), updated: z.number().int() }),
  relations: z.object({ created: z.number().int(), updated: z.number().int() }),
  ignored: z.array(z.string()).describe('Kolommen of attributen die niet zijn gebruikt (`blad: kolom`).'),
  mapped: z
    .array(z.object({ from: z.string(), to: z.string() }))
    .describe('Hoe onbekende kolommen of attributen zijn gebruikt.'),
});

const uploadDescription = `Multipart-formulier: één bestand in het veld \`file\` (JSON-back-up, XLSX, CSV, GEXF of GraphML; het formaat wordt herkend aan de inhoud), of twee CSV-bestanden (spelers en relaties). Hoogstens ${LIMITS.fileBytes / 1_048_576} MB per bestand. Bij een fout wordt niets opgeslagen; \`invalidParams\` noemt elke plek als \`blad.rij.kolom\`.`;

/** The files and text fields of a multipart upload; anything else is refused. */
async function readUpload(
  request: FastifyRequest,
): Promise<{ files: UploadedFile[]; fields: NewWorkspaceFields }> {
  if (!request.isMultipart()) throw new ValidationError([{ path: 'file', code: 'required' }]);
  const files: UploadedFile[] = [];
  const fields: NewWorkspaceFields = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file')
          throw new ValidationError([{ path: part.fieldname, code: 'unknown_field' }]);
        files.push({ name: part.filename, bytes: await (part as MultipartFile).toBuffer() });
      } else if ((FIELDS as readonly string[]).includes(part.fieldname)) {
        const value = String(part.value).trim();
        if (value) fields[part.fieldname as keyof NewWorkspaceFields] = value;
      } else throw new ValidationError([{ path: part.fieldname, code: 'unknown_field' }]);
    }
  } catch (error) {
    // The form parser throws plain errors for a body that is not a valid form (no boundary, cut off):
    // that is bad input, not a server fault. Its own limit errors carry a status and pass through.
    if (error instanceof ValidationError || (error as { statusCode?: number }).statusCode) throw error;
    throw new ValidationError([
      { path: 'file', code: 'invalid_file', params: { expected: 'multipart/form-data' } },
    ]);
  }
  if (files.length === 0) throw new ValidationError([{ path: 'file', code: 'required' }]);
  return { files, fields };
}

/**
 * Runs the file work of a request as a job (src/server/file-jobs): the place is taken before anything is
 * read or loaded, so a full queue answers 503 or 429 at once, and given back however the request ends.
 */
async function asJob<Input, T>(
  jobs: FileJobs,
  request: FastifyRequest,
  receive: () => Promise<Input>,
  task: (work: FileWork, input: Input) => Promise<T>,
): Promise<T> {
  const ticket = jobs.admit(principalOf(request).user.id);
  try {
    const input = await receive();
    return await ticket.run((work) => task(work, input));
  } finally {
    ticket.release();
  }
}

const nothing = async () => undefined;

/** The empty XLSX template never changes: built once, on first request. */
let xlsxTemplate: Promise<Uint8Array> | undefined;
function xlsxTemplateBytes(): Promise<Uint8Array> {
  xlsxTemplate ??= writeXlsxTemplate();
  return xlsxTemplate;
}

function sendFile(reply: FastifyReply, file: ExportedFile) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
}

export const transferRoutes: FastifyPluginAsyncZod<{ store: Store; jobs: FileJobs }> = async (
  app,
  { store, jobs },
) => {
  const tags = ['uitwisselen'];
  const backups = createBackupCache(store);
  await app.register(multipart, {
    limits: {
      fileSize: LIMITS.fileBytes,
      files: MAX_FILES,
      fields: FIELDS.length,
      parts: MAX_FILES + FIELDS.length,
    },
  });

  app.get(
    '/workspaces/:workspaceId/export',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Werkruimte downloaden als bestand',
        description:
          '`json`: de volledige back-up (krachtenveld-backup/1, schema: docs/backup.schema.json). `csv`: één tabel (`table=spelers` of `table=relaties`), met `;` als scheidingsteken. In CSV en XLSX krijgen cellen die met =, +, -, @, tab of regeleinde beginnen een apostrof ervoor (tegen formule-injectie).',
        params: workspaceParams,
        querystring: z
          .strictObject({
            format: z.enum(EXPORT_FORMATS).describe('Bestandsformaat.'),
            table: z.enum(TABLES).optional().describe('Bij `csv`: welke tabel, `spelers` of `relaties`.'),
            lang: z.enum(['nl', 'en']).optional().describe('Taal van de legenda bij `png` en `svg`.'),
            gexfVersion: z
              .enum(['1.3', '1.2draft'])
              .optional()
              .describe('Bij `gexf`: versie 1.3 (standaard) of 1.2draft, de nieuwste die NetworkX leest.'),
          })
          .refine((query) => query.format !== 'csv' || query.table !== undefined, {
            path: ['table'],
            message: 'required',
          }),
        response: { 200: z.string().describe('Het bestand'), ...fileJobProblemResponses },
      },
      serializerCompiler: () => (data) => data as string,
    },
    async (request, reply) => {
      const { format, table, lang, gexfVersion } = request.query;
      const { workspace, workspaceChangeId } = request;
      const file = await asJob(jobs, request, nothing, (work) =>
        exportFile(store, workspace, format, { table, lang, gexfVersion }, work, () =>
          backups.load(workspace, workspaceChangeId),
        ),
      );
      return sendFile(reply, file);
    },
  );

  app.get(
    '/import-template',
    {
      schema: {
        tags,
        summary: 'Leeg sjabloon om spelers en relaties in te vullen',
        description:
          '`xlsx`: bladen spelers en relaties met een uitlegrij en keuzelijsten voor kracht, soort, schaal en relatietype. `csv`: één tabel (`table=spelers` of `table=relaties`) met dezelfde kolommen en uitlegrij.',
        querystring: z
          .strictObject({
            format: z.enum(['xlsx', 'csv']).describe('Bestandsformaat.'),
            table: z.enum(TABLES).optional().describe('Bij `csv`: welke tabel.'),
          })
          .refine((query) => query.format !== 'csv' || query.table !== undefined, {
            path: ['table'],
            message: 'required',
          }),
        response: { 200: z.string().describe('Het sjabloon'), ...problemResponses },
      },
      serializerCompiler: () => (data) => data as string,
    },
    async (request, reply) => {
      const { format, table } = request.query;
      if (format === 'csv' && table)
        return sendFile(reply, {
          body: writeCsvTemplate(table),
          contentType: 'text/csv; charset=utf-8',
          fileName: `krachtenveld-sjabloon-${table}.csv`,
          counts: { actors: 0, relations: 0 },
        });
      return sendFile(reply, {
        body: await xlsxTemplateBytes(),
        contentType: XLSX_TYPE,
        fileName: 'krachtenveld-sjabloon.xlsx',
        counts: { actors: 0, relations: 0 },
      });
    },
  );

  app.post(
    '/workspaces/import',
    {
      schema: {
        tags,
        summary: 'Bestand inlezen als nieuwe werkruimte',
        description: `${uploadDescription} Een bestand zonder werkruimtegegevens (CSV, XLSX zonder blad werkruimte, GEXF of GraphML van een ander programma) heeft de velden \`name\` en \`gemeente\` nodig.`,
        consumes: ['multipart/form-data'],
        response: {
          201: z.object({ workspace: workspaceSchema, summary: summarySchema }),
          ...fileJobProblemResponses,
        },
      },
    },
    async (request, reply) => {
      const imported = await asJob(
        jobs,
        request,
        () => readUpload(request),
        (work, { files, fields }) =>
          importAsNewWorkspace(store, authorOf(request), files, fields, undefined, work),
      );
      return reply.status(201).send(imported);
    },
  );

  app.post(
    '/workspaces/:workspaceId/import',
    {
      config: { access: 'edit' },
      schema: {
        tags,
        summary: 'Bestand inlezen in deze werkruimte',
        description: `${uploadDescription} Spelers worden herkend aan hun id of naam en bijgewerkt; relaties aan hun id of aan beide spelers en het type. De rest wordt toegevoegd.`,
        consumes: ['multipart/form-data'],
        params: workspaceParams,
        response: { 200: z.object({ summary: summarySchema }), ...fileJobProblemResponses },
      },
    },
    async (request) => {
      const summary = await asJob(
        jobs,
        request,
        async () => {
          const { files, fields } = await readUpload(request);
          const extra = Object.keys(fields)[0];
          if (extra) throw new ValidationError([{ path: extra, code: 'unknown_field' }]);
          return files;
        },
        (work, files) =>
          importIntoWorkspace(store, authorOf(request), request.workspace, files, undefined, work),
      );
      return { summary };
    },
  );
};
