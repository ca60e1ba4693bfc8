/**
 * The WebGL map (sigma.js). Draws the derived graph, highlights a hovered speler's neighbours and reports
 * clicks. The canvas is not readable by screen readers; the register below the map carries the same data.
 * What an analysis wants to show (colours by cluster, a pair of spelers to point out) comes in as an
 * `override` applied by the reducers, so the map graph itself is never edited.
 *
 * Names: every speler's name where it fits without overlap, never cut off (labels.ts); on a five-forces
 * map the krachten's names at their sectors, in an overlay that follows the camera (sector-labels.ts).
 *
 * Coloured by a vraagstuk (`stance`, stance.ts): each speler's fill is its standpunt, its kracht the ring
 * (node-border-program.ts), the standpunt's mark follows its name, and the beweging of its position is an
 * arrow beside it (movement-marks.ts), drawn on the names' canvas after each frame. Two maps side by side
 * share one `cameraLink`, so zooming or panning one moves the other. A tie only one side named in an
 * uitvraag is dashed (survey-ties.ts, dashed-edge-program.ts). What a bijeenkomst just added stands out for
 * a few seconds on its projection (`override.emphasis`), larger and named, its relaties in a strong colour.
 */
import type Graph from 'graphology';
import { type Ref, useEffect, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import Sigma from 'sigma';
import type { Force } from '../../domain/index.ts';
import { FORCES } from '../../domain/index.ts';
import type { LegendItem, MapScene } from '../../formats/map-image/index.ts';
import type { MapLayout } from '../state/map-layout.ts';
import type { NodeAttributes } from './build-map-graph.ts';
import type { CameraLink } from './camera-link.ts';
import { type CaptureOptions, captureView, type MovementMark } from './capture-view.ts';
import { ONLY_HERE_COLOR, ONLY_HERE_EXTRA_WIDTH } from './compare-maps.ts';
import { createDashedArrowProgram, DashedLineProgram } from './dashed-edge-program.ts';
import { drawHover, LABEL_SETTINGS, type LabelBox, LabelLayer } from './labels.ts';
import { drawMovementMarks, markBox } from './movement-marks.ts';
import { NodeBorderProgram } from './node-border-program.ts';
import { layoutOf, type SectorBox, sectorAnchorsOf, sectorBoxes } from './sector-labels.ts';
import { BORDERED, type MapStance, NO_POSITION_COLOR, RINGED_SIZE_BOOST } from './stance.ts';
import { DASHED_ARROW, DASHED_LINE } from './survey-ties.ts';

/** A view on the map derived from an analysis; the graph stays as built from the server's data. */
export interface MapOverride {
  /** Colour per speler (e.g. by cluster); spelers not listed keep their kracht colour. */
  colors?: ReadonlyMap<string, string> | undefined;
  /** Spelers to point out: drawn highlighted with their names, all others faded; the camera shows them. */
  spotlight?: readonly string[] | undefined;
  /** What `colors` mean, for the legend of a saved image (the panel that sets them explains them on screen). */
  legend?: { title: string; items: readonly LegendItem[] } | undefined;
  /** Spelers and relaties to make stand out, nothing faded (a bijeenkomst's projection: just accepted). */
  emphasis?: MapEmphasis | undefined;
}

export interface MapEmphasis {
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

/** An emphasised speler is this much larger with a ring, an emphasised relatie wider, in the app's accent colour. */
const EMPHASIS_SIZE_FACTOR = 1.6;
const EMPHASIS_COLOR = '#00529b';
const EMPHASIS_EXTRA_WIDTH = 3;

/** What the page may ask of the map: the current view as a map-image scene (for "save image"). */
export interface MapViewHandle {
  capture(options: Omit<CaptureOptions, 'fadedColors' | 'marks'>): MapScene | null;
  /** What the map shows: its layout, and how many spelers are inside the filters. */
  describe(): { layout: MapLayout | undefined; visible: number; total: number } | null;
}

/** Spelers outside the filters, and spelers out of focus (hover, selection, spotlight). */
export const FILTERED_COLOR = '#e4e7eb';
const DIMMED_COLOR = '#d9dde3';
const FADED_COLORS: ReadonlySet<string> = new Set([FILTERED_COLOR, DIMMED_COLOR]);

const NO_OVERRIDE: MapOverride = {};

interface MapViewProps {
  graph: Graph<NodeAttributes>;
  label: string;
  /** Spelers and relaties outside the current filters: faded, not removed. */
  faded: { actors: Set<string>; relations: Set<string> };
  selectedId: string | null;
  onSelect(actorId: string | null): void;
  override?: MapOverride | undefined;
  handle?: Ref<MapViewHandle> | undefined;
  /** Spelers coloured by their standpunt on a vraagstuk, with beweging arrows (five forces); none: krachten. */
  stance?: MapStance | undefined;
  /** Which map this is for the end-to-end tests: the (first) map, or the one beside it. */
  exposeAs?: 'main' | 'beside' | undefined;
  /** Shared by maps side by side: they show the same part of the map. */
  cameraLink?: CameraLink | undefined;
  /** Relaties this map has and the map beside it lacks: drawn in their own colour (compare-maps.ts). */
  onlyHere?: ReadonlySet<string> | undefined;
  /** The names' size in CSS pixels (default LABEL_SIZE): larger on a big screen. Read when the map is built. */
  labelSize?: number | undefined;
}

const DashedArrowProgram = createDashedArrowProgram<NodeAttributes>();

/** Above this many relaties, edges hide while panning and zooming (software WebGL cannot keep up). */
export const LARGE_MAP_RELATIONS = 20_000;

declare global {
  interface Window {
    /** Exposed for the end-to-end tests, which assert what the map holds. */
    __krachtenveldMap?: {
      sigma: Sigma<NodeAttributes>;
      graph: Graph<NodeAttributes>;
      /** Where the speler names were drawn in the last frame (canvas pixels). */
      labelBoxes(): readonly LabelBox[];
      /** Where beweging arrows were drawn in the last frame (canvas pixels). */
      movementMarks(): readonly MovementMark[];
    };
    /** The second map when two are side by side. */
    __krachtenveldMapBeside?: Window['__krachtenveldMap'];
  }
}

export function MapView({
  graph,
  label,
  faded,
  selectedId,
  onSelect,
  override = NO_OVERRIDE,
  handle,
  stance,
  exposeAs = 'main',
  cameraLink,
  onlyHere,
  labelSize,
}: MapViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const frame = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const sectorsRef = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma<NodeAttributes> | null>(null);
  const state = useRef<{ hovered: string | null; selected: string | null }>({
    hovered: null,
    selected: null,
  });
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  // What sigma last drew with: effects below redraw only when these really change, because every
  // redraw of a 50,000-relatie map costs seconds with software WebGL.
  const fadedRef = useRef(faded);
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;
  const overrideRef = useRef<{
    colors: ReadonlyMap<string, string> | null;
    spotlight: Set<string> | null;
    emphasis: MapEmphasis | null;
  }>({
    colors: override.colors ?? null,
    spotlight: override.spotlight?.length ? new Set(override.spotlight) : null,
    emphasis: override.emphasis ?? null,
  });
  const labelSizeRef = useRef(labelSize);
  labelSizeRef.current = labelSize;
  const stanceRef = useRef(stance ?? null);
  const onlyHereRef = useRef(onlyHere ?? null);
  const exposeRef = useRef(exposeAs);
  exposeRef.current = exposeAs;
  const cameraLinkRef = useRef(cameraLink);
  cameraLinkRef.current = cameraLink;
  // The beweging arrows of the last frame, for the saved image.
  const marksRef = useRef<MovementMark[]>([]);
  // The sector names' sizes in pixels, measured from the overlay (they change with the language only).
  const sectorSizes = useRef<Map<Force, { width: number; height: number }>>(new Map());

  // Measured again when the language changes the names.
  useLayoutEffect(() => {
    sectorsRef.current?.setAttribute('lang', language);
    const sizes = new Map<Force, { width: number; height: number }>();
    for (const element of sectorsRef.current?.querySelectorAll<HTMLElement>('[data-force]') ?? []) {
      sizes.set(element.dataset.force as Force, { width: element.offsetWidth, height: element.offsetHeight });
    }
    sectorSizes.current = sizes;
    sigmaRef.current?.refresh({ skipIndexation: true, schedule: true });
  }, [language]);

  useEffect(() => {
    if (!container.current || !frame.current) return;
    state.current.selected = selectedRef.current;
    const large = graph.size > LARGE_MAP_RELATIONS;
    const labels = new LabelLayer();
    let anchors = sectorAnchorsOf(graph);
    let sectors: SectorBox[] = [];
    const sigma = new Sigma<NodeAttributes>(graph, container.current, {
      ...LABEL_SETTINGS,
      ...(labelSizeRef.current ? { labelSize: labelSizeRef.current } : {}),
      defaultDrawNodeLabel: labels.draw,
      defaultDrawNodeHover: drawHover,
      renderEdgeLabels: false,
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      // Room around the outermost spelers for the sector names (five forces) and for names beside nodes.
      stagePadding: anchors.length > 0 ? 44 : 30,
      defaultEdgeType: 'line',
      nodeProgramClasses: { [BORDERED]: NodeBorderProgram },
      // Ties only one side named in an uitvraag (survey-ties.ts).
      edgeProgramClasses: { [DASHED_LINE]: DashedLineProgram, [DASHED_ARROW]: DashedArrowProgram },
      zIndex: true,
      nodeReducer: (node, data) => {
        if (fadedRef.current.actors.has(node))
          return { ...data, color: FILTERED_COLOR, label: '', zIndex: 0 };
        const { colors, spotlight, emphasis } = overrideRef.current;
        // An analysis' colours (clusters) come first; else a vraagstuk's standpunten, the kracht as the ring.
        const stanceNow = colors?.has(node) ? null : stanceRef.current;
        const color =
          colors?.get(node) ?? (stanceNow ? (stanceNow.fills.get(node) ?? NO_POSITION_COLOR) : data.color);
        const mark = stanceNow?.marks.get(node);
        const plain = stanceNow
          ? {
              ...data,
              color,
              type: BORDERED,
              borderColor: data.color,
              size: data.size + RINGED_SIZE_BOOST,
              label: mark ? `${data.label} ${mark}` : data.label,
            }
          : color === data.color
            ? data
            : { ...data, color };
        // Just added (a bijeenkomst's projection): larger, named, in front, ringed in the accent colour. Not
        // sigma's `highlighted`, whose hover box would name it a second time beside the label drawer's name.
        const shown = emphasis?.actors.has(node)
          ? {
              ...plain,
              type: BORDERED,
              borderColor: EMPHASIS_COLOR,
              size: plain.size * EMPHASIS_SIZE_FACTOR + RINGED_SIZE_BOOST,
              forceLabel: true,
              zIndex: 2,
            }
          : plain;
        // Out of focus: grey and unnamed, at the size it has in focus (no jumping while hovering).
        const dimmed = { ...data, size: shown.size, color: DIMMED_COLOR, label: '', zIndex: 0 };
        if (spotlight) {
          if (spotlight.has(node)) return { ...shown, zIndex: 2, highlighted: true, forceLabel: true };
          return dimmed;
        }
        const focus = state.current.hovered ?? state.current.selected;
        if (!focus) return shown;
        if (node === focus || graph.areNeighbors(node, focus))
          return { ...shown, zIndex: 1, highlighted: node === focus };
        return dimmed;
      },
      edgeReducer: (edge, data) => {
        if (fadedRef.current.relations.has(edge)) return { ...data, hidden: true };
        const { spotlight, emphasis } = overrideRef.current;
        // Just added (a projection) stands out; side by side, a relatie the other map lacks (compare-maps.ts).
        const shown = emphasis?.relations.has(edge)
          ? { ...data, color: EMPHASIS_COLOR, size: data.size + EMPHASIS_EXTRA_WIDTH, zIndex: 1 }
          : onlyHereRef.current?.has(edge)
            ? { ...data, color: ONLY_HERE_COLOR, size: data.size + ONLY_HERE_EXTRA_WIDTH }
            : data;
        if (spotlight) {
          const both = spotlight.has(graph.source(edge)) && spotlight.has(graph.target(edge));
          return both ? shown : { ...data, hidden: true };
        }
        const focus = state.current.hovered ?? state.current.selected;
        if (!focus || graph.hasExtremity(edge, focus)) return shown;
        return { ...data, hidden: true };
      },
    });
    // Names are placed per frame: the sector names first (computed with this frame's camera, which sigma
    // has set by the time it draws the first name), then the spelers' around them.
    // The beweging arrows too: their boxes are kept free of names like the sector names.
    labels.onFrame(() => {
      sectors = sectorBoxes(sigma, anchors, sectorSizes.current);
      marksRef.current = movementMarks(sigma, stanceRef.current);
      return marksRef.current.length > 0
        ? [...sectors, ...marksRef.current.map((mark) => mark.box)]
        : sectors;
    });
    const afterRender = () => {
      labels.endFrame();
      // sigma counts a name as shown before the drawer decides; tell it which ones really were.
      (sigma as unknown as { displayedNodeLabels: Set<string> }).displayedNodeLabels = new Set(labels.drawn);
      placeSectors(sectorsRef.current, sectors, anchors.length > 0);
      const context = sigma.getCanvases().labels?.getContext('2d');
      if (context) drawMovementMarks(context, marksRef.current);
    };
    sigma.on('beforeRender', () => labels.beginFrame());
    sigma.on('afterRender', afterRender);
    // The constructor drew the first frame before these listeners, without the sector names to keep
    // clear of: a small map is drawn once more; a large one (seconds per draw) gets it on its next draw.
    if (anchors.length > 0 && graph.size <= LARGE_MAP_RELATIONS) sigma.scheduleRender();
    else {
      sectors = sectorBoxes(sigma, anchors, sectorSizes.current);
      afterRender();
    }
    // The network layout moves the spelers out of their sectors: the names would point at nothing.
    const moved = () => {
      if (anchors.length === 0) return;
      anchors = [];
      sectors = [];
      placeSectors(sectorsRef.current, [], false);
    };
    graph.on('nodeAttributesUpdated', moved);
    graph.on('eachNodeAttributesUpdated', moved);
    sigma.on('enterNode', ({ node }) => {
      state.current.hovered = node;
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on('leaveNode', () => {
      state.current.hovered = null;
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on('clickNode', ({ node }) => onSelectRef.current(node));
    sigma.on('clickStage', () => onSelectRef.current(null));
    sigmaRef.current = sigma;
    const exposed = {
      sigma,
      graph,
      labelBoxes: () => labels.boxes(),
      movementMarks: () => marksRef.current,
    };
    const beside = exposeRef.current === 'beside';
    if (beside) window.__krachtenveldMapBeside = exposed;
    else window.__krachtenveldMap = exposed;
    const unlink = cameraLinkRef.current?.join(sigma, beside ? 'follower' : 'leader');
    // The map narrows when a panel opens beside it; sigma itself only follows the window's size.
    const element = frame.current;
    // The observer also reports the size the map already has, right away: redrawing then would draw a
    // 50,000-relatie map twice (seconds with software WebGL), so only a real change of size redraws.
    let drawnSize = `${element.offsetWidth}×${element.offsetHeight}`;
    const resized = new ResizeObserver(() => {
      // A detached or hidden container has no size, which sigma refuses; it is redrawn when it shows again.
      if (element.offsetWidth === 0 || element.offsetHeight === 0) return;
      const size = `${element.offsetWidth}×${element.offsetHeight}`;
      if (size === drawnSize) return;
      drawnSize = size;
      sigma.resize();
      // A full refresh frames the whole graph into the new box again (sigma's autoRescale); the camera
      // keeps its zoom, so a map shown whole stays whole.
      sigma.refresh({ skipIndexation: true, schedule: true });
    });
    resized.observe(element);
    return () => {
      unlink?.();
      resized.disconnect();
      graph.off('nodeAttributesUpdated', moved);
      graph.off('eachNodeAttributesUpdated', moved);
      sigma.kill();
      sigmaRef.current = null;
      if (window.__krachtenveldMap?.sigma === sigma) window.__krachtenveldMap = undefined;
      if (window.__krachtenveldMapBeside?.sigma === sigma) window.__krachtenveldMapBeside = undefined;
    };
  }, [graph]);

  useImperativeHandle(
    handle,
    () => ({
      capture: (options) => {
        const sigma = sigmaRef.current;
        return sigma
          ? captureView(sigma, { ...options, fadedColors: FADED_COLORS, marks: marksRef.current })
          : null;
      },
      describe: () => {
        const sigma = sigmaRef.current;
        if (!sigma) return null;
        const shown = sigma.getGraph() as Graph<NodeAttributes>;
        const outside = fadedRef.current.actors.size;
        return { layout: layoutOf(shown), visible: shown.order - outside, total: shown.order };
      },
    }),
    [],
  );

  useEffect(() => {
    if (fadedRef.current === faded) return;
    fadedRef.current = faded;
    sigmaRef.current?.refresh({ skipIndexation: true });
  }, [faded]);

  useEffect(() => {
    if (onlyHereRef.current === (onlyHere ?? null)) return;
    onlyHereRef.current = onlyHere ?? null;
    sigmaRef.current?.refresh({ skipIndexation: true });
  }, [onlyHere]);

  useEffect(() => {
    if (stanceRef.current === (stance ?? null)) return;
    stanceRef.current = stance ?? null;
    // The node type changes (ring or plain disc), so sigma indexes its programs again: a full refresh.
    sigmaRef.current?.refresh();
  }, [stance]);

  useEffect(() => {
    const spotlight = override.spotlight?.length ? new Set(override.spotlight) : null;
    const previous = overrideRef.current;
    const sameSpotlight =
      previous.spotlight?.size === spotlight?.size &&
      [...(spotlight ?? [])].every((id) => previous.spotlight?.has(id));
    const emphasis = override.emphasis ?? null;
    const sameEmphasis =
      sameSet(previous.emphasis?.actors, emphasis?.actors) &&
      sameSet(previous.emphasis?.relations, emphasis?.relations);
    if (previous.colors === (override.colors ?? null) && sameSpotlight && sameEmphasis) return;
    overrideRef.current = { colors: override.colors ?? null, spotlight, emphasis };
    const sigma = sigmaRef.current;
    if (!sigma) return;
    // zIndex changes with the spotlight, so this refresh re-indexes (cheap next to a user's click).
    sigma.refresh();
    if (spotlight && !sameSpotlight && !follows(exposeRef.current, cameraLinkRef.current))
      showNodes(sigma, [...spotlight]);
  }, [override]);

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma || state.current.selected === selectedId) return;
    state.current.selected = selectedId;
    sigma.refresh({ skipIndexation: true });
    if (selectedId && graph.hasNode(selectedId) && !follows(exposeRef.current, cameraLinkRef.current)) {
      const display = sigma.getNodeDisplayData(selectedId);
      if (display)
        void sigma.getCamera().animate({ x: display.x, y: display.y, ratio: 0.5 }, { duration: 400 });
    }
  }, [selectedId, graph]);

  return (
    <div ref={frame} className="kv-map" role="img" aria-label={label}>
      <div ref={container} className="kv-map-canvas" />
      {/* The sector names are visible text only: the register and the legend carry the krachten. */}
      <div ref={sectorsRef} className="kv-map-sectors" aria-hidden="true">
        {FORCES.map((force) => (
          <span key={force} data-force={force} data-testid="map-sector">
            {t(`force.${force}`)}
          </span>
        ))}
      </div>
    </div>
  );
}

/**
 * Moves the sector names to this frame's boxes, or hides them (with visibility, so their sizes can still be
 * measured); style writes only, no layout reads.
 */
function placeSectors(overlay: HTMLDivElement | null, boxes: readonly SectorBox[], show: boolean): void {
  if (!overlay) return;
  if (show) overlay.dataset.shown = '';
  else delete overlay.dataset.shown;
  if (!show) return;
  for (const box of boxes) {
    const element = overlay.querySelector<HTMLElement>(`[data-force="${box.force}"]`);
    if (element) element.style.transform = `translate(${Math.round(box.x)}px, ${Math.round(box.y)}px)`;
  }
}

/** Two sets with the same members; none and empty are the same. */
function sameSet(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if ((a?.size ?? 0) !== (b?.size ?? 0)) return false;
  return [...(a ?? [])].every((id) => b?.has(id));
}

/** A map beside another follows its camera: only the first one moves it to a selection or spotlight. */
function follows(exposeAs: 'main' | 'beside', link: CameraLink | undefined): boolean {
  return exposeAs === 'beside' && link !== undefined;
}

/**
 * The beweging arrows for this frame's camera: spelers with a movement that are drawn in their own colour
 * (not outside the filters, not dimmed by a hover or spotlight). O(spelers with a movement).
 */
function movementMarks(sigma: Sigma<NodeAttributes>, stance: MapStance | null): MovementMark[] {
  if (!stance || stance.movements.size === 0) return [];
  const marks: MovementMark[] = [];
  for (const [id, movement] of stance.movements) {
    const display = sigma.getNodeDisplayData(id);
    if (!display || display.hidden || FADED_COLORS.has(display.color)) continue;
    const point = sigma.framedGraphToViewport(display);
    marks.push({ id, movement, box: markBox(point.x, point.y, sigma.scaleSize(display.size)) });
  }
  return marks;
}

/** Moves the camera so all these spelers are in view, with some room around them. */
function showNodes(sigma: Sigma<NodeAttributes>, ids: readonly string[]): void {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const id of ids) {
    const display = sigma.getNodeDisplayData(id);
    if (!display) continue;
    minX = Math.min(minX, display.x);
    maxX = Math.max(maxX, display.x);
    minY = Math.min(minY, display.y);
    maxY = Math.max(maxY, display.y);
  }
  if (!Number.isFinite(minX)) return;
  // Camera coordinates are the graph framed into [0, 1]; ratio 1 shows all of it.
  const ratio = Math.min(1.2, Math.max(0.25, Math.max(maxX - minX, maxY - minY) * 1.5 + 0.15));
  void sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
}
