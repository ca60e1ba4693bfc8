/**
 * Map colouring by cluster: one colour per cluster, biggest cluster first, from Paul Tol's categorical
 * schemes ("muted", then "light"), which stay apart for the common colour-vision deficiencies. Beyond those
 * 17 colours (a map broken into very many pieces) hues are spread by the golden angle, so every cluster
 * still gets its own colour; the legend and the cluster list carry the same information in words, so the
 * colour is never the only cue. The result is an override for the map, not a change to the map graph.
 */
import type { Diagnosis } from '../../../analysis/index.ts';

export const CLUSTER_PALETTE: readonly string[] = [
  // Tol muted
  '#CC6677',
  '#332288',
  '#DDCC77',
  '#117733',
  '#88CCEE',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
  // Tol light
  '#77AADD',
  '#EE8866',
  '#EEDD88',
  '#FFAABB',
  '#99DDFF',
  '#44BB99',
  '#BBCC33',
  '#AAAA00',
];

/** The k-th cluster colour (0-based), distinct for every k. */
export function clusterColor(k: number): string {
  const fixed = CLUSTER_PALETTE[k];
  if (fixed) return fixed;
  const extra = k - CLUSTER_PALETTE.length;
  const hue = Math.round((extra * 137.508) % 360);
  const lightness = 35 + ((extra * 7) % 4) * 10;
  return `hsl(${hue} 55% ${lightness}%)`;
}

export interface ClusterLegendRow {
  cluster: number;
  /** 1 for the biggest cluster: the number the legend and the lists show. */
  number: number;
  color: string;
  size: number;
  dominantForce: string;
  forceShare: number;
  dominantDomain: string | null;
  domainShare: number;
  memberIds: readonly string[];
}

export interface ClusterColouring {
  /** Colour per speler id. */
  colors: Map<string, string>;
  legend: ClusterLegendRow[];
}

export function clusterColouring(clusters: Diagnosis['clusters']): ClusterColouring {
  const rows = [...clusters.rows].sort((a, b) => b.size - a.size || a.cluster - b.cluster);
  const colors = new Map<string, string>();
  const legend = rows.map((row, k) => {
    const color = clusterColor(k);
    for (const id of row.memberIds) colors.set(id, color);
    return { ...row, number: k + 1, color };
  });
  return { colors, legend };
}
