import { describe, expect, it } from 'vitest';
import { compactGraph } from '../compact-graph.ts';
import { gouldFernandez } from './gould-fernandez.ts';

const arc = (source: number, target: number) => ({ source, target, weight: 1, directed: true });

/** One open two-step 0 → 1 → 2 with the given groups; returns the role broker 1 gets. */
function roleOf(groups: [number, number, number]): string[] {
  const result = gouldFernandez(compactGraph(3, [arc(0, 1), arc(1, 2)]), Int32Array.from(groups));
  return Object.entries(result)
    .filter(([, counts]) => counts[1] === 1)
    .map(([role]) => role);
}

describe('Gould–Fernandez brokerage', () => {
  it('names each of the five roles by the groups of a → b → c', () => {
    expect(roleOf([0, 0, 0])).toEqual(['coordinator']);
    expect(roleOf([1, 0, 0])).toEqual(['gatekeeper']);
    expect(roleOf([0, 0, 1])).toEqual(['representative']);
    expect(roleOf([1, 0, 1])).toEqual(['consultant']);
    expect(roleOf([1, 0, 2])).toEqual(['liaison']);
  });

  it('does not count a closed two-step or an ungrouped end', () => {
    const closed = gouldFernandez(
      compactGraph(3, [arc(0, 1), arc(1, 2), arc(0, 2)]),
      Int32Array.from([1, 0, 2]),
    );
    expect(closed.liaison[1]).toBe(0);
    expect(roleOf([-1, 0, 2])).toEqual([]);
  });

  it('counts a mutual tie both ways: a star centre between two kokers is liaison twice', () => {
    const mutual = (source: number, target: number) => ({ source, target, weight: 1, directed: false });
    const result = gouldFernandez(compactGraph(3, [mutual(0, 1), mutual(1, 2)]), Int32Array.from([1, 0, 2]));
    expect(result.liaison[1]).toBe(2);
    expect(result.liaison[0]).toBe(0);
  });
});
