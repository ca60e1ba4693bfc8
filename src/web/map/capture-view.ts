/**
 * The map as the user sees it right now, as a map-image scene (src/formats/map-image): sigma's current
 * camera, the spelers and relaties inside the viewport, with the colours, sizes and names sigma displays
 * after the reducers (filters, hover, selection, cluster colours, spotlight). Nothing is laid out again:
 * positions come from `framedGraphToViewport`, sizes from `scaleSize`, names from the labels sigma drew.
 * The title band goes above the view, so the map itself keeps its size. O(n + m) over the whole graph.
 */
import type Sigma from 'sigma';
import {
  edgeBetween,
  headerHeight,
  type LegendItem,
  type MapScene,
  type SceneEdge,
  type SceneNode,
} from '../../formats/map-image/index.ts';
import type { NodeAttributes } from './build-map-graph.ts';

export interface CaptureOptions {
  title: string;
  subtitle?: string | undefined;
  legend: { title: string; items: readonly LegendItem[] };
  /** The colours the reducers give spelers that are not in focus (filters, selection, spotlight). */
  fadedColors: ReadonlySet<string>;
}

interface Placed extends SceneNode {
  z: number;
  order: number;
}

export function captureView(sigma: Sigma<NodeAttributes>, options: CaptureOptions): MapScene {
  const { width, height } = sigma.getDimensions();
  const top = headerHeight({ title: options.title, subtitle: options.subtitle });
  const graph = sigma.getGraph();
  const named = sigma.getNodeDisplayedLabels();
  const placed = new Map<string, Placed>();
  let order = 0;
  graph.forEachNode((id) => {
    const display = sigma.getNodeDisplayData(id);
    if (!display || display.hidden) return;
    const point = sigma.framedGraphToViewport(display);
    const faded = options.fadedColors.has(display.color);
    const named_ = !faded && display.label && (named.has(id) || display.forceLabel || display.highlighted);
    placed.set(id, {
      x: point.x,
      y: point.y + top,
      radius: sigma.scaleSize(display.size),
      color: display.color,
      label: named_ ? (display.label ?? undefined) : undefined,
      faded,
      z: display.zIndex,
      order: order++,
    });
  });

  const inView = (node: SceneNode) =>
    node.x + node.radius >= 0 &&
    node.x - node.radius <= width &&
    node.y + node.radius >= top &&
    node.y - node.radius <= top + height;

  const edges: SceneEdge[] = [];
  graph.forEachEdge((id, _attributes, source, target) => {
    const display = sigma.getEdgeDisplayData(id);
    const from = placed.get(source);
    const to = placed.get(target);
    if (!display || display.hidden || !from || !to) return;
    // A line crosses the view only if its bounding box does (a cheap test that keeps a few extra lines).
    if (
      Math.max(from.x, to.x) < 0 ||
      Math.min(from.x, to.x) > width ||
      Math.max(from.y, to.y) < top ||
      Math.min(from.y, to.y) > top + height
    )
      return;
    edges.push(
      edgeBetween(from, to, {
        color: display.color,
        width: Math.max(1, sigma.scaleSize(display.size)),
        arrow: display.type === 'arrow',
      }),
    );
  });

  const nodes = [...placed.values()]
    .filter(inView)
    .sort((a, b) => a.z - b.z || a.order - b.order)
    .map(({ z: _z, order: _order, ...node }) => node);
  return {
    width,
    height: height + top,
    background: '#ffffff',
    title: options.title,
    subtitle: options.subtitle,
    nodes,
    edges,
    legend: { ...options.legend, corner: 'auto' },
  };
}
