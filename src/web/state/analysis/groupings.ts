/**
 * The choices of formal kokers for this werkruimte: the fixed groupings of the registry, plus every tag
 * prefix its spelers use (`moeder:GGD` → `tag:moeder`), so a gemeente that labels parent organisations can
 * diagnose by them without configuring anything. And a koker's label in words.
 */
import { GROUPING_KEYS, type GroupingKey } from '../../../analysis/index.ts';

export function groupingChoices(actors: readonly { tags: readonly string[] }[]): GroupingKey[] {
  const fixed = new Set<string>(GROUPING_KEYS);
  const prefixes = new Set<string>();
  for (const actor of actors) {
    for (const tag of actor.tags) {
      const colon = tag.indexOf(':');
      if (colon <= 0) continue;
      const prefix = tag.slice(0, colon).trim();
      if (prefix && !prefix.includes(':') && !fixed.has(prefix)) prefixes.add(prefix);
    }
  }
  return [...GROUPING_KEYS, ...[...prefixes].sort().map((prefix) => `tag:${prefix}` as const)];
}

export interface SiloWords {
  force(code: string): string;
  domain(code: string): string;
}

/** Krachten and domeinen are codes (`werk_inkomen`) shown in words; other kokers are free text already. */
export function siloLabel(grouping: GroupingKey, label: string, words: SiloWords): string {
  if (grouping === 'kracht') return words.force(label);
  if (grouping === 'domein') return words.domain(label);
  return label;
}
