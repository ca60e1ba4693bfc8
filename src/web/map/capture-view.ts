/**
 * The map as the user sees it right now, as a map-image scene (src/formats/map-image): sigma's current
 * camera, the spelers and relaties inside the viewport, with the colours, sizes and names sigma displays
 * after the reducers (filters, hover, selection, cluster colours, spotlight). Nothing is laid out again:
 * positions come from `framedGraphToViewport`, sizes from `scaleSize`, names from the labels sigma drew.
 * The title band goes above the view, so the map itself keeps its size. O(n + m) over the whole graph.
 * The beweging arrows of a vraagstuk (movement-marks.ts) become ↓ and ↑ beside their spelers; one-sided
 * ties of an uitvraag stay dashed (survey-ties.ts).
 */
import type Sigma from 'sigma';
import type { Movement } from '../../domain/index.ts';
import {
  edgeBetween,
  headerHeight,
  type LegendItem,
  type MapScene,
  type SceneEdge,
  type SceneNode,
} from '../../formats/map-image/index.ts';
import type { NodeAttributes } from './build-map-graph.ts';
import type { Reserved } from './labels.ts';
import { markCaption } from './movement-marks.ts';
import { BORDERED } from './stance.ts';
import { edgeLook } from './survey-ties.ts';

/** A beweging arrow as drawn on the map: its speler, its direction and its box in viewport pixels. */
export interface MovementMark {
  id: string;
  movement: Movement;
  box: Reserved;
}

export interface CaptureOptions {
  title: string;
  subtitle?: string | undefined;
  legend: { title: string; items: readonly LegendItem[] };
  /** The colours the reducers give spelers that are not in focus (filters, selection, spotlight). */
  fadedColors: ReadonlySet<string>;
  /** The beweging arrows the map drew in its last frame. */
  marks?: readonly MovementMark[] | undefined;
}

interface Placed extends SceneNode {
  z: number;
  order: number;
  /** A speler drawn with a ring (node-border-program.ts): the disc inside it, drawn over the ring. */
  inner?: SceneNode;
}

/** The ring's width as the map draws it (node-border-program.ts), for a node of this radius. */
export function ringWidth(radius: number): number {
  return Math.min(radius / 2, Math.max(radius / 4, 1.5));
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
    const radius = sigma.scaleSize(display.size);
    const border = (display as { borderColor?: string }).borderColor;
    // A ring in the image: the kracht's disc at full size with the fill's disc over it (the writer's white
    // outline separates them, as the map's white line does).
    const ringed = display.type === BORDERED && border !== undefined && !faded;
    placed.set(id, {
      x: point.x,
      y: point.y + top,
      radius,
      color: ringed ? border : display.color,
      label: named_ ? (display.label ?? undefined) : undefined,
      faded,
      z: display.zIndex,
      order: order++,
      ...(ringed
        ? {
            inner: {
              x: point.x,
              y: point.y + top,
              radius: Math.max(0.5, radius - ringWidth(radius) - 0.5),
              color: display.color,
            },
          }
        : {}),
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
    const look = edgeLook(display.type);
    edges.push(
      edgeBetween(from, to, {
        color: display.color,
        width: Math.max(1, sigma.scaleSize(display.size)),
        arrow: look.arrow,
        ...(look.dashed ? { dashed: true } : {}),
      }),
    );
  });

  const captions = (options.marks ?? [])
    .filter(
      ({ box }) => box.x >= 0 && box.x + box.width <= width && box.y >= 0 && box.y + box.height <= height,
    )
    .map(({ box, movement }) => markCaption(box, movement, top));

  const nodes = [...placed.values()]
    .filter(inView)
    .sort((a, b) => a.z - b.z || a.order - b.order)
    .flatMap(({ z: _z, order: _order, inner, ...node }) => (inner ? [node, inner] : [node]));
  return {
    width,
    height: height + top,
    background: '#ffffff',
    title: options.title,
    subtitle: options.subtitle,
    nodes,
    edges,
    ...(captions.length > 0 ? { captions } : {}),
    legend: { ...options.legend, corner: 'auto' },
  };
}
