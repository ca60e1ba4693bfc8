import { describe, expect, it } from 'vitest';
import { positionDivergence, tieDivergence } from './divergence.ts';

const EDITORS = 'editors';
const GEMEENTE = 'gemeente';
const BEWONERS = 'bewoners';
const relations = [
  { id: 'r1', strength: 3 },
  { id: 'r2', strength: 4 },
  { id: 'r3', strength: 2 },
  { id: 'r4', strength: 5 },
];
const claim = (
  relationId: string,
  perspectiveId: string,
  present: boolean,
  strength: number | null = null,
) => ({
  relationId,
  perspectiveId,
  present,
  strength,
});

describe('tieDivergence', () => {
  it('sorts every tie into shared, contested, only-one and strength differences', () => {
    const result = tieDivergence({
      relations,
      assessments: [
        claim('r1', GEMEENTE, true, 4),
        claim('r1', BEWONERS, false),
        claim('r2', GEMEENTE, true, 5),
        claim('r2', BEWONERS, true, 2),
        claim('r3', GEMEENTE, true, 2),
        claim('r4', BEWONERS, true, 5),
      ],
      editorsPerspectiveId: EDITORS,
      a: GEMEENTE,
      b: BEWONERS,
    });
    expect(result.shared).toBe(1);
    expect(result.contested).toEqual([
      { relationId: 'r1', a: { kind: 'claims', strength: 4 }, b: { kind: 'denies' } },
    ]);
    expect(result.onlyA).toEqual(['r3']);
    expect(result.onlyB).toEqual(['r4']);
    expect(result.strengthDifferences).toEqual([{ relationId: 'r2', a: 5, b: 2 }]);
    // min: r1 0, r2 2, r3 0, r4 0 = 2; max: r1 4, r2 5, r3 2, r4 5 = 16.
    expect(result.agreement).toBeCloseTo(2 / 16);
  });

  it('counts the editors’ implicit claim as the map does, unless the editors assessed the tie', () => {
    const result = tieDivergence({
      relations,
      assessments: [claim('r2', EDITORS, false), claim('r1', BEWONERS, true, 3)],
      editorsPerspectiveId: EDITORS,
      a: EDITORS,
      b: BEWONERS,
    });
    expect(result.shared).toBe(1); // r1: the relatie itself (3) and the bewoners (3)
    expect(result.onlyA).toEqual(['r3', 'r4']); // r2 is denied by the editors' own assessment
    expect(result.contested).toEqual([]);
  });

  it('says 1 for the same ties with the same strengths, and null when neither names any', () => {
    const same = tieDivergence({
      relations,
      assessments: [claim('r1', GEMEENTE, true, 3), claim('r1', BEWONERS, true, 3)],
      editorsPerspectiveId: null,
      a: GEMEENTE,
      b: BEWONERS,
    });
    expect(same.agreement).toBe(1);
    const none = tieDivergence({
      relations,
      assessments: [],
      editorsPerspectiveId: null,
      a: GEMEENTE,
      b: BEWONERS,
    });
    expect(none.agreement).toBeNull();
  });

  it('reads only the two perspectives, ignores claims about relaties not on the map, and weighs an unrated claim by the relatie', () => {
    const result = tieDivergence({
      relations,
      assessments: [
        claim('r1', 'rijk', false), // a third perspective: no part of the comparison
        claim('r1', GEMEENTE, true), // unrated: weighs the relatie's own 3, no strength to compare
        claim('r1', BEWONERS, true, 5),
        claim('gone', GEMEENTE, true, 2),
        claim('r2', BEWONERS, true, 4),
      ],
      editorsPerspectiveId: EDITORS,
      a: GEMEENTE,
      b: BEWONERS,
    });
    expect(result.shared).toBe(1);
    expect(result.strengthDifferences).toEqual([]);
    expect(result.contested).toEqual([]);
    expect(result.onlyA).toEqual([]);
    expect(result.onlyB).toEqual(['r2']);
    // min: r1 3, r2 0 = 3; max: r1 5, r2 4 = 9.
    expect(result.agreement).toBeCloseTo(3 / 9);
  });
});

describe('positionDivergence', () => {
  it('orders spelers both placed by how far apart they are, leaving out the ones only one placed', () => {
    const positions = [
      { actorId: 'initiatief', perspectiveId: GEMEENTE, invloed: 1, standpunt: 0 },
      { actorId: 'initiatief', perspectiveId: BEWONERS, invloed: 4, standpunt: 2 },
      { actorId: 'wijkteam', perspectiveId: GEMEENTE, invloed: 3, standpunt: 1 },
      { actorId: 'wijkteam', perspectiveId: BEWONERS, invloed: 3, standpunt: 0 },
      { actorId: 'raad', perspectiveId: GEMEENTE, invloed: 5, standpunt: 1 },
    ];
    expect(positionDivergence(positions, GEMEENTE, BEWONERS)).toEqual([
      {
        actorId: 'initiatief',
        a: { invloed: 1, standpunt: 0 },
        b: { invloed: 4, standpunt: 2 },
        distance: 5,
      },
      { actorId: 'wijkteam', a: { invloed: 3, standpunt: 1 }, b: { invloed: 3, standpunt: 0 }, distance: 1 },
    ]);
  });
});
