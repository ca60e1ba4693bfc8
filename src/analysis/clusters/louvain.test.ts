/**
 * Louvain: reproducible with a seed, canonical numbering, the modularity it reports is the modularity of
 * what it returns, and at least 99 % of python-igraph's `community_multilevel` on named graphs and seeded
 * block models (conventions.md §7).
 */
import { describe, expect, it } from 'vitest';
import { type CompactGraph, undirectedGraph } from '../compact-graph.ts';
import { seededRng } from '../rng.ts';
import { normalizedMutualInformation } from '../silos/nmi.ts';
import { louvain } from './louvain.ts';
import { modularity } from './modularity.ts';

/** Zachary's karate club with the interaction counts NetworkX 2.8 ships as `weight`. */
const KARATE =
  '0-1:4 0-2:5 0-3:3 0-4:3 0-5:3 0-6:3 0-7:2 0-8:2 0-10:2 0-11:3 0-12:1 0-13:3 0-17:2 0-19:2 0-21:2 0-31:2 ' +
  '1-2:6 1-3:3 1-7:4 1-13:5 1-17:1 1-19:2 1-21:2 1-30:2 2-3:3 2-7:4 2-8:5 2-9:1 2-13:3 2-27:2 2-28:2 2-32:2 ' +
  '3-7:3 3-12:3 3-13:3 4-6:2 4-10:3 5-6:5 5-10:3 5-16:3 6-16:3 8-30:3 8-32:3 8-33:4 9-33:2 13-33:3 14-32:3 ' +
  '14-33:2 15-32:3 15-33:4 18-32:1 18-33:2 19-33:1 20-32:3 20-33:1 22-32:2 22-33:3 23-25:5 23-27:4 23-29:3 ' +
  '23-32:5 23-33:4 24-25:2 24-27:3 24-31:2 25-31:7 26-29:4 26-33:2 27-33:4 28-31:2 28-33:2 29-32:4 29-33:2 ' +
  '30-32:3 30-33:3 31-32:4 31-33:4 32-33:5';
/** Padgett's Florentine marriages, nodes in NetworkX order (Acciaiuoli, Medici, Castellani, …). */
const FLORENTINE =
  '0-1 1-5 1-6 1-7 1-8 1-9 2-3 2-4 2-5 3-4 3-11 4-6 4-11 6-7 7-12 8-13 8-12 9-10 11-12 12-14';
/** Knuth's Les Misérables co-appearances with weights, nodes in NetworkX order (Napoleon, Myriel, …). */
const LES_MISERABLES =
  '0-1:1 1-2:8 1-3:10 1-4:1 1-5:1 1-6:1 1-7:1 1-8:2 1-9:1 1-10:5 2-3:6 2-10:3 3-10:3 10-11:1 10-12:1 ' +
  '10-13:1 10-14:1 10-15:1 10-23:9 10-24:7 10-25:12 10-26:31 10-27:17 10-28:8 10-29:2 10-31:3 10-32:1 ' +
  '10-33:2 10-34:3 10-35:3 10-36:2 10-37:2 10-38:2 10-43:3 10-44:1 10-48:1 10-49:2 10-51:2 10-55:19 ' +
  '10-58:4 10-64:1 10-68:1 10-69:1 10-70:1 10-71:1 10-72:1 12-23:2 16-17:4 16-18:4 16-19:4 16-20:3 ' +
  '16-21:3 16-22:3 16-23:3 17-18:4 17-19:4 17-20:3 17-21:3 17-22:3 17-23:3 17-26:1 17-55:1 18-19:4 ' +
  '18-20:3 18-21:3 18-22:3 18-23:3 19-20:4 19-21:3 19-22:3 19-23:3 20-21:5 20-22:4 20-23:4 21-22:4 ' +
  '21-23:4 22-23:4 23-24:2 23-25:1 23-27:5 23-29:1 23-30:1 23-31:2 24-25:13 24-26:4 24-27:1 24-41:2 ' +
  '24-42:1 24-50:1 24-68:1 24-69:1 24-70:1 25-26:1 25-27:5 25-39:1 25-40:1 25-41:3 25-42:2 25-48:1 ' +
  '25-55:2 25-68:5 25-69:6 25-70:4 25-71:1 25-75:3 26-27:1 26-43:1 26-49:3 26-51:2 26-54:1 26-55:21 ' +
  '26-72:2 27-28:1 27-29:1 27-31:1 27-33:1 27-43:1 27-48:1 27-58:6 27-68:1 27-69:2 27-70:1 27-71:1 ' +
  '27-72:1 28-44:3 28-45:2 29-34:2 29-35:2 29-36:1 29-37:1 29-38:1 30-31:2 34-35:3 34-36:2 34-37:2 ' +
  '34-38:2 35-36:2 35-37:2 35-38:2 36-37:2 36-38:2 37-38:2 39-52:1 39-55:1 41-42:2 41-55:5 41-57:1 ' +
  '41-62:1 41-68:1 41-69:1 41-70:1 41-71:1 41-75:1 46-47:1 46-48:2 48-55:4 48-57:1 48-58:7 48-59:6 ' +
  '48-60:1 48-61:2 48-62:7 48-63:5 48-64:5 48-65:3 48-66:1 48-68:1 48-69:1 48-71:1 48-73:2 48-74:2 ' +
  '48-75:1 48-76:1 49-50:1 49-51:9 49-54:1 49-55:12 49-56:1 51-52:1 51-53:1 51-54:2 51-55:6 54-55:1 ' +
  '55-56:1 55-57:1 55-58:7 55-59:5 55-61:1 55-62:9 55-63:1 55-64:5 55-65:2 57-58:1 57-59:2 57-61:1 ' +
  '57-62:2 57-63:2 57-64:1 57-65:1 57-67:3 58-59:15 58-60:4 58-61:6 58-62:17 58-63:4 58-64:10 58-65:5 ' +
  '58-66:3 58-70:1 58-76:1 59-60:2 59-61:5 59-62:13 59-63:5 59-64:9 59-65:5 59-66:1 60-61:2 60-62:3 ' +
  '60-63:2 60-64:2 60-65:2 60-66:1 61-62:6 61-63:3 61-64:6 61-65:5 61-66:1 62-63:6 62-64:12 62-65:5 ' +
  '62-66:2 62-76:1 63-64:4 63-65:5 63-66:1 63-76:1 64-65:7 64-66:3 64-76:1 65-66:2 65-76:1 66-76:1 ' +
  '68-69:6 68-70:4 68-71:2 68-75:3 69-70:4 69-71:2 69-75:3 70-71:2 70-75:1 71-75:1 73-74:3';

function parseEdges(text: string): number[][] {
  return text
    .trim()
    .split(/\s+/)
    .map((token) => {
      const [pair, weight] = token.split(':');
      const [u, v] = (pair as string).split('-').map(Number);
      return [u as number, v as number, weight === undefined ? 1 : Number(weight)];
    });
}

/** Planted partition: `blocks` random blocks, tie probability `inside`/`outside`, weights 1–3. */
function blockModel(seed: number, n: number, blocks: number, inside: number, outside: number): CompactGraph {
  const rng = seededRng(seed);
  const block = Int32Array.from({ length: n }, () => Math.floor(rng() * blocks));
  const edges: number[][] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      if (rng() < (block[i] === block[j] ? inside : outside)) edges.push([i, j, 1 + Math.floor(rng() * 3)]);
  return undirectedGraph(n, edges);
}

const karate = undirectedGraph(34, parseEdges(KARATE));
const florentine = undirectedGraph(15, parseEdges(FLORENTINE));
const lesMiserables = undirectedGraph(77, parseEdges(LES_MISERABLES));
const smallBlocks = blockModel(7, 400, 8, 0.1, 0.01);
const largeBlocks = blockModel(11, 1200, 12, 0.05, 0.004);

function expectCanonical(communities: Int32Array, count: number): void {
  const size = new Int32Array(count);
  const first = new Int32Array(count).fill(-1);
  communities.forEach((c, i) => {
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThan(count);
    size[c] = (size[c] as number) + 1;
    if (first[c] === -1) first[c] = i;
  });
  for (let c = 1; c < count; c++) {
    expect(size[c]).toBeLessThanOrEqual(size[c - 1] as number);
    if (size[c] === size[c - 1]) expect(first[c]).toBeGreaterThan(first[c - 1] as number);
  }
}

describe('louvain', () => {
  it('gives identical output for the same input and seed', () => {
    for (const graph of [karate, lesMiserables, largeBlocks]) {
      const a = louvain(graph, { rng: seededRng(42) });
      const b = louvain(graph, { rng: seededRng(42) });
      expect(b.communities).toEqual(a.communities);
      expect(b.modularity).toBe(a.modularity);
      expect(b.levels).toBe(a.levels);
    }
  });

  it('numbers communities canonically and reports their modularity', () => {
    for (const [graph, options] of [
      [karate, {}],
      [lesMiserables, { weighted: false }],
      [smallBlocks, { resolution: 0.6 }],
      [largeBlocks, { resolution: 1.8, weighted: false }],
    ] as const)
      for (const seed of [1, 2, 3]) {
        const result = louvain(graph, { rng: seededRng(seed), ...options });
        expectCanonical(result.communities, result.count);
        expect(result.modularity).toBeCloseTo(modularity(graph, result.communities, options), 12);
      }
  });

  // igraph figures: python-igraph 0.10.2, `g.community_multilevel(weights='weight')` run 1000 times on the
  // same edge lists (for the block models, written out from `blockModel` by a throwaway script), modularity
  // with weights. igraph shuffles, so its runs differ: every one of ours must reach 0.99 × igraph's best
  // run, and 10 of ours on average must reach its average run.
  it.each([
    ['karate club (weighted)', karate, { mean: 0.4404579655553681, max: 0.44490358126721763 }],
    ['Florentine families', florentine, { mean: 0.3979175, max: 0.39875 }],
    ['Les Misérables (weighted)', lesMiserables, { mean: 0.56540251041047, max: 0.5666879833432481 }],
    ['block model 400 / 8', smallBlocks, { mean: 0.44512191331212786, max: 0.463812256558895 }],
    ['block model 1200 / 12', largeBlocks, { mean: 0.3930912376674997, max: 0.41432423688841724 }],
  ])('reaches 0.99 × igraph multilevel on %s', (_, graph, igraph) => {
    let sum = 0;
    for (let seed = 0; seed < 10; seed++) {
      const { modularity: q } = louvain(graph, { rng: seededRng(seed) });
      expect(q).toBeGreaterThanOrEqual(0.99 * igraph.max);
      sum += q;
    }
    expect(sum / 10).toBeGreaterThanOrEqual(0.999 * igraph.mean);
  });

  it('gives every node its own community on a map without ties', () => {
    const result = louvain(undirectedGraph(5, []), { rng: seededRng(1) });
    expect(Array.from(result.communities)).toEqual([0, 1, 2, 3, 4]);
    expect(result.count).toBe(5);
    expect(result.modularity).toBeNaN();
    expect(result.levels).toBe(0);
    expect(louvain(undirectedGraph(0, []), { rng: seededRng(1) }).count).toBe(0);
  });

  it('splits two disjoint cliques into two communities, isolates alone', () => {
    const edges: number[][] = [];
    for (const offset of [0, 6])
      for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) edges.push([offset + i, offset + j]);
    const result = louvain(undirectedGraph(12, edges), { rng: seededRng(3) });
    // Clique {0..4} and clique {6..10} tie on size; node 0 comes first. Isolates 5 and 11 follow.
    expect(Array.from(result.communities)).toEqual([0, 0, 0, 0, 0, 2, 1, 1, 1, 1, 1, 3]);
    expect(result.modularity).toBeCloseTo(0.5, 12);
  });

  it('finds more, smaller clusters at a higher resolution', () => {
    const coarse = louvain(largeBlocks, { rng: seededRng(5), resolution: 0.3 });
    const fine = louvain(largeBlocks, { rng: seededRng(5), resolution: 3 });
    expect(fine.count).toBeGreaterThan(coarse.count);
  });

  it('counts each pair once when unweighted', () => {
    const unit = undirectedGraph(
      77,
      parseEdges(LES_MISERABLES).map(([u, v]) => [u as number, v as number]),
    );
    const a = louvain(lesMiserables, { rng: seededRng(9), weighted: false });
    const b = louvain(unit, { rng: seededRng(9) });
    expect(a.communities).toEqual(b.communities);
  });

  it('warm-starts from a partition and stays nearer to it than a cold run does', () => {
    // The 1200-node block model is noisy on purpose: cold runs with different seeds agree only ~0.7 (NMI).
    const cold = louvain(largeBlocks, { rng: seededRng(1) });
    const again = louvain(largeBlocks, { rng: seededRng(2), initial: cold.communities });
    expect(again.modularity).toBeGreaterThanOrEqual(cold.modularity - 1e-12);
    expect(normalizedMutualInformation(again.communities, cold.communities)).toBeGreaterThan(0.95);

    const edges: number[][] = [];
    for (let i = 0; i < largeBlocks.order; i++)
      for (let k = largeBlocks.offsets[i] as number; k < (largeBlocks.offsets[i + 1] as number); k++)
        if ((largeBlocks.neighbours[k] as number) > i)
          edges.push([i, largeBlocks.neighbours[k] as number, largeBlocks.weights[k] as number]);
    const changed = undirectedGraph(largeBlocks.order, [...edges, [0, 1, 3], [2, 3, 3]]);
    const warm = louvain(changed, { rng: seededRng(3), initial: cold.communities });
    const fresh = louvain(changed, { rng: seededRng(3) });
    const warmAgreement = normalizedMutualInformation(warm.communities, cold.communities);
    expect(warmAgreement).toBeGreaterThan(0.9);
    expect(warmAgreement).toBeGreaterThan(
      normalizedMutualInformation(fresh.communities, cold.communities) + 0.1,
    );
    expect(warm.modularity).toBeGreaterThanOrEqual(0.99 * fresh.modularity);
  });

  it('keeps the best of several runs on small maps', () => {
    for (let seed = 0; seed < 5; seed++) {
      const single = louvain(karate, { rng: seededRng(seed), restarts: 1 });
      const several = louvain(karate, { rng: seededRng(seed) });
      expect(several.modularity).toBeGreaterThanOrEqual(single.modularity);
    }
  });

  it('starts nodes marked −1 alone and only improves on the start', () => {
    const cold = louvain(lesMiserables, { rng: seededRng(4) });
    const initial = cold.communities.map((c, i) => (i % 5 === 0 ? -1 : c));
    const warm = louvain(lesMiserables, { rng: seededRng(5), initial });
    expect(warm.modularity).toBeGreaterThanOrEqual(modularity(lesMiserables, initial));
    expect(warm.modularity).toBeCloseTo(modularity(lesMiserables, warm.communities), 12);
    expect(normalizedMutualInformation(warm.communities, cold.communities)).toBeGreaterThan(0.9);
  });

  it('rejects invalid options', () => {
    const rng = seededRng(1);
    expect(() => louvain(karate, { rng, initial: new Int32Array(3) })).toThrow(RangeError);
    expect(() => louvain(karate, { rng, resolution: -1 })).toThrow(/resolution/);
    expect(() => louvain(karate, { rng, maxLevels: 1.5 })).toThrow(/maxLevels/);
    expect(() => louvain(karate, { rng, minGain: Number.NaN })).toThrow(/minGain/);
    expect(() => louvain(karate, { rng, restarts: 0 })).toThrow(/restarts/);
    expect(() => louvain(karate, { rng, maxRounds: 0 })).toThrow(/maxRounds/);
  });

  it('does not touch its inputs', () => {
    const initial = Int32Array.from({ length: 34 }, (_, i) => i % 3);
    const copy = initial.slice();
    const weights = karate.weights.slice();
    louvain(karate, { rng: seededRng(1), initial });
    expect(initial).toEqual(copy);
    expect(karate.weights).toEqual(weights);
  });
});
