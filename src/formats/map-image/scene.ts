/**
 * A map image as plain data: what to draw and where, in image pixels, with nothing left to compute but the
 * drawing. Two builders make one — the server from a saved werkruimte (from-workspace.ts) and the web app
 * from what sigma shows right now — and one writer turns it into SVG (svg.ts), which the server and the
 * browser rasterise to PNG. Keeping the scene free of layout and camera logic is what lets both images look
 * the same. The helpers here (header band, legend box, text width) are shared so a builder can keep nodes
 * out of the places the writer will use.
 */

export interface SceneNode {
  /** Centre, in image pixels. */
  x: number;
  y: number;
  radius: number;
  color: string;
  /** Drawn beside the node with a white halo; nodes without one stay unnamed. */
  label?: string | undefined;
  /** The name goes to the left of the node (to the right there was no room: see `separateLabels`). */
  labelLeft?: boolean | undefined;
  /** Outside the current filters: drawn first (underneath), never labelled. */
  faded?: boolean | undefined;
}

export interface SceneEdge {
  x1: number;
  y1: number;
  /** Where the line ends: for an arrow, the tip (builders stop it at the target's rim, see `edgeBetween`). */
  x2: number;
  y2: number;
  color: string;
  width: number;
  arrow: boolean;
  /** Drawn first and half transparent. */
  faded?: boolean | undefined;
  /** Drawn dashed: a tie only one side named in an uitvraag, as the web map draws it. */
  dashed?: boolean | undefined;
}

/** A word on the map itself, not tied to a node: the name of a five-forces sector. */
export interface SceneCaption {
  x: number;
  /** The text's baseline. */
  y: number;
  text: string;
  /** Which end of the text sits at x (SVG's text-anchor). */
  anchor: 'start' | 'middle' | 'end';
}

export interface LegendItem {
  /** The swatch; an item without one is a plain line of text (e.g. "and 12 more clusters"). */
  color?: string | undefined;
  label: string;
}

export type LegendCorner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

export interface SceneLegend {
  title: string;
  items: readonly LegendItem[];
  /** Where the box goes; `auto` (the default) takes the corner that covers the fewest nodes. */
  corner?: LegendCorner | 'auto' | undefined;
}

export interface MapScene {
  width: number;
  height: number;
  background: string;
  /** The werkruimte's name, in a band across the top (see `headerHeight`). */
  title?: string | undefined;
  /** A second line under the title: the date, what the image shows. */
  subtitle?: string | undefined;
  /** Factor on every text size (labels, legend, title), for large images; 1 by default. */
  textScale?: number | undefined;
  nodes: readonly SceneNode[];
  edges: readonly SceneEdge[];
  /** Drawn over the map, under the legend (sector names). */
  captions?: readonly SceneCaption[] | undefined;
  legend?: SceneLegend | undefined;
}

/** Largest width or height of a map image, in pixels: a bigger PNG costs memory and time for no gain. */
export const MAX_IMAGE_SIZE = 4000;
/** Smallest sensible image side. */
export const MIN_IMAGE_SIZE = 200;

/** Every text is drawn in this stack: Noto Sans (the app's font, and the one the server ships to resvg). */
export const FONT_FAMILY = "'Noto Sans', 'Noto Sans Variable', 'DejaVu Sans', Arial, Helvetica, sans-serif";

/** Text sizes in pixels at textScale 1. */
export const TEXT = {
  title: 18,
  subtitle: 12,
  legendTitle: 13,
  legendItem: 12,
  label: 12,
  caption: 13,
} as const;

/** Space kept free around the legend box and the header's text. */
export const MARGIN = 12;

/** Height of the band across the top that holds title and subtitle (0 without either). */
export function headerHeight(scene: Pick<MapScene, 'title' | 'subtitle' | 'textScale'>): number {
  const scale = scene.textScale ?? 1;
  if (!scene.title && !scene.subtitle) return 0;
  const title = scene.title ? TEXT.title * 1.3 : 0;
  const subtitle = scene.subtitle ? TEXT.subtitle * 1.5 : 0;
  return Math.ceil(2 * MARGIN + (title + subtitle) * scale);
}

/**
 * A rough width of a text in Noto Sans (mean advance ≈ 0.56 em for mixed Dutch text): enough to size boxes,
 * which a pure module cannot measure. It errs wide, so a box holds its text.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text)
    ems += /[A-Z]|[mwMW@%]/.test(char) ? 0.72 : /[iljtf.,:;'|! ]/.test(char) ? 0.3 : 0.56;
  return ems * fontSize;
}

/** Names longer than this are cut with an ellipsis: the map is no place for paragraphs. */
const LABEL_MAX_CHARS = 40;

/** A speler's name as the map shows it: cut with an ellipsis after LABEL_MAX_CHARS characters. */
export function shorten(label: string): string {
  const chars = [...label];
  return chars.length <= LABEL_MAX_CHARS ? label : `${chars.slice(0, LABEL_MAX_CHARS - 1).join('')}…`;
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Where a caption's text lies (bold, letter-spaced, as the writers draw it), to keep names off it. */
export function captionBox(caption: SceneCaption, textScale = 1): Box {
  const size = TEXT.caption * textScale;
  const width = textWidth(caption.text, size) * 1.08 + 0.06 * size * [...caption.text].length;
  const left =
    caption.anchor === 'middle'
      ? caption.x - width / 2
      : caption.anchor === 'end'
        ? caption.x - width
        : caption.x;
  return { left, right: left + width, top: caption.y - size, bottom: caption.y + size * 0.3 };
}

/** Where a node's name lies as the writers draw it: to the right of the node, or to the left. */
export function labelBox(node: SceneNode & { label: string }, textScale = 1): Box {
  const size = TEXT.label * textScale;
  const width = textWidth(shorten(node.label), size);
  const gap = node.radius + 3 * textScale;
  const left = node.labelLeft ? node.x - gap - width : node.x + gap;
  return { left, right: left + width, top: node.y - size * 0.75, bottom: node.y + size * 0.45 };
}

/**
 * The nodes with their names placed where they can be read: to the right of the node, else to the left,
 * else left out — never over an earlier node's name, off the image or under a box to keep clear (the
 * legend): an unreadable pile of names helps nobody on paper. Greedy in the order given (most important
 * first), as sigma's label grid keeps the most important labels.
 */
export function separateLabels<T extends SceneNode>(
  nodes: readonly T[],
  frame: { width: number; textScale: number; keepClear?: readonly Box[] },
): T[] {
  const kept: Box[] = [];
  return nodes.map((node) => {
    const { label } = node;
    if (!label || node.faded) return node;
    const right = labelBox({ ...node, label, labelLeft: false }, frame.textScale);
    const left = labelBox({ ...node, label, labelLeft: true }, frame.textScale);
    const free = (box: Box) =>
      box.left >= 2 &&
      box.right <= frame.width - 2 &&
      !(frame.keepClear ?? []).some((other) => overlaps(box, other)) &&
      !kept.some((other) => overlaps(box, other));
    if (free(right)) {
      kept.push(right);
      return node.labelLeft ? { ...node, labelLeft: undefined } : node;
    }
    if (free(left)) {
      kept.push(left);
      return { ...node, labelLeft: true };
    }
    return { ...node, label: undefined };
  });
}

export interface LegendBox {
  width: number;
  height: number;
  /** Vertical distance between item rows. */
  row: number;
  padding: number;
}

/** The size of the legend box as svg.ts draws it. */
export function legendBox(legend: SceneLegend, textScale = 1): LegendBox {
  const padding = 10 * textScale;
  const row = TEXT.legendItem * 1.6 * textScale;
  const swatch = TEXT.legendItem * textScale * 1.3;
  const widest = Math.max(
    textWidth(legend.title, TEXT.legendTitle * textScale),
    ...legend.items.map((item) => swatch + textWidth(item.label, TEXT.legendItem * textScale)),
  );
  const height = 2 * padding + TEXT.legendTitle * 1.4 * textScale + legend.items.length * row;
  return { width: Math.ceil(widest + 2 * padding), height: Math.ceil(height), row, padding };
}

/** The top-left point of the legend box in a corner, below the header. */
export function legendOrigin(
  scene: Pick<MapScene, 'width' | 'height' | 'title' | 'subtitle' | 'textScale'>,
  box: Pick<LegendBox, 'width' | 'height'>,
  corner: LegendCorner,
): { x: number; y: number } {
  const top = headerHeight(scene) + MARGIN;
  const x = corner.endsWith('left') ? MARGIN : scene.width - MARGIN - box.width;
  const y = corner.startsWith('top') ? top : scene.height - MARGIN - box.height;
  return { x, y: Math.max(top, y) };
}

/**
 * A relatie from one node to another: an arrow stops at the target's rim, so its head stays visible; a plain
 * line runs centre to centre, as sigma draws it.
 */
export function edgeBetween(
  source: { x: number; y: number },
  target: { x: number; y: number; radius: number },
  style: {
    color: string;
    width: number;
    arrow: boolean;
    faded?: boolean | undefined;
    dashed?: boolean | undefined;
  },
): SceneEdge {
  let { x, y } = target;
  if (style.arrow) {
    const length = Math.hypot(target.x - source.x, target.y - source.y);
    if (length > target.radius) {
      const keep = (length - target.radius) / length;
      x = source.x + (target.x - source.x) * keep;
      y = source.y + (target.y - source.y) * keep;
    }
  }
  return { x1: source.x, y1: source.y, x2: x, y2: y, ...style };
}
