/**
 * What a contribution can be merged with. A missing speler may already be on the map under the same or a
 * similar name: those with the same name come first, then the best matches of what the facilitator types
 * (at most 30, a list of 50,000 names freezes the page). A tie may already be a relatie between the same two
 * spelers, either way round: those of the same type come first. A place on the vraagstuk is not merged.
 */
import type { GraphActor, GraphRelation, RelationType } from '../../../domain/index.ts';
import { normalizeName, sameName, searchByName } from '../actor-search.ts';
import { dutchCollator } from '../collator.ts';

export const MERGE_SHOWN = 30;

type Candidate = Pick<GraphActor, 'id' | 'name' | 'force'>;

/**
 * Spelers to merge a proposed speler with: the typed text's matches, or with nothing typed the proposed
 * name's. Spelers with exactly the proposed name lead either way, a same-kracht one first.
 */
export function actorMergeCandidates<T extends Candidate>(
  actors: readonly T[],
  proposed: { name: string; force?: string },
  typed: string,
  limit = MERGE_SHOWN,
): T[] {
  const same = sameName(actors, proposed.name).sort(
    (a, b) =>
      Number(b.force === proposed.force) - Number(a.force === proposed.force) ||
      dutchCollator.compare(a.name, b.name),
  );
  const query = typed.trim() || proposed.name;
  const found = searchByName(actors, query, limit);
  // A typed text that is not the name narrows the list: the same-named ones lead only when they match too.
  const typedOther = typed.trim() !== '' && normalizeName(typed) !== normalizeName(proposed.name);
  const leading = typedOther ? same.filter((actor) => found.includes(actor)) : same;
  const seen = new Set(leading.map((actor) => actor.id));
  return [...leading, ...found.filter((actor) => !seen.has(actor.id))].slice(0, limit);
}

/** Whether a speler was proposed with exactly this name (the picker marks it). */
export function isSameName(actor: Pick<GraphActor, 'name'>, proposedName: string): boolean {
  return normalizeName(actor.name) === normalizeName(proposedName);
}

/**
 * Relaties between the two spelers of a tie, either way round: the proposed type first, then the same
 * direction, and for the rest the order of the map.
 */
export function relationMergeCandidates<T extends Pick<GraphRelation, 'id' | 'source' | 'target' | 'type'>>(
  relations: readonly T[],
  tie: { sourceId: string; targetId: string; type: RelationType },
): T[] {
  const between = relations.filter(
    (relation) =>
      (relation.source === tie.sourceId && relation.target === tie.targetId) ||
      (relation.source === tie.targetId && relation.target === tie.sourceId),
  );
  return between
    .map((relation, index) => ({ relation, index }))
    .sort(
      (a, b) =>
        Number(b.relation.type === tie.type) - Number(a.relation.type === tie.type) ||
        Number(b.relation.source === tie.sourceId) - Number(a.relation.source === tie.sourceId) ||
        a.index - b.index,
    )
    .map(({ relation }) => relation);
}
