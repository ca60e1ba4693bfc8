/**
 * A JSON backup as an import document, so a backup can also be read into an existing werkruimte (matching
 * spelers by id, then name) through the same plan as every other format. Places are the backup's JSON
 * paths (`actors.3.name`), with the 0-based index a JSON path has.
 *
 * A version 2 backup lists the werkruimte's perspectives whole; its claims point at them by id. A version
 * 1 backup had only a relatie's free-text perspective: that becomes the named perspective's assessment of
 * the relatie, as every format reads that old text (legacy-perspective.ts).
 */
import type { ImportDocument, Place, ReadOutcome } from '../import-document.ts';
import { addLegacyClaims } from '../legacy-perspective.ts';
import { readBackup } from './read.ts';

function identityColumns(fields: Record<string, unknown>): Place['columns'] {
  const columns: Place['columns'] = { id: 'id' };
  for (const field of Object.keys(fields)) columns[field] = field;
  return columns;
}

/** A record of list `sheet` at `index`, its id kept as the key other records point at it by. */
function keyed<T extends { id: string }>(sheet: string) {
  return ({ id, ...fields }: T, index: number) => ({
    key: id,
    id,
    fields: fields as Record<string, unknown>,
    place: { sheet, row: index, columns: identityColumns(fields) },
  });
}

export function readBackupDocument(text: string): ReadOutcome {
  const result = readBackup(text);
  if (!result.ok) return { ok: false, issues: result.issues, total: result.total };
  const { backup } = result;
  const document: ImportDocument = {
    format: 'json',
    workspace: backup.workspace,
    actors: backup.actors.map(keyed('actors')),
    relations: backup.relations.map(({ id, sourceId, targetId, claimedByEditors, ...fields }, index) => ({
      id,
      key: id,
      source: { key: sourceId },
      target: { key: targetId },
      fields,
      ...(claimedByEditors === false ? { claimedByEditors } : {}),
      place: {
        sheet: 'relations',
        row: index,
        columns: { ...identityColumns(fields), sourceId: 'sourceId', targetId: 'targetId' },
      },
    })),
    layouts: backup.layouts,
    report: { ignored: [], mapped: [] },
    perspectives: backup.perspectives.map(({ editors, ...perspective }, index) => ({
      ...keyed('perspectives')(perspective, index),
      editors,
    })),
    perspectivesComplete: backup.perspectives.length > 0,
    topics: backup.topics.map(keyed('topics')),
    assessments: backup.assessments.map(({ id: _id, relationId, perspectiveId, ...fields }, index) => ({
      relation: { key: relationId },
      perspective: { key: perspectiveId },
      fields,
      place: {
        sheet: 'assessments',
        row: index,
        columns: { ...identityColumns(fields), relationId: 'relationId', perspectiveId: 'perspectiveId' },
      },
    })),
    positions: backup.positions.map(({ id: _id, topicId, actorId, perspectiveId, ...fields }, index) => ({
      topic: { key: topicId },
      actor: { key: actorId },
      perspective: { key: perspectiveId },
      fields,
      place: {
        sheet: 'positions',
        row: index,
        columns: {
          ...identityColumns(fields),
          topicId: 'topicId',
          actorId: 'actorId',
          perspectiveId: 'perspectiveId',
        },
      },
    })),
  };
  const rowOf = new Map(backup.relations.map((relation, index) => [relation.id, index]));
  addLegacyClaims(
    document,
    result.legacyPerspectives.map(({ relationId, perspective, strength }) => ({
      relation: { key: relationId },
      text: perspective,
      strength,
      place: {
        sheet: 'relations',
        row: rowOf.get(relationId) ?? 0,
        columns: { perspectiveId: 'perspective', strength: 'strength' },
      },
    })),
  );
  return { ok: true, document };
}
