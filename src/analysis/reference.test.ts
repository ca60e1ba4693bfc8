/**
 * Holds the analysis routines to stored NetworkX 2.8.8 / python-igraph 0.10.2 values (conventions.md §7) on
 * Zachary's karate club, Padgett's Florentine families, Les Misérables and the demo werkruimte. The values
 * come from bench/reference-values.py, which checks every one against both libraries before writing
 * fixtures/*.json; see fixtures/README.md. Deterministic measures must match to 1e-9 (relative above 1);
 * our Louvain's best modularity over seeds 0..9 must reach 0.99 × igraph's best over seeds 0..9.
 *
 * The demo is built through buildSnapshot from data/demo/voorbeeldgemeente.json, so the collaboration
 * projection itself (pairs, summed strengths, arcs) is checked against the script's independent one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Force, RelationType } from '../domain/index.ts';
import { betweenness } from './centrality/betweenness.ts';
import { harmonicCloseness } from './centrality/closeness.ts';
import { structuralHoles } from './centrality/constraint.ts';
import { pagerank } from './centrality/pagerank.ts';
import { pathSweep } from './centrality/path-sweep.ts';
import { louvain } from './clusters/louvain.ts';
import { modularity } from './clusters/modularity.ts';
import { type CompactGraph, undirectedGraph } from './compact-graph.ts';
import { seededRng } from './rng.ts';
import { eiIndex } from './silos/ei-index.ts';
import { type GroupingKey, resolveGrouping } from './silos/grouping.ts';
import { type AnalysisActor, type AnalysisRelation, buildSnapshot } from './snapshot.ts';

const TOLERANCE = 1e-9;
const LOUVAIN_SEEDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const LOUVAIN_SHARE = 0.99;

type Tie = [number, number, number];

interface EiValues {
  index: number | null;
  external: number;
  internal: number;
  crossShare: number | null;
  perGroup: { label: string; external: number; internal: number; index: number | null }[];
}

interface Partition {
  name: string;
  source: string;
  labels: string[];
  groupOf: number[];
  modularity: { weighted: number; unweighted: number };
  eiIndex: EiValues;
}

interface LouvainBaseline {
  igraphBest: number;
  igraphSeeds: number[];
  networkxBest: number;
  networkxSeeds: number[];
}

interface Fixture {
  name: string;
  provenance: Record<string, unknown>;
  nodes: string[];
  edges: Tie[];
  arcs?: Tie[];
  betweenness: number[];
  harmonicCloseness: number[];
  averagePathLength: number | null;
  pagerank: number[];
  constraint: (number | null)[];
  effectiveSize: (number | null)[];
  partitions: Partition[];
  louvain: { weighted: LouvainBaseline; unweighted: LouvainBaseline };
}

interface DemoFile {
  actors: {
    key: string;
    name: string;
    force: Force;
    kind?: string;
    domains: string[];
    wijken: string[];
    tags: string[];
    scale?: string | null;
  }[];
  relations: { source: string; target: string; type: RelationType; strength: number }[];
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(import.meta.dirname, path), 'utf8')) as T;
}

const fixture = (name: string) => readJson<Fixture>(`fixtures/${name}.json`);

/** null in a fixture stands for NaN (an isolated node's constraint and effective size). */
function mismatches(
  labels: readonly string[],
  actual: ArrayLike<number>,
  expected: readonly (number | null)[],
): string[] {
  if (actual.length !== expected.length) return [`length ${actual.length}, expecting ${expected.length}`];
  const wrong: string[] = [];
  expected.forEach((value, i) => {
    const got = actual[i] as number;
    const ok =
      value === null ? Number.isNaN(got) : Math.abs(got - value) <= TOLERANCE * Math.max(1, Math.abs(value));
    if (!ok) wrong.push(`${labels[i]}: ${got}, expecting ${value ?? 'NaN'}`);
  });
  return wrong;
}

function expectNumber(actual: number, expected: number | null): void {
  if (expected === null) expect(actual).toBeNaN();
  else expect(Math.abs(actual - expected)).toBeLessThanOrEqual(TOLERANCE * Math.max(1, Math.abs(expected)));
}

function undirectedEdges(graph: CompactGraph): Tie[] {
  const edges: Tie[] = [];
  for (let i = 0; i < graph.order; i++)
    for (let k = graph.offsets[i] as number; k < (graph.offsets[i + 1] as number); k++) {
      const j = graph.neighbours[k] as number;
      if (i < j) edges.push([i, j, graph.weights[k] as number]);
    }
  return edges;
}

function directedArcs(graph: CompactGraph): Tie[] {
  const arcs: Tie[] = [];
  for (let i = 0; i < graph.order; i++)
    for (let k = graph.outOffsets[i] as number; k < (graph.outOffsets[i + 1] as number); k++)
      arcs.push([i, graph.outNeighbours[k] as number, graph.outWeights[k] as number]);
  return arcs;
}

function demoSnapshot() {
  const demo = readJson<DemoFile>('../../data/demo/voorbeeldgemeente.json');
  const actors: AnalysisActor[] = demo.actors.map((actor) => ({
    id: actor.key,
    name: actor.name,
    force: actor.force,
    domains: actor.domains,
    wijken: actor.wijken,
    tags: actor.tags,
    ...(actor.kind === undefined ? {} : { kind: actor.kind }),
    scale: actor.scale ?? null,
  }));
  const relations: AnalysisRelation[] = demo.relations.map((relation, k) => ({
    id: `relatie-${k}`,
    source: relation.source,
    target: relation.target,
    type: relation.type,
    strength: relation.strength,
  }));
  return buildSnapshot(actors, relations);
}

/** The assertions every graph gets, given the fixture and our graph of it. */
function referenceSuite(reference: Fixture, graph: CompactGraph, partitionOf: (p: Partition) => Int32Array) {
  const labels = reference.nodes;

  it('has the fixture graph', () => {
    expect(graph.order).toBe(labels.length);
    expect(undirectedEdges(graph)).toEqual(reference.edges);
  });

  it('betweenness matches NetworkX (normalised, unweighted)', () => {
    const values = betweenness(graph, { mode: 'exact' }).values;
    expect(mismatches(labels, values, reference.betweenness)).toEqual([]);
  });

  it('harmonic closeness matches NetworkX / (n − 1)', () => {
    expect(mismatches(labels, harmonicCloseness(graph), reference.harmonicCloseness)).toEqual([]);
  });

  it('one path sweep gives the same betweenness, closeness and average path length', () => {
    // As diagnosis.ts reads it: ordered-pair dependencies over (n − 1)(n − 2), distance sums over n − 1.
    const n = graph.order;
    const sweep = pathSweep(graph);
    const betweennessValues = sweep.dependency.map((value) => value / ((n - 1) * (n - 2)));
    const harmonicValues = sweep.harmonic.map((value) => value / (n - 1));
    expect(mismatches(labels, betweennessValues, reference.betweenness)).toEqual([]);
    expect(mismatches(labels, harmonicValues, reference.harmonicCloseness)).toEqual([]);
    expectNumber(sweep.distanceSum / sweep.reachedPairs, reference.averagePathLength);
  });

  it('weighted PageRank matches NetworkX and igraph PRPACK', () => {
    const values = pagerank(graph, { weighted: true }).values;
    expect(mismatches(labels, values, reference.pagerank)).toEqual([]);
  });

  it("Burt's constraint and effective size match NetworkX (weighted)", () => {
    const holes = structuralHoles(graph);
    expect(mismatches(labels, holes.constraint, reference.constraint)).toEqual([]);
    expect(mismatches(labels, holes.effectiveSize, reference.effectiveSize)).toEqual([]);
  });

  for (const partition of reference.partitions) {
    describe(`partition ${partition.name}`, () => {
      it('modularity matches NetworkX and igraph, weighted and unweighted', () => {
        const groupOf = partitionOf(partition);
        expectNumber(modularity(graph, groupOf, { weighted: true }), partition.modularity.weighted);
        expectNumber(modularity(graph, groupOf, { weighted: false }), partition.modularity.unweighted);
      });

      it('E-I index matches, overall and per group', () => {
        const result = eiIndex(graph, partitionOf(partition), partition.labels.length);
        const expected = partition.eiIndex;
        expect(result.external).toBe(expected.external);
        expect(result.internal).toBe(expected.internal);
        expectNumber(result.index, expected.index);
        expectNumber(result.crossShare, expected.crossShare);
        expect(result.perGroup).toHaveLength(expected.perGroup.length);
        expected.perGroup.forEach((group, g) => {
          const ours = result.perGroup[g];
          expect(ours?.external, group.label).toBe(group.external);
          expect(ours?.internal, group.label).toBe(group.internal);
          expectNumber(ours?.index as number, group.index);
        });
      });
    });
  }

  for (const weighted of [true, false]) {
    const mode = weighted ? 'weighted' : 'unweighted';
    it(`Louvain (${mode}) reaches ${LOUVAIN_SHARE} × igraph's best modularity over seeds 0..9`, () => {
      const results = LOUVAIN_SEEDS.map((seed) => louvain(graph, { rng: seededRng(seed), weighted }));
      for (const result of results)
        expectNumber(result.modularity, modularity(graph, result.communities, { weighted }));
      const best = Math.max(...results.map((result) => result.modularity));
      expect(best).toBeGreaterThanOrEqual(LOUVAIN_SHARE * reference.louvain[mode].igraphBest);
    });
  }
}

const fromFixture = (partition: Partition) => Int32Array.from(partition.groupOf);

for (const name of ['karate-club', 'florentine-families', 'les-miserables']) {
  describe(name, () => {
    const reference = fixture(name);
    referenceSuite(reference, undirectedGraph(reference.nodes.length, reference.edges), fromFixture);
  });
}

describe('voorbeeldgemeente (through buildSnapshot)', () => {
  const reference = fixture('voorbeeldgemeente');
  const snapshot = demoSnapshot();
  const graph = snapshot.collaboration;

  it('projects the demo onto the same nodes, edges and arcs as the script', () => {
    expect(snapshot.ids).toEqual(reference.nodes);
    expect(undirectedEdges(graph)).toEqual(reference.edges);
    expect(directedArcs(graph)).toEqual(reference.arcs);
  });

  it('groups by kracht and domein as the fixture does', () => {
    for (const partition of reference.partitions) {
      const grouping = resolveGrouping(snapshot.actors, partition.name as GroupingKey);
      expect(grouping.labels).toEqual(partition.labels);
      expect(Array.from(grouping.groupOf)).toEqual(partition.groupOf);
    }
  });

  referenceSuite(
    reference,
    graph,
    (partition) => resolveGrouping(snapshot.actors, partition.name as GroupingKey).groupOf,
  );
});
