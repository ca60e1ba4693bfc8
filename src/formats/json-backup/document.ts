/**
 * A JSON backup as an import document, so a backup can also be read into an existing werkruimte (matching
 * spelers by id, then name) through the same plan as every other format. Places are the backup's JSON
 * paths (`actors.3.name`), with the 0-based index a JSON path has.
 */
import type { ImportDocument, Place, ReadOutcome } from '../import-document.ts';
import { readBackup } from './read.ts';

function identityColumns(fields: Record<string, unknown>): Place['columns'] {
  const columns: Place['columns'] = { id: 'id' };
  for (const field of Object.keys(fields)) columns[field] = field;
  return columns;
}

export function readBackupDocument(text: string): ReadOutcome {
  const result = readBackup(text);
  if (!result.ok) return { ok: false, issues: result.issues, total: result.total };
  const { backup } = result;
  const document: ImportDocument = {
    format: 'json',
    workspace: backup.workspace,
    actors: backup.actors.map(({ id, ...fields }, index) => ({
      key: id,
      id,
      fields,
      place: { sheet: 'actors', row: index, columns: identityColumns(fields) },
    })),
    relations: backup.relations.map(({ id, sourceId, targetId, ...fields }, index) => ({
      id,
      source: { key: sourceId },
      target: { key: targetId },
      fields,
      place: {
        sheet: 'relations',
        row: index,
        columns: { ...identityColumns(fields), sourceId: 'sourceId', targetId: 'targetId' },
      },
    })),
    layouts: backup.layouts,
    report: { ignored: [], mapped: [] },
  };
  return { ok: true, document };
}
