/**
 * The force-directed layout: ForceAtlas2 in a web worker (graphology's supervisor), started from the
 * current positions and stopped when the map has settled — when the average node barely moves between two
 * checks — or after a time limit, so a large map never keeps the CPU busy. Then it hands back the final
 * positions, to be saved with the werkruimte.
 */
import type Graph from 'graphology';
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { Positions } from '../state/map-layout.ts';

const CHECK_EVERY_MS = 500;
/** Settled when the mean displacement per check is below this share of the map's extent. */
const SETTLED_SHARE = 0.002;

export interface LayoutRun {
  /** Stops now and reports the positions reached. */
  stop(): void;
  /** Stops without reporting (the map is going away). */
  cancel(): void;
}

export function positionsOf(graph: Graph): Positions {
  const positions: Positions = {};
  graph.forEachNode((node, attributes) => {
    positions[node] = { x: attributes.x as number, y: attributes.y as number };
  });
  return positions;
}

export function runForceLayout(
  graph: Graph,
  onSettled: (positions: Positions) => void,
  maxMs = 15_000,
): LayoutRun {
  const layout = new FA2Layout(graph, {
    settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 500, adjustSizes: false },
  });
  let previous = positionsOf(graph);
  const started = performance.now();
  let finished = false;

  const end = (report: boolean) => {
    if (finished) return;
    finished = true;
    window.clearInterval(timer);
    layout.kill();
    if (report) onSettled(positionsOf(graph));
  };
  const finish = () => end(true);

  const timer = window.setInterval(() => {
    const current = positionsOf(graph);
    let moved = 0;
    let minX = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    for (const [node, point] of Object.entries(current)) {
      const before = previous[node];
      if (before) moved += Math.hypot(point.x - before.x, point.y - before.y);
      minX = Math.min(minX, point.x);
      maxX = Math.max(maxX, point.x);
    }
    previous = current;
    const extent = Math.max(1e-9, maxX - minX);
    const meanShare = moved / Math.max(1, graph.order) / extent;
    const overdue = performance.now() - started > maxMs;
    // Nothing moved at all: the worker has not delivered its first step yet (it starts slowly on a busy
    // machine), which is not the same as a settled map.
    if (moved === 0 && !overdue) return;
    if (meanShare < SETTLED_SHARE || overdue) finish();
  }, CHECK_EVERY_MS);

  layout.start();
  return { stop: finish, cancel: () => end(false) };
}
