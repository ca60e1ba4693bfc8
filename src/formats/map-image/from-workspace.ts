/**
 * The map image of a saved werkruimte (the server's `export?format=png|svg`): the whole map, fitted into
 * the image, as the web map draws it without a camera — kracht colours, relation styles from
 * src/domain/map-style.ts, node area growing with the number of relaties. Positions: the saved network
 * layout (`force`) if there is one, else saved `vijf_krachten` positions, else the five-forces layout
 * computed here (src/analysis, the same code the web map uses); spelers missing from a saved layout get
 * their five-forces place, as on the web map. The y axis points up, as in sigma.
 *
 * Names: all of them up to LABEL_ALL_UP_TO spelers; above that only the LABEL_LARGEST best-connected ones,
 * since thousands of names on one image are unreadable and hide the map. The legend gets a column of its
 * own at the right, so it never covers a speler. Deterministic: the same backup gives the same scene.
 * O(n + m), plus the five-forces sort when positions are missing.
 */
import { fiveForcesLayout, fiveForcesSectorAnchors } from '../../analysis/index.ts';
import { edgeStyle, FORCE_COLORS, FORCES, type Force, type Layout } from '../../domain/index.ts';
import type { Backup } from '../json-backup/schema.ts';
import {
  captionBox,
  edgeBetween,
  headerHeight,
  legendBox,
  legendOrigin,
  MARGIN,
  MAX_IMAGE_SIZE,
  type MapScene,
  MIN_IMAGE_SIZE,
  type SceneCaption,
  type SceneEdge,
  type SceneLegend,
  type SceneNode,
  separateLabels,
  TEXT,
  textWidth,
} from './scene.ts';

/** Up to this many spelers every name is drawn. */
export const LABEL_ALL_UP_TO = 150;
/** On bigger maps only this many names: the spelers with the most relaties. */
export const LABEL_LARGEST = 30;
/** Above this many relaties they are plain lines (as on the web map): arrow heads would be a blur. */
export const ARROWS_UP_TO = 20_000;

export interface WorkspaceSceneOptions {
  /** Which saved positions to use; without it `force`, then `vijf_krachten`, then computed five forces. */
  layout?: Layout | undefined;
  /** The words of the legend, in the image's language. */
  labels: { legendTitle: string; forces: Record<Force, string> };
  /** Image size in pixels, each side clamped to MIN_IMAGE_SIZE…MAX_IMAGE_SIZE. */
  width: number;
  height: number;
  /** Defaults to the werkruimte's name. */
  title?: string | undefined;
  subtitle?: string | undefined;
  /** Name only this many spelers, those with the most relaties (a printed page has less room). */
  labelled?: number | undefined;
  /**
   * Leave out names that would cover a better-connected one, run off the image or under the legend (a
   * printed page). Without it every chosen name is drawn, as an export that lists who is on the map.
   */
  separateLabels?: boolean | undefined;
  /** Spelers coloured by something else than their kracht (a report's clusters), with its own legend. */
  colors?: { of(actorId: string): string | undefined; legend: SceneLegend } | undefined;
}

export function sceneFromWorkspace(backup: Backup, options: WorkspaceSceneOptions): MapScene {
  const width = clampSize(options.width);
  const height = clampSize(options.height);
  const textScale = Math.min(3, Math.max(1, Math.min(width, height) / 1000));
  const legend: SceneLegend = options.colors?.legend ?? {
    title: options.labels.legendTitle,
    items: FORCES.map((force) => ({ color: FORCE_COLORS[force], label: options.labels.forces[force] })),
    corner: 'top-right',
  };
  const frame = {
    width,
    height,
    background: '#ffffff',
    title: options.title ?? backup.workspace.name,
    subtitle: options.subtitle,
    textScale,
  };

  const { positions, fiveForces } = positionsOf(backup, options.layout);
  const degree = new Map<string, number>();
  for (const relation of backup.relations) {
    degree.set(relation.sourceId, (degree.get(relation.sourceId) ?? 0) + 1);
    degree.set(relation.targetId, (degree.get(relation.targetId) ?? 0) + 1);
  }

  // The map area: below the header, left of the legend's column, with room for the biggest node.
  const box = legendBox(legend, textScale);
  const top = headerHeight(frame) + MARGIN;
  const area = { left: MARGIN, top, right: width - 2 * MARGIN - box.width, bottom: height - MARGIN };
  const count = Math.max(1, backup.actors.length);
  // Node size as on the web map (4 + 2.2·√relaties), shrunk on crowded maps and grown on large images.
  const crowding = Math.min(1, Math.max(0.3, Math.sqrt((width * height) / count) / 60));
  const sizeScale = crowding * textScale;
  const radiusOf = (id: string) => (4 + 2.2 * Math.sqrt(degree.get(id) ?? 0)) * sizeScale;
  const maxRadius = Math.max(0, ...backup.actors.map((actor) => radiusOf(actor.id)));
  // A five-forces map names its sectors outside the outermost spelers: room for a line of text around it.
  const captionRoom = fiveForces ? CAPTION_GAP * textScale + TEXT.caption * 1.3 * textScale : 0;
  const margin = maxRadius + captionRoom;
  const place = fitter(
    backup.actors.map((actor) => positions.get(actor.id) ?? { x: 0, y: 0 }),
    {
      left: area.left + margin,
      top: area.top + margin,
      right: Math.max(area.left + margin + 1, area.right - margin),
      bottom: Math.max(area.top + margin + 1, area.bottom - margin),
    },
  );

  const labelled = labelledIds(backup, degree, options.labelled, options.labelled);
  const placed = new Map<string, SceneNode>();
  for (const actor of backup.actors) {
    const point = place(positions.get(actor.id) ?? { x: 0, y: 0 });
    placed.set(actor.id, {
      ...point,
      radius: radiusOf(actor.id),
      color: options.colors?.of(actor.id) ?? FORCE_COLORS[actor.force],
      label: labelled.has(actor.id) ? actor.name : undefined,
    });
  }

  const captions = fiveForces
    ? sectorCaptions(backup, positions, place, options.labels.forces, textScale, area)
    : [];
  if (options.separateLabels) {
    const corner = legend.corner ?? 'auto';
    // An automatic corner is chosen by the writer after the names are known: only a fixed one is kept clear.
    const origin = corner === 'auto' ? null : legendOrigin(frame, box, corner);
    const ranked = [...labelled].flatMap((id) => {
      const node = placed.get(id);
      return node ? [{ ...node, id }] : [];
    });
    const keepClear = [
      ...captions.map((caption) => captionBox(caption, textScale)),
      ...(origin
        ? [{ left: origin.x, right: origin.x + box.width, top: origin.y, bottom: origin.y + box.height }]
        : []),
    ];
    for (const { id, ...node } of separateLabels(ranked, { width, textScale, keepClear }))
      placed.set(id, node);
  }

  const arrows = backup.relations.length <= ARROWS_UP_TO;
  const plain: SceneEdge[] = [];
  const marked: SceneEdge[] = [];
  for (const relation of backup.relations) {
    const source = placed.get(relation.sourceId);
    const target = placed.get(relation.targetId);
    if (!source || !target) continue;
    const style = edgeStyle(relation.type, relation.strength);
    const edge = edgeBetween(source, target, {
      color: style.color,
      width: style.size * sizeScale,
      arrow: arrows && style.type === 'arrow',
    });
    // Financing and tension stand out: drawn over the grey collaboration lines.
    (relation.type === 'financiert' || relation.type === 'spanning' ? marked : plain).push(edge);
  }

  // Small nodes first, so hubs and their names sit on top.
  const nodes = [...placed.values()].sort((a, b) => a.radius - b.radius);
  return { ...frame, nodes, edges: [...plain, ...marked], captions, legend };
}

/** Space between a sector's outermost speler and its name, in pixels at textScale 1. */
const CAPTION_GAP = 10;

/**
 * The krachten's names at their sectors (the same anchors as the web map, src/analysis), pushed outward
 * from the map's centre and written away from it: to the right on the right, centred at top and bottom.
 */
function sectorCaptions(
  backup: Backup,
  positions: ReadonlyMap<string, Point>,
  place: (point: Point) => Point,
  words: Record<Force, string>,
  textScale: number,
  area: { left: number; top: number; right: number; bottom: number },
): SceneCaption[] {
  const placed = backup.actors.flatMap((actor) => {
    const point = positions.get(actor.id);
    return point ? [{ force: actor.force, ...point }] : [];
  });
  const centre = place({ x: 0, y: 0 });
  const size = TEXT.caption * textScale;
  return fiveForcesSectorAnchors(placed).map((anchor) => {
    const point = place(anchor);
    const length = Math.hypot(point.x - centre.x, point.y - centre.y) || 1;
    const dx = (point.x - centre.x) / length;
    const dy = (point.y - centre.y) / length;
    const gap = CAPTION_GAP * textScale;
    const anchorSide = dx > 0.35 ? 'start' : dx < -0.35 ? 'end' : 'middle';
    // The baseline: below the anchor when the name points down, above it when up.
    const y = point.y + dy * gap + (dy > 0.35 ? size : dy < -0.35 ? 0 : size / 3);
    const text = words[anchor.force].toUpperCase();
    // Kept inside the map area (an anchor at a sector's middle angle may lie beyond its spelers' box).
    const width = textWidth(text, size) * 1.1;
    const [minX, maxX] =
      anchorSide === 'start'
        ? [area.left, area.right - width]
        : anchorSide === 'end'
          ? [area.left + width, area.right]
          : [area.left + width / 2, area.right - width / 2];
    return {
      x: Math.min(Math.max(point.x + dx * gap, minX), Math.max(minX, maxX)),
      y: Math.min(Math.max(y, area.top + size), area.bottom),
      text,
      anchor: anchorSide,
    };
  });
}

function clampSize(value: number): number {
  if (!Number.isFinite(value)) return MIN_IMAGE_SIZE;
  return Math.round(Math.min(MAX_IMAGE_SIZE, Math.max(MIN_IMAGE_SIZE, value)));
}

type Point = { x: number; y: number };

/** The positions to draw, and whether they are the five-forces layout (whose sectors get names). */
function positionsOf(
  backup: Backup,
  layout: Layout | undefined,
): { positions: Map<string, Point>; fiveForces: boolean } {
  const chosen = layout ? [layout] : (['force', 'vijf_krachten'] as const);
  for (const name of chosen) {
    const saved = backup.layouts[name];
    if (!saved || Object.keys(saved).length === 0) continue;
    const positions = new Map<string, Point>();
    const missing = backup.actors.filter((actor) => !saved[actor.id]);
    const computed = missing.length > 0 ? fiveForcesLayout(backup.actors) : new Map<string, Point>();
    for (const actor of backup.actors) {
      const point = saved[actor.id] ?? computed.get(actor.id);
      if (point) positions.set(actor.id, point);
    }
    return { positions, fiveForces: name === 'vijf_krachten' };
  }
  return { positions: fiveForcesLayout(backup.actors), fiveForces: true };
}

/** Maps layout coordinates into the box, keeping the aspect ratio, centred, y pointing up. */
function fitter(
  points: readonly Point[],
  box: { left: number; top: number; right: number; bottom: number },
): (point: Point) => Point {
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const centreX = (box.left + box.right) / 2;
  const centreY = (box.top + box.bottom) / 2;
  if (!Number.isFinite(minX)) return () => ({ x: centreX, y: centreY });
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const scale = Math.min(
    spanX > 0 ? (box.right - box.left) / spanX : Number.POSITIVE_INFINITY,
    spanY > 0 ? (box.bottom - box.top) / spanY : Number.POSITIVE_INFINITY,
  );
  const factor = Number.isFinite(scale) ? scale : 0;
  const midX = (minX + maxX) / 2;
  const midY = (minY + maxY) / 2;
  return ({ x, y }) => ({ x: centreX + (x - midX) * factor, y: centreY - (y - midY) * factor });
}

/** Every speler on small maps; else the best-connected ones (ties by name, then id, for a stable choice). */
function labelledIds(
  backup: Backup,
  degree: ReadonlyMap<string, number>,
  largest = LABEL_LARGEST,
  allUpTo = LABEL_ALL_UP_TO,
): Set<string> {
  // Best-connected first: when names collide, the first one keeps its name (see `dropCollidingLabels`).
  const ranked = [...backup.actors].sort(
    (a, b) =>
      (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      (a.id < b.id ? -1 : 1),
  );
  return new Set(
    (backup.actors.length <= allUpTo ? ranked : ranked.slice(0, largest)).map((actor) => actor.id),
  );
}
