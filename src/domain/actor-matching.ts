/**
 * Which spelers of two werkruimtes are the same party: "GGD regio" in one wijk and "G.G.D. Regio" in
 * another. A speler's profile has no identifier of its own (no KvK number; a website is shared by every team
 * of one gemeente, so it names no single speler), so spelers match by name, with case, accents, spaces and
 * punctuation ignored. Each speler matches at most one on the other side; a suggestion only, which the
 * user confirms.
 */
import type { Force } from './vocabulary.ts';

/** How two spelers were matched; an identifier would come first once the profile has one. */
export const MATCH_KINDS = ['name'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface MatchableActor {
  id: string;
  name: string;
  force: Force;
}

export interface ActorMatch {
  a: MatchableActor;
  b: MatchableActor;
  by: MatchKind;
}

/**
 * A name as matching compares it: letters and digits only, without accents, in lower case. So dots,
 * hyphens, dashes, apostrophes and spaces do not count ("G.G.D. Regio" = "GGD regio", "Wmo-loket" =
 * "Wmo loket", "’t Hof" = "t Hof"); an empty key (a name of punctuation only) matches nothing.
 */
export function matchKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function byKey(actors: readonly MatchableActor[]): Map<string, MatchableActor[]> {
  const groups = new Map<string, MatchableActor[]>();
  for (const actor of actors) {
    const key = matchKey(actor.name);
    if (key === '') continue;
    const group = groups.get(key);
    if (group) group.push(actor);
    else groups.set(key, [actor]);
  }
  return groups;
}

/** Only what a match names: the spelers given may carry their whole profile. */
const plain = ({ id, name, force }: MatchableActor): MatchableActor => ({ id, name, force });

const byNameThenId = (x: MatchableActor, y: MatchableActor) =>
  x.name < y.name ? -1 : x.name > y.name ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;

/**
 * Pairs spelers of one key. When a side has several spelers of one key, the most alike pairs go first:
 * the very same name, then the same kracht, then the rest in name order; each speler is used once.
 */
function pairGroup(left: MatchableActor[], right: MatchableActor[]): ActorMatch[] {
  const free = [...right].sort(byNameThenId);
  const pairs: ActorMatch[] = [];
  const rules: Array<(x: MatchableActor, y: MatchableActor) => boolean> = [
    (x, y) => x.name === y.name,
    (x, y) => x.force === y.force,
    () => true,
  ];
  const waiting = [...left].sort(byNameThenId);
  for (const rule of rules) {
    for (const actor of [...waiting]) {
      const at = free.findIndex((candidate) => rule(actor, candidate));
      if (at < 0) continue;
      const [partner] = free.splice(at, 1) as [MatchableActor];
      waiting.splice(waiting.indexOf(actor), 1);
      pairs.push({ a: plain(actor), b: plain(partner), by: 'name' });
    }
  }
  return pairs;
}

/** The spelers found in both lists, in `a`'s name order (as keys: case and accents aside); each speler once. */
export function matchActors(a: readonly MatchableActor[], b: readonly MatchableActor[]): ActorMatch[] {
  const right = byKey(b);
  const matches: ActorMatch[] = [];
  for (const [key, left] of byKey(a)) {
    const partners = right.get(key);
    if (partners) matches.push(...pairGroup(left, partners));
  }
  const order = new Map(matches.map((match) => [match, matchKey(match.a.name)]));
  return matches.sort((x, y) => {
    const [kx, ky] = [order.get(x) as string, order.get(y) as string];
    return kx < ky ? -1 : kx > ky ? 1 : byNameThenId(x.a, y.a);
  });
}
