/**
 * Open or closed kokers: the E-I index of Krackhardt & Stern (1988), "Informal networks and
 * organizational crises: an experimental simulation", Social Psychology Quarterly 51(2):123–140,
 *
 *   E-I = (E − I) / (E + I),
 *
 * with E the ties between spelers of different kokers and I the ties inside a koker: −1 = everyone works
 * only inside their koker, +1 = only across. Counted on the undirected collaboration layer, each pair once
 * and a tie is a tie (Krackhardt & Stern count ties, not their strength); `weighted: true` sums pair
 * weights instead. Pairs with an end in group −1 (no koker) are skipped: they are neither inside nor
 * between kokers. Per koker g: internal = pairs inside g, external = pairs with exactly one end in g,
 * the group-level index of the same paper. `crossShare` = E / (E + I), the same fact as a share.
 * Both are NaN when no pair counts (0/0), so callers can say "not defined" instead of a made-up 0.
 *
 * One pass over the CSR, O(n + m). Tests use hand-made graphs whose counts can be checked on paper (no
 * NetworkX or igraph function computes it). Message keys: `indices.eiIndex`, `indices.crossShare`.
 */
import type { CompactGraph } from '../compact-graph.ts';

export interface EiIndexOptions {
  /** Sum pair weights (true) or count pairs (false, Krackhardt & Stern's definition). */
  weighted?: boolean;
}

export const EI_INDEX_DEFAULTS = { weighted: false } as const;

export interface EiGroupIndex {
  readonly external: number;
  readonly internal: number;
  readonly index: number;
}

export interface EiIndexResult {
  /** Ties (or weight) between different kokers. */
  readonly external: number;
  /** Ties (or weight) inside a koker. */
  readonly internal: number;
  /** (E − I) / (E + I); NaN when no tie counts. */
  readonly index: number;
  /** E / (E + I); NaN when no tie counts. */
  readonly crossShare: number;
  /** Per koker, indexed like the grouping's labels. */
  readonly perGroup: EiGroupIndex[];
}

export function eiIndex(
  graph: CompactGraph,
  groupOf: Int32Array,
  groupCount: number,
  options: EiIndexOptions = {},
): EiIndexResult {
  const weighted = options.weighted ?? EI_INDEX_DEFAULTS.weighted;
  const { order, offsets, neighbours, weights } = graph;
  if (groupOf.length !== order)
    throw new RangeError(`invalid \`groupOf\`: expecting ${order} entries, got ${groupOf.length}`);
  for (let i = 0; i < order; i++)
    if ((groupOf[i] as number) >= groupCount)
      throw new RangeError(`invalid \`groupOf\`: group ${groupOf[i]} at ${i}, expecting below ${groupCount}`);
  const groupInternal = new Float64Array(groupCount);
  const groupExternal = new Float64Array(groupCount);
  let internal = 0;
  let external = 0;
  for (let i = 0; i < order; i++) {
    const gi = groupOf[i] as number;
    if (gi < 0) continue;
    const end = offsets[i + 1] as number;
    for (let k = offsets[i] as number; k < end; k++) {
      const j = neighbours[k] as number;
      // Each pair once, from its lower end.
      if (j < i) continue;
      const gj = groupOf[j] as number;
      if (gj < 0) continue;
      const tie = weighted ? (weights[k] as number) : 1;
      if (gi === gj) {
        internal += tie;
        groupInternal[gi] = (groupInternal[gi] as number) + tie;
      } else {
        external += tie;
        groupExternal[gi] = (groupExternal[gi] as number) + tie;
        groupExternal[gj] = (groupExternal[gj] as number) + tie;
      }
    }
  }
  const perGroup: EiGroupIndex[] = [];
  for (let g = 0; g < groupCount; g++) {
    const e = groupExternal[g] as number;
    const inside = groupInternal[g] as number;
    perGroup.push({ external: e, internal: inside, index: ratio(e - inside, e + inside) });
  }
  return {
    external,
    internal,
    index: ratio(external - internal, external + internal),
    crossShare: ratio(external, external + internal),
    perGroup,
  };
}

function ratio(numerator: number, denominator: number): number {
  return denominator > 0 ? numerator / denominator : Number.NaN;
}
