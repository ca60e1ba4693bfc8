/**
 * Derives the graphology graph the map draws from the server's graph response. The map graph is never
 * edited by hand: a change to the data rebuilds it, so the map cannot drift from the register.
 */
import Graph from 'graphology';
import { fiveForcesLayout } from '../../analysis/index.ts';
import type { WorkspaceGraph } from '../../domain/index.ts';
import type { MapLayout } from '../state/map-layout.ts';
import { edgeStyle, FORCE_COLORS } from './map-style.ts';
import { edgeTypeOf } from './survey-ties.ts';

/** Maps with more relaties than this draw them as plain lines. */
export const ARROWS_UP_TO = 20_000;

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  force: string;
  highlighted?: boolean;
}

/**
 * @param saved positions from a saved or tried layout; spelers without one get their five-forces place.
 * @param layout the layout these positions belong to, kept as the graph's `layout` attribute (the map
 *   names the sectors of a five-forces map); without it, a map without any saved position is five-forces.
 */
export function buildMapGraph(
  data: WorkspaceGraph,
  saved: Record<string, { x: number; y: number }> = {},
  layout?: MapLayout,
): Graph<NodeAttributes> {
  const graph = new Graph<NodeAttributes>({ multi: true, type: 'mixed' });
  const anySaved = data.actors.some((actor) => saved[actor.id]);
  graph.setAttribute('layout', layout ?? (anySaved ? 'force' : 'vijf_krachten'));
  const positions = fiveForcesLayout(data.actors);
  const degree = new Map<string, number>();
  for (const relation of data.relations) {
    degree.set(relation.source, (degree.get(relation.source) ?? 0) + 1);
    degree.set(relation.target, (degree.get(relation.target) ?? 0) + 1);
  }
  for (const actor of data.actors) {
    const position = saved[actor.id] ?? positions.get(actor.id) ?? { x: 0, y: 0 };
    graph.addNode(actor.id, {
      ...position,
      // Area grows with the number of relaties; the square root keeps hubs from swallowing the map.
      size: 4 + 2.2 * Math.sqrt(degree.get(actor.id) ?? 0),
      color: FORCE_COLORS[actor.force],
      label: actor.name,
      force: actor.force,
    });
  }
  // Arrow heads cost a second drawing pass per relatie; on very large maps plain lines keep it usable.
  const arrows = data.relations.length <= ARROWS_UP_TO;
  for (const relation of data.relations) {
    if (!graph.hasNode(relation.source) || !graph.hasNode(relation.target)) continue;
    const style = edgeStyle(relation.type, relation.strength);
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, {
      ...style,
      // A tie only one side named in an uitvraag is dashed (survey-ties.ts).
      type: edgeTypeOf(arrows ? style.type : 'line', relation),
      relationType: relation.type,
    });
  }
  return graph;
}
