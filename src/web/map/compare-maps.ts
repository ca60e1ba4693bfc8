/**
 * Two maps side by side ("naast elkaar"): the same spelers in the same places, each with the relaties its
 * perspective claims. The ties one side has and the other lacks are the point of comparing, so each map
 * marks its own ("alleen in dit beeld"); the rest looks alike. And when a chosen perspective's map has no
 * relaties at all while the stored map has, the map says why instead of looking broken. Pure; linear in
 * relaties.
 */

interface HasRelations {
  relations: readonly { id: string }[];
}

/** The relaties of `here` that `there` does not have (by relatie id: both maps read the same stored ones). */
export function relationsOnlyIn(here: HasRelations, there: HasRelations): Set<string> {
  const theirs = new Set(there.relations.map((relation) => relation.id));
  const only = new Set<string>();
  for (const relation of here.relations) if (!theirs.has(relation.id)) only.add(relation.id);
  return only;
}

/**
 * Whether a perspective's map is empty because it said nothing yet: no relaties where the stored map has
 * some. Not for the stored map itself (perspective '').
 */
export function saysNothing(perspective: string, view: HasRelations, stored: HasRelations): boolean {
  return perspective !== '' && view.relations.length === 0 && stored.relations.length > 0;
}

/** The colour and extra width of a relatie only one map has: dark violet, away from the other line colours. */
export const ONLY_HERE_COLOR = '#5b2a86';
export const ONLY_HERE_EXTRA_WIDTH = 1.2;
