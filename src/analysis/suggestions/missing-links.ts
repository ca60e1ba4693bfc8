/**
 * Missing links: pairs of spelers who, by what they do and where, could be working together but are not —
 * in different clusters, with no tie of any kind, yet sharing a domein, a wijk, or several contacts.
 *
 * Score (higher first): 2 × the cosine overlap of their domeinen (|shared| / √(|A|·|B|), so two spelers
 * that each work on one and the same domein outrank two broad organisations sharing one of five), 1.5 ×
 * the same for wijken, 3 extra when both a domein and a wijk are shared (same problem, same streets), plus
 * the Adamic–Adar index of their common collaboration contacts (Adamic & Adar 2003; Liben-Nowell &
 * Kleinberg 2007 found it among the best local predictors of new ties). Pairs with a speler at landelijk
 * scale (a ministry, a national fund) are left out: that is not the local contact a gemeente can broker.
 * Each suggestion carries a reason code and its parameters, so the edge (web, CLI) words it: "beiden
 * werken aan schulden in wijk Noord; geen contact".
 *
 * Candidates come from two sources, never from all n² pairs: spelers sharing a (domein) or (wijk)
 * bucket, where a bucket larger than `maxBucket` contributes only pairs that also share a contact, and
 * two-step neighbours. Cost O(Σ bucket² + Σ deg²) bounded by `maxBucket`.
 */
import type { CompactGraph } from '../compact-graph.ts';
import type { Snapshot } from '../snapshot.ts';

export interface MissingLinkOptions {
  /** Cluster of each node; pairs in the same cluster are not suggested. */
  clusterOf: Int32Array;
  limit?: number;
  maxBucket?: number;
}

export const MISSING_LINK_DEFAULTS = { limit: 25, maxBucket: 400 } as const;

export type MissingLinkReason =
  | { code: 'same_domain_and_wijk'; domain: string; wijk: string }
  | { code: 'same_domain'; domain: string }
  | { code: 'same_wijk'; wijk: string }
  | { code: 'common_contacts'; count: number };

export interface MissingLink {
  source: number;
  target: number;
  score: number;
  sharedDomains: string[];
  sharedWijken: string[];
  commonContacts: number;
  reason: MissingLinkReason;
}

function shared(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((value) => b.includes(value));
}

export function missingLinks(snapshot: Snapshot, options: MissingLinkOptions): MissingLink[] {
  const { limit, maxBucket } = { ...MISSING_LINK_DEFAULTS, ...options };
  const graph = snapshot.collaboration;
  const { actors } = snapshot;
  const n = graph.order;
  const anyTie = anyTieSet(snapshot);
  const candidates = new Set<number>();
  const consider = (i: number, j: number) => {
    if (i === j) return;
    const a = Math.min(i, j);
    const b = Math.max(i, j);
    const key = a * n + b;
    if (!anyTie.has(key) && options.clusterOf[a] !== options.clusterOf[b] && eligible(snapshot, a, b))
      candidates.add(key);
  };
  for (const bucket of buckets(snapshot).values()) {
    if (bucket.length > maxBucket) continue; // large buckets contribute through shared contacts below
    for (let x = 0; x < bucket.length; x++)
      for (let y = x + 1; y < bucket.length; y++) consider(bucket[x] as number, bucket[y] as number);
  }
  for (let v = 0; v < n; v++) {
    const start = graph.offsets[v] as number;
    const end = graph.offsets[v + 1] as number;
    if (end - start > maxBucket) continue;
    for (let x = start; x < end; x++)
      for (let y = x + 1; y < end; y++)
        consider(graph.neighbours[x] as number, graph.neighbours[y] as number);
  }

  const links: MissingLink[] = [];
  for (const key of candidates) {
    const source = Math.floor(key / n);
    const target = key % n;
    const sourceActor = actors[source];
    const targetActor = actors[target];
    if (!sourceActor || !targetActor) continue;
    const sharedDomains = shared(sourceActor.domains, targetActor.domains);
    const sharedWijken = shared(sourceActor.wijken, targetActor.wijken);
    const { count, adamicAdar } = commonContacts(graph, source, target);
    if (sharedDomains.length === 0 && sharedWijken.length === 0 && count < 2) continue;
    const cosine = (count: number, a: number, b: number) => (count === 0 ? 0 : count / Math.sqrt(a * b));
    const score =
      2 * cosine(sharedDomains.length, sourceActor.domains.length, targetActor.domains.length) +
      1.5 * cosine(sharedWijken.length, sourceActor.wijken.length, targetActor.wijken.length) +
      (sharedDomains.length > 0 && sharedWijken.length > 0 ? 3 : 0) +
      adamicAdar;
    links.push({
      source,
      target,
      score,
      sharedDomains,
      sharedWijken,
      commonContacts: count,
      reason: reasonFor(sharedDomains, sharedWijken, count),
    });
  }
  // Deterministic order: score, then index pair.
  links.sort((a, b) => b.score - a.score || a.source - b.source || a.target - b.target);
  return links.slice(0, limit);
}

function reasonFor(domains: string[], wijken: string[], count: number): MissingLinkReason {
  const domain = domains[0];
  const wijk = wijken[0];
  if (domain !== undefined && wijk !== undefined) return { code: 'same_domain_and_wijk', domain, wijk };
  if (domain !== undefined) return { code: 'same_domain', domain };
  if (wijk !== undefined) return { code: 'same_wijk', wijk };
  return { code: 'common_contacts', count };
}

/** Pairs with a relatie of any type (including spanning: they know each other, just not kindly). */
function anyTieSet(snapshot: Snapshot): Set<number> {
  const n = snapshot.collaboration.order;
  const set = new Set<number>();
  const { source, target } = snapshot.all;
  for (let k = 0; k < source.length; k++) {
    const a = source[k] as number;
    const b = target[k] as number;
    set.add(Math.min(a, b) * n + Math.max(a, b));
  }
  return set;
}

function eligible(snapshot: Snapshot, a: number, b: number): boolean {
  const first = snapshot.actors[a];
  const second = snapshot.actors[b];
  if (!first || !second) return false;
  return first.scale !== 'landelijk' && second.scale !== 'landelijk';
}

function buckets(snapshot: Snapshot): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const add = (key: string, index: number) => {
    const list = map.get(key);
    if (list) list.push(index);
    else map.set(key, [index]);
  };
  snapshot.actors.forEach((actor, index) => {
    for (const domain of actor.domains) add(`d:${domain}`, index);
    for (const wijk of actor.wijken) add(`w:${wijk}`, index);
  });
  return map;
}

function commonContacts(graph: CompactGraph, a: number, b: number): { count: number; adamicAdar: number } {
  let x = graph.offsets[a] as number;
  let y = graph.offsets[b] as number;
  const xEnd = graph.offsets[a + 1] as number;
  const yEnd = graph.offsets[b + 1] as number;
  let count = 0;
  let adamicAdar = 0;
  while (x < xEnd && y < yEnd) {
    const u = graph.neighbours[x] as number;
    const v = graph.neighbours[y] as number;
    if (u < v) x++;
    else if (v < u) y++;
    else {
      count++;
      const degree = (graph.offsets[u + 1] as number) - (graph.offsets[u] as number);
      adamicAdar += 1 / Math.log(Math.max(degree, 2));
      x++;
      y++;
    }
  }
  return { count, adamicAdar };
}
