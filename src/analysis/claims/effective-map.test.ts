import { describe, expect, it } from 'vitest';
import { claimsByRelation, countsUnder, effectiveMap, type RelationClaim } from './effective-map.ts';

// Three perspectives: the editors (R), the gemeente (G) and the bewoners (B).
const R = 'redactie';
const G = 'gemeente';
const B = 'bewoners';

const relations = [
  { id: 'ab', source: 'a', target: 'b', type: 'werkt_samen', strength: 3 },
  { id: 'bc', source: 'b', target: 'c', type: 'verwijst', strength: 2 },
  { id: 'cd', source: 'c', target: 'd', type: 'werkt_samen', strength: 4 },
];

const claim = (
  relationId: string,
  perspectiveId: string,
  present: boolean,
  strength: number | null = null,
): RelationClaim => ({ relationId, perspectiveId, present, strength });

const ids = (map: { relations: { id: string }[] }) => map.relations.map((relation) => relation.id);

describe('effectiveMap', () => {
  it('with no assessments, every relatie counts for the editors with its own strength', () => {
    const map = effectiveMap({ relations, assessments: [], editorsPerspectiveId: R, selection: 'all' });
    expect(map.relations).toEqual(relations.map((r) => ({ ...r, claims: 1, denials: 0 })));
    expect(map.excluded).toEqual([]);
  });

  it('default rule: a tie denied by one of two selected perspectives does not count', () => {
    const assessments = [claim('ab', G, true, 4), claim('ab', B, false), claim('bc', G, true, 2)];
    const map = effectiveMap({ relations, assessments, editorsPerspectiveId: R, selection: [G, B] });
    expect(ids(map)).toEqual(['bc']);
    expect(map.excluded).toEqual([
      { id: 'ab', claims: 1, denials: 1 },
      // Nobody selected says anything about cd: the editors' implicit claim is not selected.
      { id: 'cd', claims: 0, denials: 0 },
    ]);
    // With the deniers left out of the selection, the tie is back.
    expect(ids(effectiveMap({ relations, assessments, editorsPerspectiveId: R, selection: [G] }))).toEqual([
      'ab',
      'bc',
    ]);
  });

  it('default rule over all perspectives: one denial anywhere removes the tie', () => {
    const assessments = [claim('ab', B, false)];
    const map = effectiveMap({ relations, assessments, editorsPerspectiveId: R, selection: 'all' });
    expect(ids(map)).toEqual(['bc', 'cd']);
    expect(map.excluded).toEqual([{ id: 'ab', claims: 1, denials: 1 }]);
  });

  it("the editors' assessment overrides the relatie's own claim", () => {
    const denied = effectiveMap({
      relations,
      assessments: [claim('ab', R, false)],
      editorsPerspectiveId: R,
      selection: [R],
    });
    expect(ids(denied)).toEqual(['bc', 'cd']);
    expect(denied.excluded).toEqual([{ id: 'ab', claims: 0, denials: 1 }]);

    const rerated = effectiveMap({
      relations,
      assessments: [claim('ab', R, true, 5)],
      editorsPerspectiveId: R,
      selection: [R],
    });
    expect(rerated.relations[0]).toMatchObject({ id: 'ab', strength: 5, claims: 1, denials: 0 });
  });

  it('a selection without the editors reads only the selected assessments', () => {
    const assessments = [claim('cd', B, true, 1)];
    const map = effectiveMap({ relations, assessments, editorsPerspectiveId: R, selection: [B] });
    expect(map.relations).toEqual([{ ...relations[2], strength: 1, claims: 1, denials: 0 }]);
  });

  it('strength is the rounded mean of the selected claims; unrated claims are left out of it', () => {
    const assessments = [claim('ab', G, true, 4), claim('ab', B, true, 5), claim('bc', G, true, null)];
    const all = effectiveMap({ relations, assessments, editorsPerspectiveId: R, selection: 'all' });
    // ab: (3 + 4 + 5) / 3 = 4; bc: the editors' 2 (G did not rate it); cd: the editors' 4.
    expect(all.relations.map((r) => [r.id, r.strength, r.claims])).toEqual([
      ['ab', 4, 3],
      ['bc', 2, 2],
      ['cd', 4, 1],
    ]);
    // ab without the editors: (4 + 5) / 2 = 4.5, rounded half up to 5.
    const gb = effectiveMap({ relations, assessments, editorsPerspectiveId: R, selection: [G, B] });
    expect(gb.relations.map((r) => [r.id, r.strength])).toEqual([
      ['ab', 5],
      // No selected claim rates bc: it keeps its own strength.
      ['bc', 2],
    ]);
  });

  it('majority rule: counts when more selected perspectives claim than deny', () => {
    const assessments = [
      claim('ab', G, true, 4),
      claim('ab', B, false), // ab: R and G claim, B denies → 2 > 1, counts
      claim('bc', G, false), // bc: R claims, G denies → 1 = 1, does not count
      claim('cd', G, false),
      claim('cd', B, false), // cd: 1 < 2, does not count
    ];
    const map = effectiveMap({
      relations,
      assessments,
      editorsPerspectiveId: R,
      selection: 'all',
      rule: 'majority',
    });
    expect(map.relations).toEqual([{ ...relations[0], strength: 4, claims: 2, denials: 1 }]);
    expect(map.excluded).toEqual([
      { id: 'bc', claims: 1, denials: 1 },
      { id: 'cd', claims: 1, denials: 2 },
    ]);
    // Under the default rule only the undisputed ones would count: none here.
    expect(ids(effectiveMap({ relations, assessments, editorsPerspectiveId: R, selection: 'all' }))).toEqual(
      [],
    );
  });

  it('any rule: a single claim is enough, denials are ignored', () => {
    const assessments = [claim('ab', G, false), claim('ab', B, false), claim('bc', R, false)];
    const map = effectiveMap({
      relations,
      assessments,
      editorsPerspectiveId: R,
      selection: 'all',
      rule: 'any',
    });
    expect(ids(map)).toEqual(['ab', 'cd']);
    expect(map.relations[0]).toMatchObject({ claims: 1, denials: 2 });
    expect(map.excluded).toEqual([{ id: 'bc', claims: 0, denials: 1 }]);
  });

  it('ignores assessments of relaties it was not given, and selected ids that claim nothing', () => {
    const assessments = [claim('gone', G, true, 5), claim('ab', G, true, 5)];
    const map = effectiveMap({
      relations,
      assessments,
      editorsPerspectiveId: R,
      selection: [G, 'onbekend'],
    });
    expect(ids(map)).toEqual(['ab']);
  });

  it('an empty selection counts nothing', () => {
    const map = effectiveMap({ relations, assessments: [], editorsPerspectiveId: R, selection: [] });
    expect(map.relations).toEqual([]);
    expect(map.excluded).toHaveLength(3);
  });
});

describe('claimsByRelation', () => {
  it("lists the editors' implicit claim first, unless the editors assessed the relatie", () => {
    const claims = claimsByRelation(relations, [claim('ab', B, false), claim('bc', R, true, 1)], R);
    expect(claims.get('ab')).toEqual([
      { relationId: 'ab', perspectiveId: R, present: true, strength: 3, implicit: true },
      claim('ab', B, false),
    ]);
    expect(claims.get('bc')).toEqual([claim('bc', R, true, 1)]);
    expect(claims.get('cd')).toHaveLength(1);
  });

  it('without an editors perspective, relaties claim nothing by themselves', () => {
    expect(claimsByRelation(relations, [], null).get('ab')).toEqual([]);
  });
});

describe('countsUnder', () => {
  it('decides each rule on the tally alone', () => {
    const tallies = [
      { claims: 0, denials: 0 },
      { claims: 1, denials: 0 },
      { claims: 1, denials: 1 },
      { claims: 2, denials: 1 },
      { claims: 0, denials: 1 },
    ];
    expect(tallies.map((tally) => countsUnder('default', tally))).toEqual([false, true, false, false, false]);
    expect(tallies.map((tally) => countsUnder('majority', tally))).toEqual([false, true, false, true, false]);
    expect(tallies.map((tally) => countsUnder('any', tally))).toEqual([false, true, true, true, false]);
  });
});
