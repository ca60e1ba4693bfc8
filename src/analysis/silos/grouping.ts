/**
 * The formal kokers: a partition of the spelers by kracht, domein, wijk, wet, financier or any tag prefix
 * (`tag:moeder` for parent organisation). A speler with several domeinen or tags of one kind counts in the
 * first one listed — the one the map's owner put first — so every grouping is a partition and modularity
 * and NMI stay defined. Spelers without a value are left out (-1) of every grouping-based index.
 */
import { FORCES } from '../../domain/index.ts';
import type { AnalysisActor } from '../snapshot.ts';

export const GROUPING_KEYS = ['kracht', 'domein', 'wijk', 'wet', 'financier'] as const;
export type GroupingKey = (typeof GROUPING_KEYS)[number] | `tag:${string}`;

export interface Grouping {
  readonly key: GroupingKey;
  /** Group labels; `groupOf[i]` indexes this list, -1 = no group. */
  readonly labels: readonly string[];
  readonly groupOf: Int32Array;
}

export function isGroupingKey(value: string): value is GroupingKey {
  return (GROUPING_KEYS as readonly string[]).includes(value) || /^tag:[^:]+$/.test(value);
}

function groupValue(actor: AnalysisActor, key: GroupingKey): string | undefined {
  switch (key) {
    case 'kracht':
      return actor.force;
    case 'domein':
      return actor.domains[0];
    case 'wijk':
      return actor.wijken[0];
    default: {
      const prefix = `${key.startsWith('tag:') ? key.slice(4) : key}:`;
      const tag = actor.tags.find((candidate) => candidate.startsWith(prefix));
      return tag === undefined ? undefined : tag.slice(prefix.length).trim() || undefined;
    }
  }
}

export function resolveGrouping(actors: readonly AnalysisActor[], key: GroupingKey): Grouping {
  // Forces keep their fixed order so colours and tables line up across werkruimtes.
  const labels: string[] = key === 'kracht' ? [...FORCES] : [];
  const labelIndex = new Map(labels.map((label, index) => [label, index]));
  const groupOf = new Int32Array(actors.length).fill(-1);
  actors.forEach((actor, i) => {
    const value = groupValue(actor, key);
    if (value === undefined) return;
    let index = labelIndex.get(value);
    if (index === undefined) {
      index = labels.length;
      labels.push(value);
      labelIndex.set(value, index);
    }
    groupOf[i] = index;
  });
  return { key, labels, groupOf };
}
