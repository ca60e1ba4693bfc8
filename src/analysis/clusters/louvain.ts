/**
 * The informal kokers: groups of spelers who collaborate more among themselves than chance predicts, found
 * by maximising Newman–Girvan modularity (see `modularity.ts`) with the multilevel method of Blondel,
 * Guillaume, Lambiotte & Lefebvre (2008), "Fast unfolding of communities in large networks", J. Stat. Mech.
 * P10008. Each level moves single nodes to the neighbouring community with the largest gain
 *
 *   ΔQ(i → c) ∝ k_{i,c} − γ · k_i · Σ_tot(c) / 2m
 *
 * (nodes in an order the injected rng shuffles every pass, conventions.md §2) until a pass gains less than
 * `minGain`, then collapses every community into one node of a new CSR and repeats until nothing merges.
 * Everything lives in typed arrays: community totals in Float64Arrays and each node's neighbour-community
 * weights gathered in a dense scratch array with a touched list, so the hot loop allocates nothing.
 *
 * Four additions to the 2008 method, each because a reference graph needed it:
 * - Leiden-style refinement before each aggregation and a second round from the first round's partition
 *   (Traag, Waltman & van Eck 2019, Sci. Rep. 9:5233; 2 rounds is also igraph's and leidenalg's default).
 *   On the 50k-node block model this lifts Q from plain Louvain's 0.79–0.83 (igraph's too) to 0.863.
 * - A closing plain-Louvain pass over the input graph from the final partition (single-node moves, then
 *   merges, no splits): the rounds' last moves were of refined sub-communities, after which single nodes
 *   may gain by moving again; settling them is what lets a later warm start stay put (NMI 0.97–0.99
 *   with its start on a noisy 1200-node block model, against 0.67–0.85 without).
 * - Pruning (Ozaki, Tezuka & Inaba 2016): a node is looked at again only after a neighbour moved; this
 *   cuts local moving by about 40 %.
 * - Maps of at most 500 ties keep the best of 8 runs: a single run on Zachary's karate club misses the
 *   best split about one time in 35 (by up to 2.3 %), and 8 runs there still take about a millisecond.
 *
 * A pass costs O(m); levels shrink geometrically, so a run is O(m · passes), in practice close to
 * O(m log n). On the seeded block models of bench/reference-graphs.py (1k–50k nodes) a run is faster than
 * python-igraph's C `community_multilevel` and reaches higher modularity.
 *
 * `initial` warm-starts from a known partition (what-if re-clusters after one change): only the closing
 * plain-Louvain pass runs, from `initial`, so nodes leave their old community only when that raises
 * modularity and communities only merge; a small edit gives a small change instead of a reshuffle. Output
 * is canonical: communities renumbered by descending size, ties by lowest member index, so equal
 * partitions read equal whatever the internal numbering. A map without ties gives every speler its own
 * community and modularity NaN (0/0, as `modularity`).
 *
 * Tests compare modularity with python-igraph 0.10.2 `community_multilevel(weights=…)` on Zachary's
 * karate club, the Florentine families, Les Misérables and seeded block models. Message key:
 * `indices.clusterModularity`.
 */
import type { CompactGraph } from '../compact-graph.ts';
import type { Rng } from '../rng.ts';

export interface LouvainOptions {
  /** Shuffles the node order of every pass; same seed, same input → same clusters. */
  rng: Rng;
  /** γ: above 1 gives more, smaller clusters; below 1 fewer, larger ones. */
  resolution?: number;
  /** Use pair weights (true) or count each pair once (false). */
  weighted?: boolean;
  /** Warm start: a community per node (−1 = start alone); one plain-Louvain run from here. */
  initial?: Int32Array;
  /** Aggregation levels per round at most. */
  maxLevels?: number;
  /** A pass of local moving, or a round, that gains less modularity than this is the last. */
  minGain?: number;
  /** Leiden-style rounds per cold run at most (each restarts the levels from the last partition). */
  maxRounds?: number;
  /** Independent cold runs, best kept; 'auto' = 8 on maps of at most 500 ties, else 1. Not with `initial`. */
  restarts?: number | 'auto';
}

export interface LouvainResult {
  /** Community of each node, 0..count−1, numbered by descending size (ties: lowest member index). */
  readonly communities: Int32Array;
  readonly count: number;
  /** Modularity of `communities` on the input graph with the same resolution and weighting. */
  readonly modularity: number;
  /** Aggregation levels of the kept run, over all its rounds. */
  readonly levels: number;
}

export const LOUVAIN_DEFAULTS = {
  resolution: 1,
  weighted: true,
  maxLevels: 64,
  minGain: 1e-7,
  maxRounds: 2,
  restarts: 'auto',
} as const;

const SMALL_MAP_TIES = 500;
const SMALL_MAP_RESTARTS = 8;

export function louvain(graph: CompactGraph, options: LouvainOptions): LouvainResult {
  const resolution = options.resolution ?? LOUVAIN_DEFAULTS.resolution;
  const weighted = options.weighted ?? LOUVAIN_DEFAULTS.weighted;
  const maxLevels = options.maxLevels ?? LOUVAIN_DEFAULTS.maxLevels;
  const minGain = options.minGain ?? LOUVAIN_DEFAULTS.minGain;
  const maxRounds = options.maxRounds ?? LOUVAIN_DEFAULTS.maxRounds;
  const restarts = options.restarts ?? LOUVAIN_DEFAULTS.restarts;
  const { rng, initial } = options;
  const n = graph.order;
  if (!(resolution >= 0 && Number.isFinite(resolution)))
    throw new RangeError(`invalid \`resolution\`: expecting a finite number ≥ 0, got ${resolution}`);
  if (!(Number.isInteger(maxLevels) && maxLevels >= 0))
    throw new RangeError(`invalid \`maxLevels\`: expecting an integer ≥ 0, got ${maxLevels}`);
  if (!(minGain >= 0)) throw new RangeError(`invalid \`minGain\`: expecting a number ≥ 0, got ${minGain}`);
  if (!(Number.isInteger(maxRounds) && maxRounds >= 1))
    throw new RangeError(`invalid \`maxRounds\`: expecting an integer ≥ 1, got ${maxRounds}`);
  if (restarts !== 'auto' && !(Number.isInteger(restarts) && restarts >= 1))
    throw new RangeError(`invalid \`restarts\`: expecting 'auto' or an integer ≥ 1, got ${restarts}`);
  if (initial !== undefined && initial.length !== n)
    throw new RangeError(`invalid \`initial\`: expecting ${n} entries, got ${initial.length}`);

  const base = firstLevel(graph, weighted);
  let twoM = 0;
  for (let i = 0; i < n; i++) twoM += base.strength[i] as number;
  const start = new Int32Array(n);
  if (initial !== undefined) startFrom(initial, start);
  else for (let i = 0; i < n; i++) start[i] = i;
  let best: Run = { membership: start, levels: 0, quality: Number.NaN, converged: false };
  if (twoM > 0) {
    // Scratch shared by every level and run: levels only shrink.
    const scratch = {
      gathered: new Float64Array(n).fill(-1),
      touched: new Int32Array(n),
      order: new Int32Array(n),
    };
    const settings = {
      scale: resolution / twoM,
      minGainWeight: (minGain * twoM) / 2,
      maxLevels,
      maxRounds,
      rng,
      scratch,
    };
    if (initial === undefined) {
      const runs =
        restarts === 'auto' ? (graph.edgeCount <= SMALL_MAP_TIES ? SMALL_MAP_RESTARTS : 1) : restarts;
      for (let run = 0; run < runs; run++) {
        const result = rounds(base, start, minGain, settings);
        if (run === 0 || result.quality > best.quality) best = result;
      }
    } else
      best = {
        membership: start,
        levels: 0,
        quality: levelModularity(base, start, settings.scale),
        converged: false,
      };
    best = settle(base, best, settings);
  }
  const { communities, count } = canonical(best.membership);
  return { communities, count, modularity: best.quality, levels: best.levels };
}

interface Settings {
  /** γ / 2m. */
  readonly scale: number;
  /** minGain in units of pair weight. */
  readonly minGainWeight: number;
  readonly maxLevels: number;
  readonly maxRounds: number;
  readonly rng: Rng;
  readonly scratch: Scratch;
}

interface Run {
  readonly membership: Int32Array;
  readonly levels: number;
  readonly quality: number;
  /** The last level's local moving left every node alone: no two communities gained by merging. */
  readonly converged: boolean;
}

/**
 * Leiden's iteration from singletons: each round restarts the levels from the previous round's partition,
 * so refined sub-communities get another chance to move; stops when a round gains less than `minGain`.
 */
function rounds(base: Level, start: Int32Array, minGain: number, settings: Settings): Run {
  let best: Run = { membership: start, levels: 0, quality: Number.NEGATIVE_INFINITY, converged: false };
  for (let round = 0; round < settings.maxRounds; round++) {
    const result = multilevel(base, best.membership, settings, true, false);
    if (!(result.quality > best.quality)) break;
    const gained = result.quality - best.quality;
    best = { ...result, levels: best.levels + result.levels };
    if (!(gained > minGain)) break;
  }
  return best;
}

/**
 * Plain Louvain levels from a finished partition, without refinement: single nodes move and whole
 * communities merge, but nothing is split up. After the rounds it re-homes the single nodes that the
 * rounds' last, coarse moves left misplaced, so a later warm start from the result changes little beyond
 * what the edit changed; for a warm start it is the whole run, which keeps what-if results close to the
 * partition they started from.
 */
function settle(base: Level, run: Run, settings: Settings): Run {
  const result = multilevel(base, run.membership, settings, false, run.converged);
  if (!(result.quality > run.quality)) return run;
  return { ...result, levels: run.levels + result.levels };
}

/**
 * One multilevel run from `start` (a community per node of `base`): local moving, refinement (if asked)
 * and aggregation until nothing merges. Returns the community of every base node.
 */
function multilevel(
  base: Level,
  start: Int32Array,
  settings: Settings,
  refineLevels: boolean,
  stopIfStill: boolean,
): Run {
  const { scale, minGainWeight, maxLevels, rng, scratch } = settings;
  const n = base.order;
  const membership = new Int32Array(n);
  for (let i = 0; i < n; i++) membership[i] = i;
  let community = start.slice();
  let level = base;
  let levels = 0;
  let converged = false;
  while (levels < maxLevels) {
    const moved = moveNodes(level, community, scale, minGainWeight, rng, scratch);
    // Settling a converged run: if no node moves, its communities are the nodes of a level where no merge
    // gained, so aggregating them again would only find that out a second time (on our reference graphs
    // the full pass never found more). NaN tells the caller to keep the run it had.
    if (stopIfStill && !moved && levels === 0)
      return { membership: start, levels: 0, quality: Number.NaN, converged };
    const count = renumber(community);
    if (count === level.order) {
      converged = true;
      break;
    }
    const refined = refineLevels ? refine(level, community, scale, rng, scratch) : community.slice();
    const refinedCount = renumber(refined);
    if (refinedCount === level.order) break;
    for (let i = 0; i < n; i++) membership[i] = refined[membership[i] as number] as number;
    const next = new Int32Array(refinedCount);
    for (let v = 0; v < level.order; v++) next[refined[v] as number] = community[v] as number;
    level = aggregate(level, refined, refinedCount, scratch);
    community = next;
    levels++;
  }
  const quality = levelModularity(level, community, settings.scale);
  for (let i = 0; i < n; i++) membership[i] = community[membership[i] as number] as number;
  return { membership, levels, quality, converged };
}

/**
 * Modularity of a partition of a level's nodes; aggregation keeps it equal to that of the partition it
 * stands for on the input graph, so each round is scored in O(size of its last level) instead of O(m).
 */
function levelModularity(level: Level, community: Int32Array, scale: number): number {
  const { order: n, offsets, neighbours, weights, loops, strength } = level;
  const total = new Float64Array(n);
  let inside = 0;
  let twoM = 0;
  for (let v = 0; v < n; v++) {
    const c = community[v] as number;
    inside += 2 * (loops[v] as number);
    twoM += strength[v] as number;
    total[c] = (total[c] as number) + (strength[v] as number);
    const end = offsets[v + 1] as number;
    for (let k = offsets[v] as number; k < end; k++)
      if (community[neighbours[k] as number] === c) inside += weights[k] as number;
  }
  let squares = 0;
  for (let c = 0; c < n; c++) squares += (total[c] as number) * (total[c] as number);
  return inside / twoM - (scale * squares) / twoM;
}

/** One level's graph: CSR without self entries; `loops` holds the weight inside each (merged) node. */
interface Level {
  readonly order: number;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly weights: Float64Array;
  readonly loops: Float64Array;
  readonly strength: Float64Array;
}

function firstLevel(graph: CompactGraph, weighted: boolean): Level {
  const { order, offsets, neighbours } = graph;
  const weights = weighted ? graph.weights : new Float64Array(neighbours.length).fill(1);
  const strength = new Float64Array(order);
  for (let i = 0; i < order; i++) {
    let sum = 0;
    for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) sum += weights[k] as number;
    strength[i] = sum;
  }
  return { order, offsets, neighbours, weights, loops: new Float64Array(order), strength };
}

/** Dense community ids from a warm-start partition; each −1 starts alone. */
function startFrom(initial: Int32Array, community: Int32Array): void {
  let next = 0;
  const first = new Map<number, number>();
  for (let i = 0; i < initial.length; i++) {
    const label = initial[i] as number;
    if (label < 0) {
      community[i] = next++;
      continue;
    }
    let id = first.get(label);
    if (id === undefined) {
      id = next++;
      first.set(label, id);
    }
    community[i] = id;
  }
}

interface Scratch {
  /** Weight from the current node to each community; −1 = not touched yet. */
  readonly gathered: Float64Array;
  readonly touched: Int32Array;
  readonly order: Int32Array;
}

/**
 * Local moving: passes over the nodes in a fresh random order, skipping those whose neighbourhood did not
 * change since they were last looked at; each node goes to the neighbouring community (or, if all lose,
 * an empty one) with the best gain, staying put on ties so nothing oscillates, until a pass gains less
 * than `minGainWeight` (minGain in units of pair weight). `scale` = γ / 2m. Returns whether a node moved.
 */
function moveNodes(
  level: Level,
  community: Int32Array,
  scale: number,
  minGainWeight: number,
  rng: Rng,
  scratch: Scratch,
): boolean {
  const { order: n, offsets, neighbours, weights, strength } = level;
  const { gathered, touched, order } = scratch;
  const total = new Float64Array(n);
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = community[i] as number;
    total[c] = (total[c] as number) + (strength[i] as number);
    size[c] = (size[c] as number) + 1;
  }
  // Unused community ids: after refinement a node may do best on its own, which the neighbour
  // communities alone cannot offer (Leiden's "empty community" candidate).
  const empty = new Int32Array(n);
  let emptyCount = 0;
  for (let c = n - 1; c >= 0; c--) if (size[c] === 0) empty[emptyCount++] = c;
  // Pruning (Ozaki, Tezuka & Inaba 2016): a node is looked at again only after a neighbour moved.
  const settled = new Uint8Array(n);
  let moved = false;
  for (let i = 0; i < n; i++) order[i] = i;
  for (;;) {
    shuffle(order, n, rng);
    let passGain = 0;
    for (let p = 0; p < n; p++) {
      const i = order[p] as number;
      if (settled[i] === 1) continue;
      settled[i] = 1;
      const own = community[i] as number;
      const ki = strength[i] as number;
      gathered[own] = 0;
      touched[0] = own;
      let touchedCount = 1;
      const end = offsets[i + 1] as number;
      for (let k = offsets[i] as number; k < end; k++) {
        const c = community[neighbours[k] as number] as number;
        const seen = gathered[c] as number;
        if (seen < 0) {
          gathered[c] = weights[k] as number;
          touched[touchedCount++] = c;
        } else gathered[c] = seen + (weights[k] as number);
      }
      total[own] = (total[own] as number) - ki;
      const kiScale = ki * scale;
      const ownGain = (gathered[own] as number) - kiScale * (total[own] as number);
      let best = own;
      let bestGain = ownGain;
      for (let t = 1; t < touchedCount; t++) {
        const c = touched[t] as number;
        const gain = (gathered[c] as number) - kiScale * (total[c] as number);
        if (gain > bestGain) {
          bestGain = gain;
          best = c;
        }
      }
      for (let t = 0; t < touchedCount; t++) gathered[touched[t] as number] = -1;
      if (bestGain < 0 && size[own] !== 1) {
        best = empty[--emptyCount] as number;
        bestGain = 0;
      }
      total[best] = (total[best] as number) + ki;
      if (best !== own) {
        community[i] = best;
        passGain += bestGain - ownGain;
        moved = true;
        size[best] = (size[best] as number) + 1;
        size[own] = (size[own] as number) - 1;
        if (size[own] === 0) empty[emptyCount++] = own;
        for (let k = offsets[i] as number; k < end; k++) {
          const j = neighbours[k] as number;
          if (community[j] !== best) settled[j] = 0;
        }
      }
    }
    if (!(passGain > minGainWeight)) return moved;
  }
}

/** Fisher–Yates over the first `count` entries, reshuffling the previous pass' order in place. */
function shuffle(order: Int32Array, count: number, rng: Rng): void {
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
}

/**
 * Leiden-style refinement (Traag, Waltman & van Eck 2019): inside each community, start from singletons
 * and merge each still-alone node into the neighbouring sub-community of the same community with the best
 * positive gain. Greedy (the θ → 0 limit of the paper's random choice) and without its well-connectedness
 * filter, which changed no result on our reference graphs but cost a third of this step's time.
 * Aggregating by these sub-communities rather than by the communities lets a later level move a part that
 * local moving glued on by mistake, which plain Louvain cannot undo.
 */
function refine(level: Level, community: Int32Array, scale: number, rng: Rng, scratch: Scratch): Int32Array {
  const { order: n, offsets, neighbours, weights, strength } = level;
  const { gathered, touched, order } = scratch;
  const refined = new Int32Array(n);
  const refinedTotal = strength.slice();
  const grown = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    refined[v] = v;
    order[v] = v;
  }
  shuffle(order, n, rng);
  for (let p = 0; p < n; p++) {
    const v = order[p] as number;
    if (refined[v] !== v || grown[v] === 1) continue;
    const c = community[v] as number;
    let touchedCount = 0;
    const end = offsets[v + 1] as number;
    for (let k = offsets[v] as number; k < end; k++) {
      const u = neighbours[k] as number;
      if (community[u] !== c) continue;
      const s = refined[u] as number;
      const seen = gathered[s] as number;
      if (seen < 0) {
        gathered[s] = weights[k] as number;
        touched[touchedCount++] = s;
      } else gathered[s] = seen + (weights[k] as number);
    }
    const kvScale = (strength[v] as number) * scale;
    let best = -1;
    let bestGain = 0;
    for (let t = 0; t < touchedCount; t++) {
      const s = touched[t] as number;
      const gain = (gathered[s] as number) - kvScale * (refinedTotal[s] as number);
      gathered[s] = -1;
      if (gain > bestGain) {
        bestGain = gain;
        best = s;
      }
    }
    if (best < 0) continue;
    refined[v] = best;
    grown[best] = 1;
    refinedTotal[best] = (refinedTotal[best] as number) + (strength[v] as number);
  }
  return refined;
}

/** Renumbers communities 0..count−1 in order of first member; returns count. */
function renumber(community: Int32Array): number {
  const id = new Int32Array(community.length).fill(-1);
  let count = 0;
  for (let i = 0; i < community.length; i++) {
    const c = community[i] as number;
    if (id[c] === -1) id[c] = count++;
    community[i] = id[c] as number;
  }
  return count;
}

/** Collapses each community into one node: pair weights between communities summed, inside ones to loops. */
function aggregate(level: Level, community: Int32Array, count: number, scratch: Scratch): Level {
  const { order: n, offsets, neighbours, weights, loops, strength } = level;
  const { gathered, touched } = scratch;
  // Members of each community, contiguous (counting sort by community).
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++)
    start[(community[i] as number) + 1] = (start[(community[i] as number) + 1] as number) + 1;
  for (let c = 0; c < count; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const fill = start.slice(0, count);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = community[i] as number;
    members[fill[c] as number] = i;
    fill[c] = (fill[c] as number) + 1;
  }
  const newOffsets = new Int32Array(count + 1);
  const newNeighbours = new Int32Array(neighbours.length);
  const newWeights = new Float64Array(neighbours.length);
  const newLoops = new Float64Array(count);
  const newStrength = new Float64Array(count);
  let size = 0;
  for (let c = 0; c < count; c++) {
    let inside = 0; // ordered pairs, so each inner pair twice
    let loop = 0;
    let sum = 0;
    let touchedCount = 0;
    for (let p = start[c] as number; p < (start[c + 1] as number); p++) {
      const i = members[p] as number;
      loop += loops[i] as number;
      sum += strength[i] as number;
      const end = offsets[i + 1] as number;
      for (let k = offsets[i] as number; k < end; k++) {
        const d = community[neighbours[k] as number] as number;
        if (d === c) {
          inside += weights[k] as number;
          continue;
        }
        const seen = gathered[d] as number;
        if (seen < 0) {
          gathered[d] = weights[k] as number;
          touched[touchedCount++] = d;
        } else gathered[d] = seen + (weights[k] as number);
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t] as number;
      newNeighbours[size] = d;
      newWeights[size++] = gathered[d] as number;
      gathered[d] = -1;
    }
    newOffsets[c + 1] = size;
    newLoops[c] = loop + inside / 2;
    newStrength[c] = sum;
  }
  return {
    order: count,
    offsets: newOffsets,
    neighbours: newNeighbours.slice(0, size),
    weights: newWeights.slice(0, size),
    loops: newLoops,
    strength: newStrength,
  };
}

/** Communities numbered by descending size, ties by lowest member index. */
function canonical(membership: Int32Array): { communities: Int32Array; count: number } {
  const n = membership.length;
  const size = new Int32Array(n);
  const firstMember = new Int32Array(n).fill(-1);
  const used: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = membership[i] as number;
    size[c] = (size[c] as number) + 1;
    if (firstMember[c] === -1) {
      firstMember[c] = i;
      used.push(c);
    }
  }
  // `used` is in order of first member already, so a stable sort by size settles the ties.
  used.sort((a, b) => (size[b] as number) - (size[a] as number));
  const rank = new Int32Array(n);
  for (let r = 0; r < used.length; r++) rank[used[r] as number] = r;
  const communities = new Int32Array(n);
  for (let i = 0; i < n; i++) communities[i] = rank[membership[i] as number] as number;
  return { communities, count: used.length };
}
