/**
 * A JSON backup as an import document, so a backup can also be read into an existing werkruimte (matching
 * spelers by id, then name) through the same plan as every other format. Places are the backup's JSON
 * paths (`actors.3.name`), with the 0-based index a JSON path has.
 *
 * A version 2 backup lists the werkruimte's perspectives whole; its claims point at them by id. A version
 * 1 backup had only a relatie's free-text perspective: that becomes the named perspective's assessment of
 * the relatie (present, with the relatie's strength), the perspective found by name or by kracht, or made.
 */
import { FORCES, type Force } from '../../domain/index.ts';
import type {
  DocumentAssessment,
  DocumentPerspective,
  ImportDocument,
  Place,
  ReadOutcome,
} from '../import-document.ts';
import { type LegacyPerspective, readBackup } from './read.ts';

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
    relations: backup.relations.map(({ id, sourceId, targetId, ...fields }, index) => ({
      id,
      key: id,
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
  if (result.legacyPerspectives.length > 0)
    addLegacyClaims(document, result.legacyPerspectives, backup.relations);
  return { ok: true, document };
}

/**
 * A version 1 relatie's perspective text as a claim: a text naming no perspective of the file becomes one
 * (a kracht's code, such as `bewoner`, names that kracht's perspective, as the migration read it).
 */
function addLegacyClaims(
  document: ImportDocument,
  legacy: readonly LegacyPerspective[],
  relations: readonly { id: string }[],
): void {
  const rowOf = new Map(relations.map((relation, index) => [relation.id, index]));
  const perspectives: DocumentPerspective[] = [];
  const seen = new Set<string>();
  const assessments: DocumentAssessment[] = [];
  for (const { relationId, perspective, strength } of legacy) {
    const name = perspective.trim();
    const force = FORCES.includes(name.toLowerCase() as Force) ? (name.toLowerCase() as Force) : undefined;
    const row = rowOf.get(relationId) ?? 0;
    if (!force && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      perspectives.push({
        key: `perspective:${name.toLowerCase()}`,
        fields: { name },
        place: { sheet: 'relations', row, columns: { name: 'perspective' } },
      });
    }
    assessments.push({
      relation: { key: relationId },
      perspective: force ? { force } : { name },
      fields: { present: true, strength },
      place: { sheet: 'relations', row, columns: { perspectiveId: 'perspective', strength: 'strength' } },
    });
  }
  document.perspectives = perspectives;
  document.assessments = assessments;
}
