/**
 * What each found cluster is made of, so the Diagnose panel can say "cluster 2 is mostly instellingen in
 * jeugd" and the reader can compare the informal kokers with the formal ones: per cluster its size, its
 * members (ascending index), the most common kracht and primary domein, and the share of members that
 * have them. Shares are of all members, so members without a domein (undefined or '') lower
 * `domainShare`; a cluster in which nobody has a domein gets `dominantDomain: null`.
 *
 * Ties between equally common labels go to the first label in code-unit order (`'gemeente' <
 * 'instelling'`): plain `<` rather than `localeCompare`, which can differ between Node and a browser's
 * ICU, so the same map reads the same everywhere. Nodes with community −1 belong to no cluster; an empty
 * cluster (count larger than the labels used) gets `dominantForce: ''` and shares 0.
 *
 * O(n + count) with one small map of label counts per cluster. Descriptive statistics with no reference
 * implementation; tests use hand-made memberships.
 */

export interface ClusterAttributes {
  /** Kracht of each node. */
  readonly force: readonly string[];
  /** First domein of each node, if any. */
  readonly primaryDomain: readonly (string | undefined)[];
}

export interface ClusterProfile {
  readonly cluster: number;
  readonly size: number;
  /** Node indices, ascending. */
  readonly members: Int32Array;
  readonly dominantForce: string;
  /** Share of members with `dominantForce`. */
  readonly forceShare: number;
  readonly dominantDomain: string | null;
  /** Share of members with `dominantDomain` (0 when null). */
  readonly domainShare: number;
}

export function clusterProfiles(
  communities: Int32Array,
  count: number,
  attributes: ClusterAttributes,
): ClusterProfile[] {
  const n = communities.length;
  if (attributes.force.length !== n || attributes.primaryDomain.length !== n)
    throw new RangeError(
      `invalid attributes: expecting ${n} entries, got force ${attributes.force.length} and primaryDomain ${attributes.primaryDomain.length}`,
    );
  // Members per cluster, contiguous and ascending (counting sort by cluster).
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) {
    const c = communities[i] as number;
    if (c >= count) throw new RangeError(`invalid community ${c} at ${i}: expecting below ${count}`);
    if (c >= 0) start[c + 1] = (start[c + 1] as number) + 1;
  }
  for (let c = 0; c < count; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const fill = start.slice(0, count);
  const members = new Int32Array(start[count] as number);
  for (let i = 0; i < n; i++) {
    const c = communities[i] as number;
    if (c < 0) continue;
    members[fill[c] as number] = i;
    fill[c] = (fill[c] as number) + 1;
  }

  const profiles: ClusterProfile[] = [];
  for (let c = 0; c < count; c++) {
    const own = members.slice(start[c] as number, start[c + 1] as number);
    const force = dominant(own, attributes.force);
    const domain = dominant(own, attributes.primaryDomain);
    const size = own.length;
    profiles.push({
      cluster: c,
      size,
      members: own,
      dominantForce: force.label ?? '',
      forceShare: size > 0 ? force.count / size : 0,
      dominantDomain: domain.label,
      domainShare: size > 0 ? domain.count / size : 0,
    });
  }
  return profiles;
}

/** Most common defined label among `members`; ties to the first in code-unit order. */
function dominant(
  members: Int32Array,
  labels: readonly (string | undefined)[],
): { label: string | null; count: number } {
  const counts = new Map<string, number>();
  for (const i of members) {
    const label = labels[i];
    if (label !== undefined && label !== '') counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [label, count] of counts)
    if (count > bestCount || (count === bestCount && best !== null && label < best)) {
      best = label;
      bestCount = count;
    }
  return { label: best, count: bestCount };
}
