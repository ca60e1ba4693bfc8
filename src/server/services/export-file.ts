/**
 * Exports, shared by the API and the CLI: a werkruimte as a file in one of the formats, with its content
 * type and a file name made from the werkruimte's name. Every format starts from the same lossless backup
 * (workspace-backup.ts), so they cannot disagree on what a werkruimte holds.
 */
import { downloadFileName, type Workspace } from '../../domain/index.ts';
import { type GexfVersion, writeBackup, writeGexf, writeGraphml, writeXlsx } from '../../formats/index.ts';
import type { Store } from '../../store/index.ts';
import { renderWorkspaceImage } from './map-image.ts';
import { exportBackup } from './workspace-backup.ts';
import { exportCsv, type Table } from './workspace-tables.ts';

export const EXPORT_FORMATS = ['json', 'xlsx', 'csv', 'gexf', 'graphml', 'svg', 'png'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ExportOptions {
  /** CSV holds one table per file. */
  table?: Table | undefined;
  /** GEXF 1.3 (default) or 1.2draft, the newest NetworkX reads. */
  gexfVersion?: GexfVersion | undefined;
  /** Language of the words in map images (legend). */
  lang?: 'nl' | 'en' | undefined;
}

export interface ExportedFile {
  body: string | Uint8Array;
  contentType: string;
  fileName: string;
  /** Spelers and relaties in the file, for the CLI's message. */
  counts: { actors: number; relations: number };
}

export async function exportFile(
  store: Store,
  workspace: Workspace,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<ExportedFile> {
  const backup = await exportBackup(store, workspace);
  const counts = { actors: backup.actors.length, relations: backup.relations.length };
  switch (format) {
    case 'csv': {
      const table = options.table ?? 'spelers';
      return {
        body: exportCsv(backup, table),
        contentType: 'text/csv; charset=utf-8',
        fileName: downloadFileName(`${workspace.name} ${table}`, 'csv'),
        counts,
      };
    }
    case 'xlsx':
      return {
        body: await writeXlsx(backup),
        contentType: XLSX_TYPE,
        fileName: downloadFileName(workspace.name, 'xlsx'),
        counts,
      };
    case 'gexf':
      return {
        body: writeGexf(backup, options.gexfVersion),
        contentType: 'application/gexf+xml; charset=utf-8',
        fileName: downloadFileName(workspace.name, 'gexf'),
        counts,
      };
    case 'graphml':
      return {
        body: writeGraphml(backup),
        contentType: 'application/graphml+xml; charset=utf-8',
        fileName: downloadFileName(workspace.name, 'graphml'),
        counts,
      };
    case 'svg':
    case 'png': {
      const image = await renderWorkspaceImage(backup, { format, lang: options.lang ?? 'nl' });
      return { ...image, fileName: downloadFileName(`${workspace.name} kaart`, format), counts };
    }
    case 'json':
      return {
        body: writeBackup(backup),
        contentType: 'application/json; charset=utf-8',
        fileName: downloadFileName(workspace.name, 'krachtenveld.json'),
        counts,
      };
  }
}
