import { describe, expect, it } from 'vitest';
import { FORCES } from '../../domain/index.ts';
import {
  FIVE_FORCES_SECTORS,
  fiveForcesLayout,
  fiveForcesSectorAnchors,
  type LayoutActor,
} from './five-forces.ts';

const actors: LayoutActor[] = FORCES.flatMap((force, f) =>
  Array.from({ length: 12 }, (_, i) => ({
    id: `${force}-${i}`,
    force,
    name: `${force} ${i}`,
    domains: [i % 2 ? 'jeugd' : 'schulden'],
  })).slice(0, 5 + f * 2),
);

describe('five-forces layout', () => {
  it('places every speler in its own kracht sector, the same way every time', () => {
    const positions = fiveForcesLayout(actors);
    expect(positions.size).toBe(actors.length);
    expect(fiveForcesLayout([...actors].reverse())).toEqual(positions);
    const sector = (2 * Math.PI) / FORCES.length;
    for (const actor of actors) {
      const point = positions.get(actor.id);
      if (!point) throw new Error(`no position for ${actor.id}`);
      // Angle measured from the top, clockwise in layout terms: sector index = force index.
      const angle = (Math.atan2(point.y, point.x) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
      expect(Math.floor(angle / sector)).toBe(FORCES.indexOf(actor.force));
    }
  });

  it('gives no two spelers the same place', () => {
    const points = [...fiveForcesLayout(actors).values()].map((p) => `${p.x.toFixed(6)},${p.y.toFixed(6)}`);
    expect(new Set(points).size).toBe(points.length);
  });

  it("puts each kracht's name just outside its own spelers, in the middle of its sector", () => {
    const positions = fiveForcesLayout(actors);
    const placed = actors.map((actor) => ({
      force: actor.force,
      ...(positions.get(actor.id) ?? { x: 0, y: 0 }),
    }));
    const anchors = fiveForcesSectorAnchors(placed);
    expect(anchors.map((anchor) => anchor.force)).toEqual([...FORCES]);
    for (const anchor of anchors) {
      const sector = FIVE_FORCES_SECTORS.find((s) => s.force === anchor.force);
      expect(anchor.angle).toBe(sector?.middle);
      const radius = Math.hypot(anchor.x, anchor.y);
      const own = placed.filter((p) => p.force === anchor.force).map((p) => Math.hypot(p.x, p.y));
      expect(radius).toBeCloseTo(Math.max(...own), 9);
    }
    // A kracht without spelers still gets its name, on the innermost ring.
    const [empty] = fiveForcesSectorAnchors([]);
    expect(Math.hypot(empty?.x ?? 0, empty?.y ?? 0)).toBeCloseTo(1, 9);
  });
});
