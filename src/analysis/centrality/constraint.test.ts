/**
 * Burt's constraint and effective size: the scatter-array version against a direct transcription of the
 * formulas on seeded random weighted graphs, against stored NetworkX 2.8.8 values on the karate club and
 * Les Misérables, and against Borgatti's n − 2t/n on unweighted graphs (conventions.md §7).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CompactGraph, undirectedGraph } from '../compact-graph.ts';
import { seededRng } from '../rng.ts';
import { structuralHoles } from './constraint.ts';

interface Fixture {
  nodes: string[];
  edges: [number, number, number][];
}

function fixtureGraph(name: string): { graph: CompactGraph; index: (label: string) => number } {
  const path = join(import.meta.dirname, '..', 'fixtures', `${name}.json`);
  const fixture = JSON.parse(readFileSync(path, 'utf8')) as Fixture;
  return {
    graph: undirectedGraph(fixture.nodes.length, fixture.edges),
    index: (label) => fixture.nodes.indexOf(label),
  };
}

/** The formulas as written, with Maps: p_ij, constraint and Burt's effective size. */
function direct(graph: CompactGraph, weighted: boolean) {
  const n = graph.order;
  const w: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (let i = 0; i < n; i++)
    for (let k = graph.offsets[i] as number; k < (graph.offsets[i + 1] as number); k++)
      w[i]?.set(graph.neighbours[k] as number, weighted ? (graph.weights[k] as number) : 1);
  const weight = (i: number, j: number) => w[i]?.get(j) ?? 0;
  const total = (i: number) => [...(w[i]?.values() ?? [])].reduce((sum, x) => sum + x, 0);
  const maximum = (i: number) => Math.max(...(w[i]?.values() ?? []));
  const p = (i: number, j: number) => weight(i, j) / total(i);
  const m = (j: number, q: number) => weight(j, q) / maximum(j);
  const constraint: number[] = [];
  const effectiveSize: number[] = [];
  for (let i = 0; i < n; i++) {
    const ties = [...(w[i]?.keys() ?? [])];
    if (ties.length === 0) {
      constraint.push(Number.NaN);
      effectiveSize.push(Number.NaN);
      continue;
    }
    let c = 0;
    let e = 0;
    for (const j of ties) {
      let indirect = 0;
      let redundancy = 0;
      for (const q of ties) {
        if (q === j) continue;
        indirect += p(i, q) * p(q, j);
        redundancy += p(i, q) * m(j, q);
      }
      c += (p(i, j) + indirect) ** 2;
      e += 1 - redundancy;
    }
    constraint.push(c);
    effectiveSize.push(e);
  }
  return { constraint, effectiveSize };
}

function expectSame(actual: ArrayLike<number>, expected: readonly number[], label: string) {
  expected.forEach((value, i) => {
    const got = actual[i] as number;
    if (Number.isNaN(value)) expect(got, `${label} [${i}]`).toBeNaN();
    else expect(Math.abs(got - value), `${label} [${i}]`).toBeLessThanOrEqual(1e-12 * Math.max(1, value));
  });
}

describe('structuralHoles', () => {
  it('equals the formulas computed directly on seeded random weighted graphs', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const rng = seededRng(seed);
      const n = 1 + Math.floor(rng() * 50);
      const p = rng() * 0.4;
      const edges: number[][] = [];
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) if (rng() < p) edges.push([i, j, 1 + Math.floor(rng() * 8) / 2]);
      const graph = undirectedGraph(n, edges);
      for (const weighted of [true, false]) {
        const result = structuralHoles(graph, { weighted });
        const expected = direct(graph, weighted);
        expectSame(result.constraint, expected.constraint, `seed ${seed} constraint`);
        expectSame(result.effectiveSize, expected.effectiveSize, `seed ${seed} effective size`);
      }
    }
  });

  it('matches NetworkX on the weighted karate club', () => {
    // nx.constraint(G, weight='weight') and nx.effective_size(G, weight='weight') on
    // nx.karate_club_graph() (networkx 2.8.8, weights 1..7), nodes 0, 2, 11, 33.
    const { graph } = fixtureGraph('karate-club');
    const { constraint, effectiveSize } = structuralHoles(graph);
    expectSame(
      [0, 2, 11, 33].map((i) => constraint[i] as number),
      [0.19062348905638032, 0.25565383909645606, 1, 0.18628728563229374],
      'constraint',
    );
    expectSame(
      [0, 2, 11, 33].map((i) => effectiveSize[i] as number),
      [13.775000000000002, 7.946969696969697, 1, 15.22891865079365],
      'effective size',
    );
  });

  it('matches NetworkX on the unweighted karate club (Borgatti’s formula there)', () => {
    // nx.constraint(G) and nx.effective_size(G) (no weight: NetworkX uses n − 2t/n), same nodes.
    const { graph } = fixtureGraph('karate-club');
    const { constraint, effectiveSize } = structuralHoles(graph, { weighted: false });
    expectSame(
      [0, 2, 11, 33].map((i) => constraint[i] as number),
      [0.15542329764660495, 0.18517663966049389, 1, 0.1564186851211073],
      'constraint',
    );
    expectSame(
      [0, 2, 11, 33].map((i) => effectiveSize[i] as number),
      [13.75, 7.8, 1, 15.235294117647058],
      'effective size',
    );
  });

  it('matches NetworkX on Les Misérables', () => {
    // nx.les_miserables_graph() (networkx 2.8.8), weight='weight': [constraint, effective size].
    const expected: Record<string, [number, number]> = {
      Valjean: [0.16344795368282017, 32.96008681828104],
      Myriel: [0.38227311332941244, 9.438163371488033],
      Napoleon: [1, 1],
      Javert: [0.3353052373063625, 11.861599247868373],
    };
    const { graph, index } = fixtureGraph('les-miserables');
    const { constraint, effectiveSize } = structuralHoles(graph);
    for (const [name, [c, e]] of Object.entries(expected)) {
      expectSame([constraint[index(name)] as number], [c], `${name} constraint`);
      expectSame([effectiveSize[index(name)] as number], [e], `${name} effective size`);
    }
  });

  it('gives NaN to isolated spelers, 1 to a single tie, and 1/n-shares to a star centre', () => {
    const star = structuralHoles(
      undirectedGraph(6, [
        [0, 1],
        [0, 2],
        [0, 3],
        [0, 4],
      ]),
    );
    expect(star.constraint[5]).toBeNaN();
    expect(star.effectiveSize[5]).toBeNaN();
    expect(star.constraint[1]).toBe(1);
    expect(star.effectiveSize[1]).toBe(1);
    // Four unconnected contacts of 1/4 each: constraint 4 × (1/4)² = 1/4; no redundancy: size 4.
    expect(star.constraint[0]).toBeCloseTo(0.25, 15);
    expect(star.effectiveSize[0]).toBe(4);
  });
});
