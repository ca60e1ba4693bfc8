/**
 * How far the clusters people actually form follow the formal kokers: normalised mutual information
 * between two partitions of the same spelers, with the arithmetic normalisation of Danon, Díaz-Guilera,
 * Duch & Arenas (2005), "Comparing community structure identification", J. Stat. Mech. P09008:
 *
 *   NMI(A, B) = 2 · I(A; B) / (H(A) + H(B)),   I and H from the contingency table of the labels.
 *
 * 1 = the kokers are the clusters (verkokering in its purest form), 0 = the clusters ignore the kokers.
 * Positions where either partition says −1 (a speler without koker) are dropped: "no group" is not a
 * group, and counting all ungrouped spelers as one would invent a koker that nobody drew. When both
 * partitions are a single block the entropies are 0 and the value is 1 (they agree), as igraph does; when
 * nothing is left after dropping, NaN. Labels are any non-negative integers; they need not be dense.
 *
 * O(n + k_A + k_B) for k the largest labels, plus a map over the non-empty cells of the table. Tests
 * compare with python-igraph 0.10.2 `compare_communities(a, b, method='nmi')`.
 */

export function normalizedMutualInformation(a: Int32Array, b: Int32Array): number {
  if (a.length !== b.length)
    throw new RangeError(`invalid partitions: expecting equal lengths, got ${a.length} and ${b.length}`);
  const rowOf = denseLabels(a, b);
  const columnOf = denseLabels(b, a);
  const rows = rowOf.count;
  const rowSize = new Float64Array(rows);
  const columnSize = new Float64Array(columnOf.count);
  // Cells keyed row · columns + column; at most n of them are non-empty.
  const cells = new Map<number, number>();
  let total = 0;
  for (let i = 0; i < a.length; i++) {
    const r = rowOf.labels[i] as number;
    const c = columnOf.labels[i] as number;
    if (r < 0 || c < 0) continue;
    total++;
    rowSize[r] = (rowSize[r] as number) + 1;
    columnSize[c] = (columnSize[c] as number) + 1;
    const key = r * columnOf.count + c;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  if (total === 0) return Number.NaN;
  const entropyA = entropy(rowSize, total);
  const entropyB = entropy(columnSize, total);
  if (entropyA + entropyB === 0) return 1;
  let mutual = 0;
  for (const [key, count] of cells) {
    const r = Math.floor(key / columnOf.count);
    const c = key - r * columnOf.count;
    mutual +=
      (count / total) * Math.log((total * count) / ((rowSize[r] as number) * (columnSize[c] as number)));
  }
  // Rounding can push a perfect match a hair above 1 or independence a hair below 0.
  return Math.min(1, Math.max(0, (2 * mutual) / (entropyA + entropyB)));
}

/** Relabels `labels` 0..count−1 over the positions where neither partition is −1; others get −1. */
function denseLabels(labels: Int32Array, other: Int32Array): { labels: Int32Array; count: number } {
  let max = -1;
  for (let i = 0; i < labels.length; i++) if ((labels[i] as number) > max) max = labels[i] as number;
  const id = new Int32Array(max + 1).fill(-1);
  const dense = new Int32Array(labels.length).fill(-1);
  let count = 0;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] as number;
    if (label < 0 || (other[i] as number) < 0) continue;
    if (id[label] === -1) id[label] = count++;
    dense[i] = id[label] as number;
  }
  return { labels: dense, count };
}

function entropy(sizes: Float64Array, total: number): number {
  let sum = 0;
  for (let k = 0; k < sizes.length; k++) {
    const p = (sizes[k] as number) / total;
    if (p > 0) sum -= p * Math.log(p);
  }
  return sum;
}
