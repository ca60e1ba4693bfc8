/**
 * A map that shows what changed between two moments (issue: time and comparison): the later moment's map
 * with what the earlier one had and the later lacks put back, every speler and relatie marked new, gone or
 * changed from the server's diff of the two (GET /workspaces/{id}/diff), and coloured so the changes stand
 * out against everything that stayed the same. Colours from the Okabe–Ito palette (readable with every
 * common colour-vision deficiency); gone relaties are also dashed, so colour is never the only sign.
 */
import type Graph from 'graphology';
import type { BackupDiff, WorkspaceGraph } from '../../domain/index.ts';
import type { NodeAttributes } from './build-map-graph.ts';
import { DASHED_ARROW, DASHED_LINE } from './survey-ties.ts';

export type ChangeMark = 'new' | 'gone' | 'changed';

export interface MomentChanges {
  actors: ReadonlyMap<string, ChangeMark>;
  relations: ReadonlyMap<string, ChangeMark>;
}

export const CHANGE_COLORS: Readonly<Record<ChangeMark | 'same', string>> = {
  new: '#009e73',
  changed: '#e69f00',
  gone: '#6b7280',
  same: '#c5ccd4',
};

/** The marks the diff of two moments gives its spelers and relaties. */
export function changeMarksOf(changes: Pick<BackupDiff, 'actors' | 'relations'>): MomentChanges {
  const marks = (kind: 'actors' | 'relations') => {
    const marked = new Map<string, ChangeMark>();
    for (const record of changes[kind].added) marked.set(record.id, 'new');
    for (const record of changes[kind].removed) marked.set(record.id, 'gone');
    for (const record of changes[kind].changed) marked.set(record.id, 'changed');
    return marked;
  };
  return { actors: marks('actors'), relations: marks('relations') };
}

/**
 * The later map with the spelers and relaties marked gone taken from the earlier one, so the map shows both
 * what came and what went. A gone relatie whose speler is gone too comes back with it.
 */
export function mapWithGone<M extends WorkspaceGraph>(
  later: M,
  earlier: WorkspaceGraph,
  marks: MomentChanges,
): M {
  const gone = (id: string) => marks.actors.get(id) === 'gone' || marks.relations.get(id) === 'gone';
  const actorIds = new Set(later.actors.map((actor) => actor.id));
  const relationIds = new Set(later.relations.map((relation) => relation.id));
  return {
    ...later,
    actors: [...later.actors, ...earlier.actors.filter((actor) => gone(actor.id) && !actorIds.has(actor.id))],
    relations: [
      ...later.relations,
      ...earlier.relations.filter((relation) => gone(relation.id) && !relationIds.has(relation.id)),
    ],
  };
}

/** Each speler's colour on the change map: its mark's, or the colour of what stayed the same. */
export function changeColors(actorIds: Iterable<string>, marks: MomentChanges): Map<string, string> {
  const colors = new Map<string, string>();
  for (const id of actorIds) colors.set(id, CHANGE_COLORS[marks.actors.get(id) ?? 'same']);
  return colors;
}

/**
 * Recolours the relaties of a built map graph by their marks; gone ones are dashed as well. The map graph is
 * rebuilt from data on every change (build-map-graph.ts), so marking it in place cannot go stale.
 */
export function markRelations(graph: Graph<NodeAttributes>, marks: MomentChanges): void {
  graph.forEachEdge((edge, attributes) => {
    const mark = marks.relations.get(edge);
    const color = CHANGE_COLORS[mark ?? 'same'];
    const arrow = attributes.type === 'arrow' || attributes.type === DASHED_ARROW;
    const type = mark === 'gone' ? (arrow ? DASHED_ARROW : DASHED_LINE) : attributes.type;
    graph.mergeEdgeAttributes(edge, { color, type });
  });
}

/** How many of each mark, for the legend and the sentence under the map. */
export function countMarks(marks: MomentChanges): Record<ChangeMark, { actors: number; relations: number }> {
  const counts = {
    new: { actors: 0, relations: 0 },
    gone: { actors: 0, relations: 0 },
    changed: { actors: 0, relations: 0 },
  };
  for (const mark of marks.actors.values()) counts[mark].actors += 1;
  for (const mark of marks.relations.values()) counts[mark].relations += 1;
  return counts;
}
