/**
 * What must survive an export → import round trip: a backup with ids replaced by speler names, in name
 * order (a restore makes new ids). `parts` picks what a format carries — spreadsheets hold no map positions,
 * CSV no werkruimte description.
 */
import type { Backup } from '../../src/formats/index.ts';

export interface ContentParts {
  workspace?: boolean;
  layouts?: boolean;
}

export function workspaceContent(backup: Backup, parts: ContentParts = { workspace: true, layouts: true }) {
  const name = new Map(backup.actors.map((actor) => [actor.id, actor.name]));
  const byName = <T>(rows: T[], key: (row: T) => string) =>
    [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return {
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
