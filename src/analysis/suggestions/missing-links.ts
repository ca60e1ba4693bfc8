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
import { compactGraph } from '../compact-graph.ts';
import type { AnalysisActor, Snapshot } from '../snapshot.ts';

export interface MissingLinkOptions {
  /** Cluster of each node; pairs in the same cluster are not suggested. */
  clusterOf: Int32Array;
  limit?: number;
  maxBucket?: number;
}

export const MISSING_LINK_DEFAULTS = { limit: 25, maxBucket: 200 } as const;

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
  if (limit === 0 || n < 2) return [];
  const tied = anyTieAdjacency(snapshot);
  const memberships = bucketMemberships(snapshot, maxBucket);
  const eligible = Uint8Array.from(actors, (actor) => (actor.scale === 'landelijk' ? 0 : 1));
  // Per-source scratch, reset through the touched list: no allocation per pair.
  const tiedStamp = new Int32Array(n).fill(-1);
  const seenStamp = new Int32Array(n).fill(-1);
  const common = new Int32Array(n);
  const adamicAdar = new Float64Array(n);
  const touched = new Int32Array(n);
  const best = new TopK(limit);

  for (let i = 0; i < n; i++) {
    if (!eligible[i]) continue;
    for (let k = tied.offsets[i] as number; k < (tied.offsets[i + 1] as number); k++)
      tiedStamp[tied.neighbours[k] as number] = i;
    let touchedCount = 0;
    const touch = (j: number) => {
      if (seenStamp[j] === i) return;
      seenStamp[j] = i;
      common[j] = 0;
      adamicAdar[j] = 0;
      touched[touchedCount++] = j;
    };
    // Two steps away: every common contact counted once, with its Adamic–Adar weight.
    for (let a = graph.offsets[i] as number; a < (graph.offsets[i + 1] as number); a++) {
      const via = graph.neighbours[a] as number;
      const viaStart = graph.offsets[via] as number;
      const viaEnd = graph.offsets[via + 1] as number;
      if (viaEnd - viaStart > maxBucket) continue; // a hub's contacts are not each other's likely partners
      const weight = 1 / Math.log(Math.max(viaEnd - viaStart, 2));
      for (let b = viaStart; b < viaEnd; b++) {
        const j = graph.neighbours[b] as number;
        if (j <= i) continue;
        touch(j);
        common[j] = (common[j] as number) + 1;
        adamicAdar[j] = (adamicAdar[j] as number) + weight;
      }
    }
    // Same domein or wijk (buckets above maxBucket only through common contacts, above).
    for (const bucket of memberships[i] ?? []) for (const j of bucket) if (j > i) touch(j);

    const source = actors[i] as AnalysisActor;
    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t] as number;
      if (tiedStamp[j] === i || !eligible[j] || options.clusterOf[i] === options.clusterOf[j]) continue;
      const target = actors[j] as AnalysisActor;
      const domains = countShared(source.domains, target.domains);
      const wijken = countShared(source.wijken, target.wijken);
      const contacts = common[j] as number;
      if (domains === 0 && wijken === 0 && contacts < 2) continue;
      const score =
        2 * cosine(domains, source.domains.length, target.domains.length) +
        1.5 * cosine(wijken, source.wijken.length, target.wijken.length) +
        (domains > 0 && wijken > 0 ? 3 : 0) +
        (adamicAdar[j] as number);
      best.offer(score, i, j, contacts);
    }
  }

  return best.sorted().map(({ score, source, target, contacts }) => {
    const sharedDomains = shared(
      (actors[source] as AnalysisActor).domains,
      (actors[target] as AnalysisActor).domains,
    );
    const sharedWijken = shared(
      (actors[source] as AnalysisActor).wijken,
      (actors[target] as AnalysisActor).wijken,
    );
    return {
      source,
      target,
      score,
      sharedDomains,
      sharedWijken,
      commonContacts: contacts,
      reason: reasonFor(sharedDomains, sharedWijken, contacts),
    };
  });
}

const cosine = (count: number, a: number, b: number) => (count === 0 ? 0 : count / Math.sqrt(a * b));

function countShared(a: readonly string[], b: readonly string[]): number {
  let count = 0;
  for (const value of a) if (b.includes(value)) count++;
  return count;
}

/** Keeps the `limit` best pairs; order: score, then index pair (deterministic). */
class TopK {
  private readonly items: { score: number; source: number; target: number; contacts: number }[] = [];
  constructor(private readonly limit: number) {}

  private static before(
    a: { score: number; source: number; target: number },
    b: { score: number; source: number; target: number },
  ): boolean {
    return (
      a.score > b.score ||
      (a.score === b.score && (a.source < b.source || (a.source === b.source && a.target < b.target)))
    );
  }

  offer(score: number, source: number, target: number, contacts: number): void {
    const item = { score, source, target, contacts };
    const worst = this.items[this.items.length - 1];
    if (this.items.length >= this.limit && worst && !TopK.before(item, worst)) return;
    // Insertion into a short sorted list: limit is small (tens), candidates many.
    let position = this.items.length;
    while (position > 0 && TopK.before(item, this.items[position - 1] as typeof item)) position--;
    this.items.splice(position, 0, item);
    if (this.items.length > this.limit) this.items.pop();
  }

  sorted() {
    return this.items;
  }
}

function reasonFor(domains: string[], wijken: string[], count: number): MissingLinkReason {
  const domain = domains[0];
  const wijk = wijken[0];
  if (domain !== undefined && wijk !== undefined) return { code: 'same_domain_and_wijk', domain, wijk };
  if (domain !== undefined) return { code: 'same_domain', domain };
  if (wijk !== undefined) return { code: 'same_wijk', wijk };
  return { code: 'common_contacts', count };
}

/** Undirected adjacency of relaties of any type (spanning too: they know each other, just not kindly). */
function anyTieAdjacency(snapshot: Snapshot) {
  const { source, target } = snapshot.all;
  return compactGraph(
    snapshot.collaboration.order,
    Array.from(source, (a, k) => ({ source: a, target: target[k] as number, weight: 1, directed: false })),
  );
}

/** For each speler, the domein and wijk buckets it is in, leaving out buckets larger than `maxBucket`. */
function bucketMemberships(snapshot: Snapshot, maxBucket: number): number[][][] {
  const buckets = new Map<string, number[]>();
  const add = (key: string, index: number) => {
    const list = buckets.get(key);
    if (list) list.push(index);
    else buckets.set(key, [index]);
  };
  snapshot.actors.forEach((actor, index) => {
    for (const domain of actor.domains) add(`d:${domain}`, index);
    for (const wijk of actor.wijken) add(`w:${wijk}`, index);
  });
  const memberships: number[][][] = snapshot.actors.map(() => []);
  for (const bucket of buckets.values()) {
    if (bucket.length > maxBucket) continue;
    for (const index of bucket) memberships[index]?.push(bucket);
  }
  return memberships;
}
