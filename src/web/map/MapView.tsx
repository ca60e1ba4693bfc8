/**
 * The WebGL map (sigma.js). Draws the derived graph, highlights a hovered speler's neighbours and reports
 * clicks. The canvas is not readable by screen readers; the register below the map carries the same data.
 */
import type Graph from 'graphology';
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import type { NodeAttributes } from './build-map-graph.ts';

interface MapViewProps {
  graph: Graph<NodeAttributes>;
  label: string;
  /** Spelers and relaties outside the current filters: faded, not removed. */
  faded: { actors: Set<string>; relations: Set<string> };
  selectedId: string | null;
  onSelect(actorId: string | null): void;
}

/** Above this many relaties, edges hide while panning and zooming (software WebGL cannot keep up). */
export const LARGE_MAP_RELATIONS = 20_000;

declare global {
  interface Window {
    /** Exposed for the end-to-end tests, which assert what the map holds. */
    __krachtenveldMap?: { sigma: Sigma<NodeAttributes>; graph: Graph<NodeAttributes> };
  }
}

export function MapView({ graph, label, faded, selectedId, onSelect }: MapViewProps) {
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
        if (fadedRef.current.actors.has(node)) return { ...data, color: '#e4e7eb', label: '', zIndex: 0 };
        const focus = state.current.hovered ?? state.current.selected;
        if (!focus) return data;
        if (node === focus || graph.areNeighbors(node, focus))
          return { ...data, zIndex: 1, highlighted: node === focus };
        return { ...data, color: '#d9dde3', label: '', zIndex: 0 };
      },
      edgeReducer: (edge, data) => {
        if (fadedRef.current.relations.has(edge)) return { ...data, hidden: true };
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
    return () => {
      sigma.kill();
      sigmaRef.current = null;
      if (window.__krachtenveldMap?.sigma === sigma) window.__krachtenveldMap = undefined;
    };
  }, [graph]);

  useEffect(() => {
    if (fadedRef.current === faded) return;
    fadedRef.current = faded;
    sigmaRef.current?.refresh({ skipIndexation: true });
  }, [faded]);

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
