/**
 * The projection's ticker: the last few contributions that came onto the map, newest first, each as the
 * parts of one sentence ("Nieuw: speler Buurtkamer De Hoek (bewoners)", "Wijkteam Noord werkt samen met
 * GGD", "GGD: invloed 4, belang 2") and the group that said it. The words come from the page's texts;
 * names come from the contribution itself (`actors` names every speler it refers to), so the ticker needs
 * no werkruimte data. Names are participants' text: the page shows them as text only.
 */
import type { Contribution, Force, RelationType } from '../../../domain/index.ts';
import { isOnMap } from './projection-live.ts';

/** How many lines the ticker shows. */
export const TICKER_LENGTH = 5;

export type TickerLine =
  /** A speler: new on the map, or one that was there already (merged). */
  | { kind: 'actorNew' | 'actorKnown'; name: string; force: Force }
  /** A tie; an end whose name is unknown is null. */
  | { kind: 'tie'; source: string | null; target: string | null; type: RelationType }
  /** A speler placed on the vraagstuk. */
  | { kind: 'position'; name: string | null; invloed: number; belang: number };

export interface TickerEntry {
  /** The contribution's id. */
  id: string;
  /** The group that said it. */
  group: string;
  line: TickerLine;
}

/** When it came onto the map: its decision, or (never decided, which should not happen) when it was sent. */
const momentOf = (contribution: Contribution) => contribution.decidedAt ?? contribution.createdAt;

/** The newest `limit` contributions on the map, newest first, as ticker lines. */
export function tickerEntries(contributions: Iterable<Contribution>, limit = TICKER_LENGTH): TickerEntry[] {
  return [...contributions]
    .filter(isOnMap)
    .sort((a, b) => momentOf(b).localeCompare(momentOf(a)) || b.id.localeCompare(a.id))
    .slice(0, limit)
    .map((contribution) => ({
      id: contribution.id,
      group: contribution.groupName,
      line: lineOf(contribution),
    }));
}

function lineOf(contribution: Contribution): TickerLine {
  const named = (id: string | null) =>
    (id && contribution.actors.find((actor) => actor.id === id)) || undefined;
  const { content } = contribution;
  switch (content.kind) {
    case 'actor': {
      // Merged: the speler that was already there, by its own name.
      const actor = named(contribution.actorId);
      return {
        kind: contribution.status === 'merged' ? 'actorKnown' : 'actorNew',
        name: actor?.name ?? content.name,
        force: actor?.force ?? content.force,
      };
    }
    case 'tie':
      return {
        kind: 'tie',
        source: named(content.sourceId)?.name ?? null,
        target: named(content.targetId)?.name ?? null,
        type: content.type,
      };
    case 'position':
      return {
        kind: 'position',
        name: named(content.actorId)?.name ?? null,
        invloed: content.invloed,
        belang: content.belang,
      };
  }
}

/**
 * Names go into a sentence as marked slots, so the page can put each in an element of its own (capped with
 * an ellipsis) without ever reading participants' text as markup: the sentence is made with `slot(key)` as
 * the name's value and cut back into text and slots. Names cannot hold the marker (control characters are
 * refused by the domain's text rules).
 */
const MARK = '\u0001';

export function slot(key: string): string {
  return `${MARK}${key}${MARK}`;
}

export type SentencePart = { text: string } | { slot: string };

export function splitSlots(sentence: string): SentencePart[] {
  return sentence
    .split(MARK)
    .map((piece, index): SentencePart => (index % 2 === 1 ? { slot: piece } : { text: piece }))
    .filter((part) => !('text' in part) || part.text !== '');
}
