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

/** One kracht's sector: the angles (radians, layout coordinates, y up) its spelers are placed between. */
export interface ForceSector {
  force: Force;
  start: number;
  end: number;
  /** The middle of the sector, where a map writes the kracht's name. */
  middle: number;
}

/**
 * The five sectors, in FORCES order. The map and the map images write the krachten's names at these
 * angles, so the names sit where `fiveForcesLayout` puts the spelers.
 */
export const FIVE_FORCES_SECTORS: readonly ForceSector[] = FORCES.map((force, sectorIndex) => {
  const sectorAngle = (2 * Math.PI) / FORCES.length;
  const start = sectorIndex * sectorAngle - Math.PI / 2 + SECTOR_PADDING / 2;
  const end = start + sectorAngle - SECTOR_PADDING;
  return { force, start, end, middle: (start + end) / 2 };
});

/** Where a kracht's name goes: just outside its sector's outermost speler, at the sector's middle angle. */
export interface SectorAnchor extends LayoutPoint {
  force: Force;
  /** The sector's middle angle: a name is written outward from the anchor in this direction. */
  angle: number;
}

/**
 * The anchors of the five names for spelers placed by `fiveForcesLayout` (their force and position):
 * O(n), one pass for each sector's outermost radius.
 */
export function fiveForcesSectorAnchors(
  placed: Iterable<{ force: Force; x: number; y: number }>,
): SectorAnchor[] {
  const outer = new Map<Force, number>();
  for (const { force, x, y } of placed) outer.set(force, Math.max(outer.get(force) ?? 0, Math.hypot(x, y)));
  return FIVE_FORCES_SECTORS.map(({ force, middle }) => {
    const radius = outer.get(force) ?? INNER_RADIUS;
    return { force, angle: middle, x: radius * Math.cos(middle), y: radius * Math.sin(middle) };
  });
}

export function fiveForcesLayout(actors: readonly LayoutActor[]): Map<string, LayoutPoint> {
  const positions = new Map<string, LayoutPoint>();
  FIVE_FORCES_SECTORS.forEach(({ force, start, end }) => {
    const members = actors.filter((actor) => actor.force === force);
    const groups = groupByDomain(members);
    const usable = end - start;
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
