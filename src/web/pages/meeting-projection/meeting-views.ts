/**
 * What the projection asks of the server and draws, as pure rules: whose map (the editors' perspective and
 * the meeting groups' own, so ties the room named count even though the editors never claimed them), the
 * rows of the vraagstuk's grid from the positions of the meeting's groups, the participants per group, and
 * how large the map's names are on a big screen.
 */
import type { Meeting, TopicPosition } from '../../../domain/index.ts';
import { type GridRow, historiesOf, rowsOf } from '../workspace/topics/topic-positions.ts';

/** The perspectives of the meeting's groups that exist yet (a group's is made at its first acceptance). */
export function groupPerspectiveIds(groups: Meeting['groups']): string[] {
  return [...new Set(groups.flatMap((group) => (group.perspectiveId ? [group.perspectiveId] : [])))].sort();
}

/**
 * The graph query for the projection's map: the werkruimte as the editors and the meeting's groups see it
 * together. Sorted, so the same selection is one cache entry. Without any perspective (none known yet):
 * the map as stored.
 */
export function graphQueryOf(
  editorsPerspectiveId: string | null,
  groups: Meeting['groups'],
): { perspective?: string[] } {
  const ids = new Set(groupPerspectiveIds(groups));
  if (editorsPerspectiveId) ids.add(editorsPerspectiveId);
  return ids.size > 0 ? { perspective: [...ids].sort() } : {};
}

/**
 * The grid's rows: per speler the mean of the current positions the meeting's groups gave (each group
 * counts once), in `actorOrder` (spelers not on the map are left out). Positions of other perspectives
 * (the editors', an uitvraag's) are not the room's and are left out too.
 */
export function meetingGridRows(
  positions: readonly TopicPosition[],
  perspectiveIds: readonly string[],
  actorOrder: ReadonlyMap<string, number>,
): GridRow[] {
  const ours = new Set(perspectiveIds);
  const histories = historiesOf(positions.filter((position) => ours.has(position.perspectiveId)));
  return rowsOf(histories, { kind: 'all' }, actorOrder);
}

export interface GroupCount {
  id: string;
  name: string;
  force: Meeting['groups'][number]['force'];
  participants: number;
}

/** Participants per group: the live count when the stream gave one, else the meeting's own. */
export function groupCounts(
  groups: Meeting['groups'],
  live: ReadonlyMap<string, number>,
): { groups: GroupCount[]; total: number } {
  const counted = groups.map((group) => ({
    id: group.id,
    name: group.name,
    force: group.force,
    participants: live.get(group.id) ?? group.participants,
  }));
  return { groups: counted, total: counted.reduce((sum, group) => sum + group.participants, 0) };
}

/** The map's name size in CSS pixels for a window this wide: about 1/80 of it, 16 to 28. */
export function projectionLabelSize(windowWidth: number): number {
  return Math.min(28, Math.max(16, Math.round(windowWidth / 80)));
}

/** The join code in two halves of three ("ABC 234"), easier to read from afar; typed either way. */
export function codeHalves(code: string): [string, string] {
  const middle = Math.ceil(code.length / 2);
  return [code.slice(0, middle), code.slice(middle)];
}
