import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type AnalysisActor,
  type AnalysisRelation,
  INDEX_KEYS,
  MEANINGFUL_DELTA,
  whatIf,
} from '../../../analysis/index.ts';
import { TEST_ACTORS, TEST_RELATIONS } from './test-map.ts';
import {
  addTie,
  changedActors,
  countDirection,
  deltaRows,
  directionOf,
  formatDelta,
  removeRelation,
  tieExists,
  toChangeSet,
  towardsOpen,
  undoChange,
  type WhatIfChange,
} from './what-if.ts';

describe('the stack of what-if changes', () => {
  it('adds a tie once, whichever way round, and never to the same speler', () => {
    let changes: WhatIfChange[] = addTie([], { source: 'a', target: 'b', type: 'werkt_samen' });
    changes = addTie(changes, { source: 'b', target: 'a', type: 'werkt_samen' });
    changes = addTie(changes, { source: 'a', target: 'a', type: 'werkt_samen' });
    changes = addTie(changes, { source: 'a', target: 'b', type: 'verwijst' });
    expect(changes).toEqual([
      { kind: 'add', id: 'what-if-1', source: 'a', target: 'b', type: 'werkt_samen', strength: 3 },
      { kind: 'add', id: 'what-if-2', source: 'a', target: 'b', type: 'verwijst', strength: 3 },
    ]);
  });

  it('removes a relatie once, undoes one change, and makes the change set', () => {
    let changes = removeRelation(addTie([], { source: 'a', target: 'b', type: 'informeert' }), 'r1');
    changes = removeRelation(changes, 'r1');
    expect(changes).toHaveLength(2);
    expect(toChangeSet(changes)).toEqual({
      addRelations: [{ id: 'what-if-1', source: 'a', target: 'b', type: 'informeert', strength: 3 }],
      removeRelationIds: ['r1'],
    });
    expect(undoChange(changes, 0)).toEqual([{ kind: 'remove', relationId: 'r1' }]);
    expect(changedActors(changes, (id) => (id === 'r1' ? ['c', 'a'] : undefined))).toEqual(['a', 'b', 'c']);
  });
});

describe('tieExists', () => {
  it('finds a relatie of the same type either way round, unless it is taken away', () => {
    const relations = [{ id: 'r1', source: 'a', target: 'b', type: 'werkt_samen' as const }];
    expect(tieExists(relations, [], { source: 'b', target: 'a', type: 'werkt_samen' })).toBe(true);
    expect(tieExists(relations, [], { source: 'a', target: 'b', type: 'verwijst' })).toBe(false);
    expect(
      tieExists(relations, [{ kind: 'remove', relationId: 'r1' }], {
        source: 'a',
        target: 'b',
        type: 'werkt_samen',
      }),
    ).toBe(false);
  });
});

describe('directions', () => {
  it('reads from the bands which way is open', () => {
    const open = INDEX_KEYS.filter((key) => towardsOpen(key) === 1);
    expect(open.sort()).toEqual(['crossShare', 'density', 'eiIndex', 'reciprocity']);
  });

  it('calls a change less or more verkokering', () => {
    expect(directionOf('eiIndex', 0.1)).toBe('less');
    expect(directionOf('formalModularity', 0.1)).toBe('more');
    expect(directionOf('averagePathLength', -0.3)).toBe('less');
    expect(directionOf('components', 0)).toBe('same');
    expect(directionOf('density', null)).toBe('unknown');
    expect(countDirection(5, 4)).toBe('less');
    expect(countDirection(4, 5)).toBe('more');
  });

  it('calls a change below the index threshold "slight", whichever way it goes', () => {
    // What a new user saw: +0.007 on E-I shown as "minder verkokering".
    expect(directionOf('eiIndex', 0.007)).toBe('slight');
    expect(directionOf('eiIndex', -0.007)).toBe('slight');
    expect(directionOf('crossShare', 0.0034)).toBe('slight');
    expect(directionOf('eiIndex', MEANINGFUL_DELTA.eiIndex)).toBe('less');
    expect(directionOf('formalModularity', -0.005)).toBe('slight');
    expect(directionOf('components', 1)).toBe('more');
  });

  it('formats a change with its sign, shares in percentage points', () => {
    expect(formatDelta(0.0321, 'share', 'nl')).toEqual({ text: '+3,2', points: true });
    expect(formatDelta(-0.08, 'index', 'nl').text).toMatch(/^[-−]0,08$/);
    expect(formatDelta(0.1234, 'index', 'en').text).toBe('+0.123');
    expect(formatDelta(-1, 'count', 'nl').text).toMatch(/^[-−]1$/);
    // Too small for the usual decimals: still visible as a change.
    expect(formatDelta(0.000_31, 'share', 'nl').text).toBe('+0,03');
    expect(formatDelta(-0.000_42, 'index', 'nl').text).toMatch(/^[-−]0,0004$/);
  });
});

describe('delta rows', () => {
  it('shows a new tie across kokers as less verkokering', () => {
    const result = whatIf(
      TEST_ACTORS,
      TEST_RELATIONS,
      toChangeSet(addTie([], { source: 'gem-s', target: 'gem-j', type: 'werkt_samen' })),
      { grouping: 'domein' },
    );
    const rows = new Map(deltaRows(result).map((row) => [row.key, row]));
    expect(rows.size).toBe(INDEX_KEYS.length);
    expect(rows.get('crossShare')).toMatchObject({ format: 'share', direction: 'less' });
    expect(rows.get('eiIndex')?.direction).toBe('less');
    expect(rows.get('crossShare')?.delta).toBeCloseTo(2 / 8 - 1 / 7);
  });

  it('shows one new tie across kokers on the demo map as hardly any difference', () => {
    const demo = JSON.parse(
      readFileSync(new URL('../../../../data/demo/voorbeeldgemeente.json', import.meta.url), 'utf8'),
    ) as {
      actors: Array<AnalysisActor & { key: string }>;
      relations: Array<Omit<AnalysisRelation, 'id'>>;
    };
    const actors = demo.actors.map((actor) => ({ ...actor, id: actor.key }));
    const relations = demo.relations.map((relation, k) => ({ ...relation, id: `r${k}` }));
    // Two spelers of different domeinen without any relatie, as the browser test picks them.
    const tied = new Set(relations.flatMap((r) => [`${r.source}|${r.target}`, `${r.target}|${r.source}`]));
    const a = actors.find((actor) => actor.domains.length > 0) as AnalysisActor;
    const b = actors.find(
      (other) =>
        other.domains.length > 0 && other.domains[0] !== a.domains[0] && !tied.has(`${a.id}|${other.id}`),
    ) as AnalysisActor;
    const result = whatIf(
      actors,
      relations,
      toChangeSet(addTie([], { source: a.id, target: b.id, type: 'werkt_samen' })),
      { grouping: 'domein' },
    );
    const rows = new Map(deltaRows(result).map((row) => [row.key, row]));
    expect(rows.get('eiIndex')?.delta).toBeGreaterThan(0);
    expect(rows.get('eiIndex')?.direction).toBe('slight');
    expect(rows.get('crossShare')?.direction).toBe('slight');
  });
});
