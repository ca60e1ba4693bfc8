/**
 * The verkokering diagnosis of one werkruimte: every measure of the issue computed once on one snapshot,
 * mapped back to speler ids, ready for the Diagnose panel, the API and the CLI. Pure: same snapshot and
 * options (seed included) → the same result, byte for byte.
 *
 * One shortest-path sweep feeds betweenness, harmonic closeness and the average path length; when the map
 * is too large for an exact sweep (see centrality/betweenness.ts) the sweep runs from seeded pivots and
 * the result says so, with the error bound.
 */

import type { Force } from '../domain/index.ts';
import { BROKERAGE_ROLES, type BrokerageRole, gouldFernandez } from './brokerage/gould-fernandez.ts';
import { siloBridges } from './brokerage/silo-bridges.ts';
import { BETWEENNESS_DEFAULTS, samplingErrorBound } from './centrality/betweenness.ts';
import { structuralHoles } from './centrality/constraint.ts';
import { degrees } from './centrality/degree.ts';
import { pagerank } from './centrality/pagerank.ts';
import { pathSweep } from './centrality/path-sweep.ts';
import { clusterProfiles } from './clusters/cluster-profiles.ts';
import { louvain } from './clusters/louvain.ts';
import { indexValues } from './index-values.ts';
import { type IndexCard, indexCards } from './indices.ts';
import { articulationPoints } from './network/articulation-points.ts';
import { connectedComponents } from './network/components.ts';
import { type DiagnosisOptions, type DiagnosisOptionsInput, resolveDiagnosisOptions } from './options.ts';
import { seededRng, shuffledIndices } from './rng.ts';
import { eiIndex } from './silos/ei-index.ts';
import { resolveGrouping } from './silos/grouping.ts';
import type { Snapshot } from './snapshot.ts';
import { type MissingLinkReason, missingLinks } from './suggestions/missing-links.ts';
import { residentsReach } from './suggestions/residents-reach.ts';

export interface ActorMeasures {
  id: string;
  name: string;
  force: Force;
  /** Label of the speler's koker in the chosen grouping; null when it has none. */
  koker: string | null;
  cluster: number;
  degree: number;
  inDegree: number;
  outDegree: number;
  strength: number;
  betweenness: number;
  /** null on maps too large for an exact all-pairs sweep. */
  harmonicCloseness: number | null;
  pagerank: number;
  /** Burt's constraint and effective size; null for spelers without collaboration ties. */
  constraint: number | null;
  effectiveSize: number | null;
  brokerage: Record<BrokerageRole, number>;
  crossTies: number;
  kokersReached: number;
  soleLinks: number;
  articulation: boolean;
  separated: number;
}

export interface SiloRow {
  label: string;
  size: number;
  internal: number;
  external: number;
  eiIndex: number | null;
}

export interface ClusterRow {
  cluster: number;
  size: number;
  dominantForce: string;
  forceShare: number;
  dominantDomain: string | null;
  domainShare: number;
  memberIds: string[];
}

export interface Suggestion {
  sourceId: string;
  targetId: string;
  score: number;
  reason: MissingLinkReason;
  sharedDomains: string[];
  sharedWijken: string[];
  commonContacts: number;
}

export interface ResidentRow {
  id: string;
  toGemeente: { distance: number | null; pathIds: string[] };
  toProfessional: { distance: number | null; pathIds: string[] };
  subsidyOnly: boolean;
}

export interface Diagnosis {
  parameters: DiagnosisOptions & {
    betweennessExact: boolean;
    betweennessSamples: number;
    betweennessErrorBound: number | null;
    betweennessConfidence: number;
  };
  network: {
    spelers: number;
    ties: number;
    arcs: number;
    components: number;
    largestComponent: number;
    isolates: number;
  };
  indices: IndexCard[];
  kokers: { grouping: string; ungrouped: number; rows: SiloRow[] };
  /** `modularity` is null for a map without collaboration ties: there it is not defined (0/0). */
  clusters: { count: number; modularity: number | null; rows: ClusterRow[] };
  spelers: ActorMeasures[];
  /** Ids, best bridge first: spelers that connect kokers others leave apart. */
  brokers: string[];
  weakSpots: {
    /** Ids of articulation points, most spelers cut off first. */
    articulationPoints: string[];
    /** Ids of spelers whose departure leaves koker pairs without any direct tie, most first. */
    soleBridges: string[];
    /** Ids of spelers whose departure would cut the most ties between kokers, most first (top 10). */
    crossTieCarriers: string[];
    /** Collaboration ties between kokers in the whole map, each pair once (for "x of y"). */
    totalCrossTies: number;
  };
  suggestions: Suggestion[];
  residents: ResidentRow[];
}

const nullIfNaN = (value: number): number | null => (Number.isFinite(value) ? value : null);

export function diagnose(snapshot: Snapshot, input: DiagnosisOptionsInput = {}): Diagnosis {
  const options = resolveDiagnosisOptions(input);
  const graph = snapshot.collaboration;
  const n = graph.order;
  const { ids, actors } = snapshot;
  const grouping = resolveGrouping(actors, options.grouping);

  const degree = degrees(graph);
  const paths = shortestPathMeasures(snapshot, options);
  const ranks = pagerank(graph, { weighted: true }).values;
  const holes = structuralHoles(graph);
  const brokerage = gouldFernandez(graph, grouping.groupOf);
  const bridges = siloBridges(graph, grouping.groupOf, grouping.labels.length);
  const components = connectedComponents(graph);
  const cuts = articulationPoints(graph);
  const clustering = louvain(graph, { rng: seededRng(options.seed) });
  const ei = eiIndex(graph, grouping.groupOf, grouping.labels.length);

  const profiles = clusterProfiles(clustering.communities, clustering.count, {
    force: actors.map((actor) => actor.force),
    primaryDomain: actors.map((actor) => actor.domains[0]),
  });

  const { values, context } = indexValues({
    graph,
    groupOf: grouping.groupOf,
    clustering,
    ei,
    components,
    averagePathLength: paths.averagePathLength,
  });

  const spelers: ActorMeasures[] = actors.map((actor, i) => {
    const group = grouping.groupOf[i] as number;
    return {
      id: actor.id,
      name: actor.name,
      force: actor.force,
      koker: group >= 0 ? (grouping.labels[group] as string) : null,
      cluster: clustering.communities[i] as number,
      degree: degree.degree[i] as number,
      inDegree: degree.inDegree[i] as number,
      outDegree: degree.outDegree[i] as number,
      strength: degree.strength[i] as number,
      betweenness: paths.betweenness[i] as number,
      harmonicCloseness: nullIfNaN(paths.harmonic[i] as number),
      pagerank: ranks[i] as number,
      constraint: nullIfNaN(holes.constraint[i] as number),
      effectiveSize: nullIfNaN(holes.effectiveSize[i] as number),
      brokerage: Object.fromEntries(
        BROKERAGE_ROLES.map((role) => [role, brokerage[role][i] as number]),
      ) as Record<BrokerageRole, number>,
      crossTies: bridges.crossTies[i] as number,
      kokersReached: bridges.kokersReached[i] as number,
      soleLinks: bridges.soleLinks[i] as number,
      articulation: cuts.isArticulation[i] === 1,
      separated: cuts.separated[i] as number,
    };
  });

  return {
    parameters: {
      ...options,
      betweennessExact: paths.exact,
      betweennessSamples: paths.samples,
      betweennessErrorBound: paths.errorBound,
      betweennessConfidence: paths.confidence,
    },
    network: {
      spelers: n,
      ties: graph.edgeCount,
      arcs: graph.arcCount,
      components: components.count,
      largestComponent: components.sizes[0] ?? 0,
      isolates: degree.degree.reduce((count, d) => count + (d === 0 ? 1 : 0), 0),
    },
    indices: indexCards(values, context),
    kokers: {
      grouping: options.grouping,
      ungrouped: grouping.groupOf.reduce((count, g) => count + (g < 0 ? 1 : 0), 0),
      rows: grouping.labels.map((label, g) => ({
        label,
        size: grouping.groupOf.reduce((count, x) => count + (x === g ? 1 : 0), 0),
        internal: ei.perGroup[g]?.internal ?? 0,
        external: ei.perGroup[g]?.external ?? 0,
        eiIndex: nullIfNaN(ei.perGroup[g]?.index ?? Number.NaN),
      })),
    },
    clusters: {
      count: clustering.count,
      modularity: Number.isFinite(clustering.modularity) ? clustering.modularity : null,
      rows: profiles.map((profile) => ({
        cluster: profile.cluster,
        size: profile.size,
        dominantForce: profile.dominantForce,
        forceShare: profile.forceShare,
        dominantDomain: profile.dominantDomain,
        domainShare: profile.domainShare,
        memberIds: Array.from(profile.members, (member) => ids[member] as string),
      })),
    },
    spelers,
    brokers: rankBrokers(spelers),
    weakSpots: {
      articulationPoints: spelers
        .filter((speler) => speler.articulation)
        .sort((a, b) => b.separated - a.separated || b.betweenness - a.betweenness)
        .map((speler) => speler.id),
      soleBridges: spelers
        .filter((speler) => speler.soleLinks > 0)
        .sort((a, b) => b.soleLinks - a.soleLinks || b.crossTies - a.crossTies)
        .map((speler) => speler.id),
      crossTieCarriers: spelers
        .filter((speler) => speler.crossTies > 0)
        .sort(
          (a, b) => b.crossTies - a.crossTies || b.betweenness - a.betweenness || a.id.localeCompare(b.id),
        )
        .slice(0, 10)
        .map((speler) => speler.id),
      totalCrossTies: bridges.totalCrossTies,
    },
    suggestions: missingLinks(snapshot, {
      clusterOf: clustering.communities,
      limit: options.suggestions,
    }).map((link) => ({
      sourceId: ids[link.source] as string,
      targetId: ids[link.target] as string,
      score: link.score,
      reason: link.reason,
      sharedDomains: link.sharedDomains,
      sharedWijken: link.sharedWijken,
      commonContacts: link.commonContacts,
    })),
    residents: residentsReach(snapshot).map((row) => ({
      id: ids[row.node] as string,
      toGemeente: {
        distance: row.toGemeente.distance,
        pathIds: row.toGemeente.path.map((node) => ids[node] as string),
      },
      toProfessional: {
        distance: row.toProfessional.distance,
        pathIds: row.toProfessional.path.map((node) => ids[node] as string),
      },
      subsidyOnly: row.subsidyOnly,
    })),
  };
}

/**
 * Brokers between kokers, best first: open two-steps across kokers (gatekeeper + representative +
 * consultant + liaison) — the ties only this speler joins up — then betweenness as tie-break. Spelers
 * without a tie into another koker are not brokers, whatever their centrality.
 */
export function rankBrokers(spelers: readonly ActorMeasures[]): string[] {
  return spelers
    .filter((speler) => speler.crossTies > 0 && brokerScore(speler) > 0)
    .sort(
      (a, b) => brokerScore(b) - brokerScore(a) || b.betweenness - a.betweenness || a.id.localeCompare(b.id),
    )
    .map((speler) => speler.id);
}

/** What brokers are ranked by: the open two-steps across kokers this speler alone joins up. */
export function brokerScore(speler: Pick<ActorMeasures, 'brokerage'>): number {
  const { brokerage } = speler;
  return brokerage.gatekeeper + brokerage.representative + brokerage.consultant + brokerage.liaison;
}

interface PathMeasures {
  betweenness: Float64Array;
  harmonic: Float64Array;
  averagePathLength: number | null;
  exact: boolean;
  samples: number;
  errorBound: number | null;
  confidence: number;
}

/**
 * Work budget (sources × arcs) for the diagnosis' exact all-pairs sweep: about 0.1–0.2 s on this kind of
 * machine. Typical gemeente maps (up to ~1,000 spelers with 10 ties each) stay inside it; above it
 * the sweep runs from as many seeded pivots as the same budget buys (at least 256, at most what the error
 * target below needs), so a 2,000-speler map is diagnosed in under 300 ms, and the result states the
 * error bound. `betweenness: 'exact'` overrides.
 */
export const DIAGNOSIS_EXACT_WORK = 20_000_000;

/**
 * When the diagnosis samples, it stops adding pivots once the stated error bound is this small (95 %):
 * further pivots buy precision no ranking of verbinders needs. Without it a map just over the budget was
 * sampled at 85 % of its spelers, about as slow as the exact sweep (a 2,000-speler perspective map with
 * 10,000 relaties: 1,693 pivots, ε 0.022); with it 1,062 pivots at ε 0.05 — still three times tighter
 * than the 256 pivots accepted for the largest maps.
 */
export const DIAGNOSIS_ERROR_TARGET = 0.05;

/** The fewest pivots (at least 256) whose error bound on n spelers is within the target. */
function pivotsForTarget(n: number, confidence: number): number {
  let low = Math.min(n, BETWEENNESS_DEFAULTS.samples);
  let high = n;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (samplingErrorBound(n, middle, confidence) <= DIAGNOSIS_ERROR_TARGET) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** One sweep feeds betweenness, closeness and path length; from every speler, or from seeded pivots. */
function shortestPathMeasures(snapshot: Snapshot, options: DiagnosisOptions): PathMeasures {
  const graph = snapshot.collaboration;
  const n = graph.order;
  const arcs = Math.max(1, graph.neighbours.length);
  const affordable = Math.max(256, Math.floor(DIAGNOSIS_EXACT_WORK / arcs));
  const confidence = BETWEENNESS_DEFAULTS.confidence;
  const k =
    options.betweenness === 'exact'
      ? n
      : options.betweenness === 'sampled'
        ? Math.min(n, 256)
        : affordable >= n
          ? n
          : Math.min(affordable, pivotsForTarget(n, confidence));
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  if (k >= n) {
    const sweep = pathSweep(graph);
    return {
      betweenness: sweep.dependency.map((value) => value * scale),
      harmonic: sweep.harmonic.map((value) => (n > 1 ? value / (n - 1) : 0)),
      averagePathLength: sweep.reachedPairs > 0 ? sweep.distanceSum / sweep.reachedPairs : null,
      exact: true,
      samples: n,
      errorBound: null,
      confidence: 1,
    };
  }
  // Brandes–Pich pivots (centrality/betweenness.ts): each estimate is unbiased; closeness is the mean of
  // 1/d over the pivots other than the node itself, path length the mean over pivot pairs.
  const pivots = shuffledIndices(n, seededRng(options.seed)).slice(0, k);
  const isPivot = new Uint8Array(n);
  for (const pivot of pivots) isPivot[pivot] = 1;
  const sweep = pathSweep(graph, pivots);
  return {
    betweenness: sweep.dependency.map((value) => (value * scale * n) / k),
    harmonic: sweep.harmonicTo.map((value, v) => value / (k - (isPivot[v] as number))),
    averagePathLength: sweep.reachedPairs > 0 ? sweep.distanceSum / sweep.reachedPairs : null,
    exact: false,
    samples: k,
    errorBound: samplingErrorBound(n, k, confidence),
    confidence,
  };
}
