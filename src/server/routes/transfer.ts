/**
 * Moving werkruimtes in and out as files:
 * - `GET …/workspaces/{id}/export?format=…` downloads the werkruimte in one of the export formats;
 * - `POST …/workspaces/import` reads a file into a new werkruimte, `POST …/workspaces/{id}/import` into an
 *   existing one (multipart: one file in field `file`, or two CSV tables; a new werkruimte may take its
 *   `name` and `gemeente` from fields). All or nothing; the answer says how much was read, what was
 *   skipped and how foreign columns were used;
 * - `GET …/import-template?format=xlsx|csv` gives the empty spreadsheet to fill in.
 * Contract: src/contract/transfer.ts. Here: reading the multipart form, running the work as a file job and
 * sending the file.
 */
import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { transfer as contract } from '../../contract/index.ts';
import { ValidationError } from '../../domain/index.ts';
import { LIMITS, writeCsvTemplate, writeXlsxTemplate } from '../../formats/index.ts';
import type { FileWork } from '../../services/index.ts';
import {
  createBackupCache,
  type ExportedFile,
  exportFile,
  importAsNewWorkspace,
  importIntoWorkspace,
  type NewWorkspaceFields,
  type UploadedFile,
  XLSX_TYPE,
} from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';
import type { FileJobs } from '../file-jobs/pool.ts';
import { authorOf, principalOf } from '../plugins/authentication.ts';

const MAX_FILES = 2;
const FIELDS = ['name', 'gemeente'] as const;

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
  const backups = createBackupCache(store);
  await app.register(multipart, {
    limits: {
      fileSize: LIMITS.fileBytes,
      files: MAX_FILES,
      fields: FIELDS.length,
      parts: MAX_FILES + FIELDS.length,
    },
  });

  app.route({
    ...routeOf(contract.exportWorkspace),
    config: { access: 'read' },
    serializerCompiler: () => (data) => data as string,
    handler: async (request, reply) => {
      const { format, table, gexfVersion } = request.query;
      // A map image's legend speaks the language asked for, or else the one the client accepts.
      const lang = request.query.lang ?? (format === 'svg' || format === 'png' ? request.locale : undefined);
      const { workspace, workspaceChangeId } = request;
      const file = await asJob(jobs, request, nothing, (work) =>
        exportFile(store, workspace, format, { table, lang, gexfVersion }, work, () =>
          backups.load(workspace, workspaceChangeId),
        ),
      );
      return sendFile(reply, file);
    },
  });

  app.route({
    ...routeOf(contract.importTemplate),
    serializerCompiler: () => (data) => data as string,
    handler: async (request, reply) => {
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
  });

  app.route({
    ...routeOf(contract.importAsNewWorkspace),
    handler: async (request, reply) => {
      const imported = await asJob(
        jobs,
        request,
        () => readUpload(request),
        (work, { files, fields }) =>
          importAsNewWorkspace(store, authorOf(request), files, fields, undefined, work),
      );
      return reply.status(201).send(imported);
    },
  });

  app.route({
    ...routeOf(contract.importIntoWorkspace),
    config: { access: 'edit' },
    handler: async (request) => {
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
  });
};
