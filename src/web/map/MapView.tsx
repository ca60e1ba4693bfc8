/**
 * The WebGL map (sigma.js). Draws the derived graph, highlights a hovered speler's neighbours and reports
 * clicks. The canvas is not readable by screen readers; the register below the map carries the same data.
 * What an analysis wants to show (colours by cluster, a pair of spelers to point out) comes in as an
 * `override` applied by the reducers, so the map graph itself is never edited.
 */
import type Graph from 'graphology';
import { type Ref, useEffect, useImperativeHandle, useRef } from 'react';
import Sigma from 'sigma';
import type { LegendItem, MapScene } from '../../formats/map-image/index.ts';
import type { NodeAttributes } from './build-map-graph.ts';
import { type CaptureOptions, captureView } from './capture-view.ts';

/** A view on the map derived from an analysis; the graph stays as built from the server's data. */
export interface MapOverride {
  /** Colour per speler (e.g. by cluster); spelers not listed keep their kracht colour. */
  colors?: ReadonlyMap<string, string> | undefined;
  /** Spelers to point out: drawn highlighted with their names, all others faded; the camera shows them. */
  spotlight?: readonly string[] | undefined;
  /** What `colors` mean, for the legend of a saved image (the panel that sets them explains them on screen). */
  legend?: { title: string; items: readonly LegendItem[] } | undefined;
}

/** What the page may ask of the map: the current view as a map-image scene (for "save image"). */
export interface MapViewHandle {
  capture(options: Omit<CaptureOptions, 'fadedColors'>): MapScene | null;
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
}

/** Above this many relaties, edges hide while panning and zooming (software WebGL cannot keep up). */
export const LARGE_MAP_RELATIONS = 20_000;

declare global {
  interface Window {
    /** Exposed for the end-to-end tests, which assert what the map holds. */
    __krachtenveldMap?: { sigma: Sigma<NodeAttributes>; graph: Graph<NodeAttributes> };
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
}: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
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
  const overrideRef = useRef<{ colors: ReadonlyMap<string, string> | null; spotlight: Set<string> | null }>({
    colors: override.colors ?? null,
    spotlight: override.spotlight?.length ? new Set(override.spotlight) : null,
  });

  useEffect(() => {
    if (!container.current) return;
    state.current.selected = selectedRef.current;
    const large = graph.size > LARGE_MAP_RELATIONS;
    const sigma = new Sigma(graph, container.current, {
      renderEdgeLabels: false,
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      labelRenderedSizeThreshold: 9,
      defaultEdgeType: 'line',
      zIndex: true,
      nodeReducer: (node, data) => {
        if (fadedRef.current.actors.has(node))
          return { ...data, color: FILTERED_COLOR, label: '', zIndex: 0 };
        const { colors, spotlight } = overrideRef.current;
        const color = colors?.get(node) ?? data.color;
        if (spotlight) {
          if (spotlight.has(node)) return { ...data, color, zIndex: 2, highlighted: true, forceLabel: true };
          return { ...data, color: DIMMED_COLOR, label: '', zIndex: 0 };
        }
        const focus = state.current.hovered ?? state.current.selected;
        if (!focus) return color === data.color ? data : { ...data, color };
        if (node === focus || graph.areNeighbors(node, focus))
          return { ...data, color, zIndex: 1, highlighted: node === focus };
        return { ...data, color: DIMMED_COLOR, label: '', zIndex: 0 };
      },
      edgeReducer: (edge, data) => {
        if (fadedRef.current.relations.has(edge)) return { ...data, hidden: true };
        const { spotlight } = overrideRef.current;
        if (spotlight) {
          const both = spotlight.has(graph.source(edge)) && spotlight.has(graph.target(edge));
          return both ? data : { ...data, hidden: true };
        }
        const focus = state.current.hovered ?? state.current.selected;
        if (!focus || graph.hasExtremity(edge, focus)) return data;
        return { ...data, hidden: true };
      },
    });
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
    window.__krachtenveldMap = { sigma, graph };
    // The map narrows when a panel opens beside it; sigma itself only follows the window's size.
    const element = container.current;
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
      sigma.refresh({ skipIndexation: true, schedule: true });
    });
    resized.observe(element);
    return () => {
      resized.disconnect();
      sigma.kill();
      sigmaRef.current = null;
      if (window.__krachtenveldMap?.sigma === sigma) window.__krachtenveldMap = undefined;
    };
  }, [graph]);

  useImperativeHandle(
    handle,
    () => ({
      capture: (options) => {
        const sigma = sigmaRef.current;
        return sigma ? captureView(sigma, { ...options, fadedColors: FADED_COLORS }) : null;
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
    const spotlight = override.spotlight?.length ? new Set(override.spotlight) : null;
    const previous = overrideRef.current;
    const sameSpotlight =
      previous.spotlight?.size === spotlight?.size &&
      [...(spotlight ?? [])].every((id) => previous.spotlight?.has(id));
    if (previous.colors === (override.colors ?? null) && sameSpotlight) return;
    overrideRef.current = { colors: override.colors ?? null, spotlight };
    const sigma = sigmaRef.current;
    if (!sigma) return;
    // zIndex changes with the spotlight, so this refresh re-indexes (cheap next to a user's click).
    sigma.refresh();
    if (spotlight && !sameSpotlight) showNodes(sigma, [...spotlight]);
  }, [override]);

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma || state.current.selected === selectedId) return;
    state.current.selected = selectedId;
    sigma.refresh({ skipIndexation: true });
    if (selectedId && graph.hasNode(selectedId)) {
      const display = sigma.getNodeDisplayData(selectedId);
      if (display)
        void sigma.getCamera().animate({ x: display.x, y: display.y, ratio: 0.5 }, { duration: 400 });
    }
  }, [selectedId, graph]);

  return <div ref={container} className="kv-map" role="img" aria-label={label} />;
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
