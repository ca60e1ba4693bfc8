/**
 * The five krachten's names at their sectors on the five-forces map. Where they go comes from the layout
 * itself (`fiveForcesSectorAnchors` in src/analysis, shared with the server's map image); here they are
 * turned into boxes in viewport pixels for the current camera, each just outside its sector's outermost
 * speler and kept inside the canvas. MapView writes them into an HTML overlay after every render and keeps
 * speler names clear of them (labels.ts).
 */
import type Graph from 'graphology';
import type Sigma from 'sigma';
import { fiveForcesSectorAnchors, type SectorAnchor } from '../../analysis/index.ts';
import type { Force } from '../../domain/index.ts';
import type { MapLayout } from '../state/map-layout.ts';
import type { NodeAttributes } from './build-map-graph.ts';
import type { Reserved } from './labels.ts';

/** Space between the outermost speler and its sector's name, and between a name and the canvas edge. */
const OFFSET = 14;
const EDGE = 4;

export interface SectorBox extends Reserved {
  force: Force;
}

/** The layout a map graph was built with (build-map-graph.ts sets it). */
export function layoutOf(graph: Graph<NodeAttributes>): MapLayout | undefined {
  return graph.getAttribute('layout') as MapLayout | undefined;
}

/** The anchors of the names, or none when the map is not laid out in five sectors. */
export function sectorAnchorsOf(graph: Graph<NodeAttributes>): SectorAnchor[] {
  if (layoutOf(graph) !== 'vijf_krachten' || graph.order === 0) return [];
  const placed: { force: Force; x: number; y: number }[] = [];
  graph.forEachNode((_id, node) => {
    placed.push({ force: node.force as Force, x: node.x, y: node.y });
  });
  return fiveForcesSectorAnchors(placed);
}

/**
 * The boxes of the names for sigma's current camera. The outward direction is measured on screen (from the
 * layout's centre to the anchor), so it holds whatever way sigma turns the y axis. O(5).
 */
export function sectorBoxes(
  sigma: Sigma<NodeAttributes>,
  anchors: readonly SectorAnchor[],
  sizes: ReadonlyMap<Force, { width: number; height: number }>,
): SectorBox[] {
  if (anchors.length === 0) return [];
  const { width, height } = sigma.getDimensions();
  const centre = sigma.graphToViewport({ x: 0, y: 0 });
  return anchors.flatMap((anchor) => {
    const size = sizes.get(anchor.force);
    if (!size) return [];
    const point = sigma.graphToViewport(anchor);
    let dx = point.x - centre.x;
    let dy = point.y - centre.y;
    const length = Math.hypot(dx, dy) || 1;
    dx /= length;
    dy /= length;
    // Push the box out until its nearest side is OFFSET away from the anchor.
    const reach = OFFSET + Math.abs(dx) * (size.width / 2) + Math.abs(dy) * (size.height / 2);
    const cx = clamp(point.x + dx * reach, size.width / 2 + EDGE, width - size.width / 2 - EDGE);
    const cy = clamp(point.y + dy * reach, size.height / 2 + EDGE, height - size.height / 2 - EDGE);
    return [{ force: anchor.force, x: cx - size.width / 2, y: cy - size.height / 2, ...size }];
  });
}

function clamp(value: number, min: number, max: number): number {
  return max < min ? (min + max) / 2 : Math.min(max, Math.max(min, value));
}
