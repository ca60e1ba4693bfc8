/**
 * Exports, shared by the API and the CLI: a werkruimte as a file in one of the formats, with its content
 * type and a file name made from the werkruimte's name. The backup is loaded here (the database is the
 * caller's); the bytes are built by the file work — on a job thread for the API (src/server/file-jobs),
 * inline for the CLI.
 */

import type { ExportFormat } from '../domain/index.ts';
import { downloadFileName, type Workspace } from '../domain/index.ts';
import type { Backup } from '../formats/index.ts';
import type { Store } from '../store/index.ts';
import { type ExportOptions, type FileWork, inlineFileWork } from './file-work.ts';
import { exportBackup } from './workspace-backup.ts';

export { type ExportOptions, XLSX_TYPE } from './file-work.ts';

export interface ExportedFile {
  body: string | Uint8Array;
  contentType: string;
  fileName: string;
  /** Spelers and relaties in the file, for the CLI's message. */
  counts: { actors: number; relations: number };
}

function fileNameOf(workspace: Workspace, format: ExportFormat, options: ExportOptions): string {
  switch (format) {
    case 'csv':
      return downloadFileName(`${workspace.name} ${options.table ?? 'spelers'}`, 'csv');
    case 'svg':
    case 'png':
      return downloadFileName(`${workspace.name} kaart`, format);
    case 'json':
      return downloadFileName(workspace.name, 'krachtenveld.json');
    default:
      return downloadFileName(workspace.name, format);
  }
}

export async function exportFile(
  store: Store,
  workspace: Workspace,
  format: ExportFormat,
  options: ExportOptions = {},
  work: FileWork = inlineFileWork(),
  /** Where the backup comes from: the API shares loads between exports (backup-cache.ts). */
  loadBackup: () => Promise<Backup> = () => exportBackup(store, workspace),
): Promise<ExportedFile> {
  const backup = await loadBackup();
  const counts = { actors: backup.actors.length, relations: backup.relations.length };
  const { body, contentType } = await work.write(backup, format, options);
  return { body, contentType, fileName: fileNameOf(workspace, format, options), counts };
}
