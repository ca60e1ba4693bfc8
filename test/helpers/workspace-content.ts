/**
 * What must survive an export → import round trip: a backup with ids replaced by speler names, in name
 * order (a restore makes new ids). `parts` picks what a format carries — spreadsheets hold no map positions,
 * CSV no werkruimte description.
 */
import type { Backup } from '../../src/formats/index.ts';

export interface ContentParts {
  workspace?: boolean;
  layouts?: boolean;
  /** Perspectives, assessments, vraagstukken and positions (with their timestamps when `claimTimes`). */
  claims?: boolean;
  claimTimes?: boolean;
}

const ALL_PARTS: ContentParts = { workspace: true, layouts: true, claims: true, claimTimes: true };

export function workspaceContent(backup: Backup, parts: ContentParts = ALL_PARTS) {
  const name = new Map(backup.actors.map((actor) => [actor.id, actor.name]));
  const byName = <T>(rows: T[], key: (row: T) => string) =>
    [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const perspective = new Map(backup.perspectives.map((p) => [p.id, p.name]));
  const topic = new Map(backup.topics.map((t) => [t.id, t.name]));
  const relation = new Map(
    backup.relations.map((r) => [r.id, `${name.get(r.sourceId)}→${name.get(r.targetId)} ${r.type}`]),
  );
  const times = <T extends { createdAt?: string; updatedAt?: string }>(row: T) => {
    if (parts.claimTimes) return row;
    const { createdAt: _c, updatedAt: _u, ...rest } = row;
    return rest;
  };
  const claims = parts.claims
    ? {
        perspectives: byName(
          backup.perspectives.map(({ id: _id, ...p }) => p),
          (p) => p.name,
        ),
        assessments: byName(
          backup.assessments.map(({ id: _id, relationId, perspectiveId, ...a }) => ({
            ...times(a),
            relation: relation.get(relationId),
            perspective: perspective.get(perspectiveId),
          })),
          (a) => `${a.relation}|${a.perspective}`,
        ),
        topics: byName(
          backup.topics.map(({ id: _id, ...t }) => t),
          (t) => t.name,
        ),
        positions: byName(
          backup.positions.map(({ id: _id, topicId, actorId, perspectiveId, ...p }) => ({
            ...times(p),
            topic: topic.get(topicId),
            actor: name.get(actorId),
            perspective: perspective.get(perspectiveId),
          })),
          (p) => `${p.topic}|${p.actor}|${p.perspective}|${p.assessedOn}|${p.invloed}|${p.standpunt}`,
        ),
      }
    : undefined;
  return {
    claims,
    workspace: parts.workspace ? backup.workspace : undefined,
    actors: byName(
      backup.actors.map(({ id: _id, ...actor }) => actor),
      (actor) => actor.name,
    ),
    relations: byName(
      backup.relations.map(({ id: _id, sourceId, targetId, ...relation }) => ({
        ...relation,
        source: name.get(sourceId),
        target: name.get(targetId),
      })),
      (relation) =>
        `${relation.source}|${relation.target}|${relation.type}|${relation.description}|${relation.validFrom}|${relation.strength}`,
    ),
    layouts: parts.layouts
      ? Object.fromEntries(
          Object.entries(backup.layouts).map(([layout, positions]) => [
            layout,
            Object.fromEntries(Object.entries(positions ?? {}).map(([id, point]) => [name.get(id), point])),
          ]),
        )
      : undefined,
  };
}
