/**
 * The "Vijf krachten" layout: each kracht gets its own sector of a circle (in the fixed order rijk,
 * instellingen, gemeente, professionals, bewoners), and inside a sector the spelers are grouped by their
 * first domain, each group a narrower wedge, filled outward in rings. Deterministic: the same map always
 * looks the same, in the web map and in the server's map images (which share this file). O(n log n) for
 * the sort; fine for 50,000 spelers. Coordinates are layout units around (0, 0), not pixels.
 */

import { FORCES, type Force } from '../../domain/index.ts';

export interface LayoutActor {
  id: string;
  force: Force;
  domains: readonly string[];
  name: string;
}

export interface LayoutPoint {
  x: number;
  y: number;
}

const INNER_RADIUS = 1;
const RING_GAP = 0.35;
const SECTOR_PADDING = 0.08; // radians left empty between sectors, so the five groups read apart

/** One Dutch collator for all names: building one per comparison is slow on 50,000 names. */
const dutchCollator = new Intl.Collator('nl');

export function fiveForcesLayout(actors: readonly LayoutActor[]): Map<string, LayoutPoint> {
  const positions = new Map<string, LayoutPoint>();
  const sectorAngle = (2 * Math.PI) / FORCES.length;
  FORCES.forEach((force, sectorIndex) => {
    const members = actors.filter((actor) => actor.force === force);
    const groups = groupByDomain(members);
    const start = sectorIndex * sectorAngle - Math.PI / 2 + SECTOR_PADDING / 2;
    const usable = sectorAngle - SECTOR_PADDING;
    let offset = 0;
    for (const group of groups) {
      // Each domain group gets a wedge proportional to its size.
      const wedge = (usable * group.length) / Math.max(1, members.length);
      placeInWedge(group, start + offset, wedge, positions);
      offset += wedge;
    }
  });
  return positions;
}

function groupByDomain(members: readonly LayoutActor[]): LayoutActor[][] {
  const groups = new Map<string, LayoutActor[]>();
  for (const actor of [...members].sort((a, b) => dutchCollator.compare(a.name, b.name))) {
    const key = actor.domains[0] ?? '~';
    const group = groups.get(key);
    if (group) group.push(actor);
    else groups.set(key, [actor]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, group]) => group);
}

/** Fills a wedge ring by ring; each ring holds as many spelers as fit on its arc. */
function placeInWedge(
  group: readonly LayoutActor[],
  start: number,
  wedge: number,
  positions: Map<string, LayoutPoint>,
) {
  let placed = 0;
  let ring = 0;
  while (placed < group.length) {
    const radius = INNER_RADIUS + ring * RING_GAP;
    const capacity = Math.max(1, Math.floor((wedge * radius) / RING_GAP));
    const count = Math.min(capacity, group.length - placed);
    for (let i = 0; i < count; i++) {
      const angle = start + (wedge * (i + 0.5)) / count;
      const actor = group[placed + i] as LayoutActor;
      positions.set(actor.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    }
    placed += count;
    ring++;
  }
}
