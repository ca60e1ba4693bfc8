/**
 * Finding spelers by a part of their name, as people search: case, accents and extra spaces do not matter,
 * names that start with the text come first, then names with a word that starts with it, then the rest.
 * One normalisation serves the search box and the duplicate-name warning, so both agree on what "the same
 * name" is.
 */
import { dutchCollator } from './collator.ts';

/** A name as compared: lower case, accents removed, runs of spaces as one. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export interface NamedItem {
  id: string;
  name: string;
}

/** How well a name matches: 0 starts with the text, 1 a word starts with it, 2 contains it; null: no match. */
function rank(name: string, needle: string): number | null {
  const at = name.indexOf(needle);
  if (at < 0) return null;
  if (at === 0) return 0;
  const words = name.split(/[\s\-/()]+/);
  return words.some((word) => word.startsWith(needle)) ? 1 : 2;
}

/**
 * The spelers whose name contains the text, best matches first (alphabetical within a rank), at most
 * `limit`. Empty text finds nothing: a list of every speler is the register's job.
 */
export function searchByName<T extends NamedItem>(items: readonly T[], text: string, limit = 8): T[] {
  const needle = normalizeName(text);
  if (!needle) return [];
  const found: { item: T; rank: number }[] = [];
  for (const item of items) {
    const itemRank = rank(normalizeName(item.name), needle);
    if (itemRank !== null) found.push({ item, rank: itemRank });
  }
  found.sort((a, b) => a.rank - b.rank || dutchCollator.compare(a.item.name, b.item.name));
  return found.slice(0, limit).map(({ item }) => item);
}

/** The other spelers with the same name (as compared above): a second "Buurtteam Zuid" is worth a question. */
export function sameName<T extends NamedItem>(items: readonly T[], name: string, exceptId?: string): T[] {
  const wanted = normalizeName(name);
  if (!wanted) return [];
  return items.filter((item) => item.id !== exceptId && normalizeName(item.name) === wanted);
}
