/**
 * The comparison page's pure parts: which two werkruimtes the address names, the rows of its tables from the
 * server's answer, and which matched spelers the user still counts as the same (every match counts until
 * its "Zelfde speler" box is unticked).
 */

import type * as contract from '../../../contract/index.ts';
import type { EndpointOutput } from '../../../contract/index.ts';

export type Comparison = EndpointOutput<typeof contract.compare.compareWorkspaces>;
export type ComparedSide = Comparison['a'];
export type Match = Comparison['matches'][number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The werkruimtes `?a=…&b=…` names; '' for one it leaves out or that is no id at all. */
export function selectionOf(search: string): { a: string; b: string } {
  const query = new URLSearchParams(search);
  const id = (value: string | null) => (value && UUID.test(value) ? value.toLowerCase() : '');
  return { a: id(query.get('a')), b: id(query.get('b')) };
}

/** Whether a selection names two werkruimtes to compare (the same one twice is for the server to refuse). */
export function isComplete(selection: { a: string; b: string }): boolean {
  return selection.a !== '' && selection.b !== '';
}

/** One row of the index table: both cards with their explanation, which is better, and the sentence. */
export interface IndexRow {
  key: string;
  title: string;
  a: { value: string; band: string; reading: string };
  b: { value: string; band: string; reading: string };
  better: Comparison['indices'][number]['better'];
  sentence: string;
}

export function indexRows(comparison: Comparison): IndexRow[] {
  const cardOf = (side: ComparedSide, key: string) => side.indices.find((card) => card.key === key);
  return comparison.indices.flatMap((row) => {
    const [a, b] = [cardOf(comparison.a, row.key), cardOf(comparison.b, row.key)];
    if (!a || !b) return [];
    const shown = (card: typeof a) => ({
      value: card.explanation.value,
      band: card.band,
      reading: card.explanation.reading,
    });
    return [
      {
        key: row.key,
        title: a.explanation.title,
        a: shown(a),
        b: shown(b),
        better: row.better,
        sentence: row.sentence,
      },
    ];
  });
}

/** One row of the kracht table: the kracht's figures in each werkruimte. */
export interface ForceRow {
  force: string;
  a: ComparedSide['forces'][number];
  b: ComparedSide['forces'][number];
}

export function forceRows(comparison: Comparison): ForceRow[] {
  return comparison.a.forces.flatMap((a) => {
    const b = comparison.b.forces.find((row) => row.force === a.force);
    return b ? [{ force: a.force, a, b }] : [];
  });
}

/** A match's key for the confirmation state: one speler of each side. */
export const matchKey = (match: Match) => `${match.a.id}|${match.b.id}`;

/** How many matches still count as the same speler: all but those the user unticked. */
export function confirmedCount(matches: readonly Match[], unticked: ReadonlySet<string>): number {
  return matches.reduce((count, match) => count + (unticked.has(matchKey(match)) ? 0 : 1), 0);
}

/** The set after the user ticks or unticks one match. */
export function toggled(unticked: ReadonlySet<string>, key: string, same: boolean): Set<string> {
  const next = new Set(unticked);
  if (same) next.delete(key);
  else next.add(key);
  return next;
}

/** A share as a whole percentage in the page's language ("38%"), or null when there is nothing to share. */
export function percent(share: number | null, locale: string): string | null {
  return share === null
    ? null
    : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
