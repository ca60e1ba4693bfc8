/**
 * The file work of one import or export: reading and planning an import, building an export's bytes. Pure
 * of the database and of the server; the job pool (pool.ts) runs it on a worker thread with memory and time
 * limits, the CLI runs the same code inline (`inlineFileWork`), as it has nothing else to keep responsive.
 *
 * An import is two steps on one FileWork: `read` keeps the import document where it was read (in the
 * worker, so the main thread never holds or copies it) and answers with the werkruimte fields only;
 * `plan` then matches that document against the werkruimte as the transaction sees it.
 */
import { randomUUID } from 'node:crypto';
import type { ExportFormat, Issue, Table } from '../domain/index.ts';
import {
  type Backup,
  type ExistingWorkspace,
  type GexfVersion,
  type ImportDocument,
  type PlanOutcome,
  planImport,
  readImportFiles,
  type UploadedFile,
  writeBackup,
  writeGexf,
  writeGraphml,
  writeXlsx,
} from '../formats/index.ts';
import { renderWorkspaceImage } from './map-image.ts';
import { exportCsv } from './workspace-tables.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExportOptions {
  /** CSV holds one table per file. */
  table?: Table | undefined;
  /** GEXF 1.3 (default) or 1.2draft, the newest NetworkX reads. */
  gexfVersion?: GexfVersion | undefined;
  /** Language of the words in map images (legend). */
  lang?: 'nl' | 'en' | undefined;
}

export interface FileBody {
  body: string | Uint8Array;
  contentType: string;
}

/** What `read` answers: the werkruimte fields the file carries, or its problems (listed ≤ 1,000, all counted). */
export type ReadSummary =
  | { ok: true; workspace: ImportDocument['workspace'] }
  | { ok: false; issues: Issue[]; total?: number | undefined };

export interface FileWork {
  read(files: readonly UploadedFile[]): Promise<ReadSummary>;
  /** Plans the document of the last `read` against the werkruimte's current spelers and relaties. */
  plan(existing: ExistingWorkspace): Promise<PlanOutcome>;
  write(backup: Backup, format: ExportFormat, options: ExportOptions): Promise<FileBody>;
}

/** The file work on the calling thread; each call makes a fresh one (it holds one import's document). */
export function inlineFileWork(): FileWork {
  let document: ImportDocument | undefined;
  return {
    async read(files) {
      const outcome = await readImportFiles(files);
      if (!outcome.ok) return outcome;
      document = outcome.document;
      return { ok: true, workspace: outcome.document.workspace };
    },
    async plan(existing) {
      if (!document) throw new Error('plan before read');
      return planImport(document, existing, randomUUID);
    },
    write: writeExportBody,
  };
}

/** An export's bytes in one format; every format starts from the same backup, so none can disagree. */
export async function writeExportBody(
  backup: Backup,
  format: ExportFormat,
  options: ExportOptions,
): Promise<FileBody> {
  switch (format) {
    case 'csv':
      return { body: exportCsv(backup, options.table ?? 'spelers'), contentType: 'text/csv; charset=utf-8' };
    case 'xlsx':
      return { body: await writeXlsx(backup), contentType: XLSX_TYPE };
    case 'gexf':
      return {
        body: writeGexf(backup, options.gexfVersion),
        contentType: 'application/gexf+xml; charset=utf-8',
      };
    case 'graphml':
      return { body: writeGraphml(backup), contentType: 'application/graphml+xml; charset=utf-8' };
    case 'svg':
    case 'png':
      return renderWorkspaceImage(backup, { format, lang: options.lang ?? 'nl' });
    case 'json':
      return { body: writeBackup(backup), contentType: 'application/json; charset=utf-8' };
  }
}
