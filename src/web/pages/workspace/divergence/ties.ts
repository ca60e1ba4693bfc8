/**
 * The relaties two perspectives see differently, as the panel lists them: first the ties one claims and
 * the other denies (the sharpest difference), then the ties only one names, then strength differences —
 * each group in an order a reader can scan (by speler name; strength differences largest first), and each
 * tie as one sentence with its speler names as slots (`source`, `target`) for links.
 */
import type { TFunction } from 'i18next';
import type * as contract from '../../../../contract/index.ts';
import { STRENGTH_MAX } from '../../../../domain/index.ts';
import { dutchCollator } from '../../../state/collator.ts';
import { slot } from './parts.ts';

type Divergence = contract.divergence.Divergence;
export type Tie = Divergence['onlyA'][number];
export type Side = 'a' | 'b';

export interface ContestedTie {
  relation: Tie;
  /** The side that says the tie exists; the other denies it. */
  claimer: Side;
}

export interface StrengthTie {
  relation: Tie;
  a: number;
  b: number;
}

export interface TieGroups {
  contested: ContestedTie[];
  onlyA: Tie[];
  onlyB: Tie[];
  strength: StrengthTie[];
}

/** The four groups in reading order, each sorted. */
export function tieGroups(
  divergence: Divergence,
  nameOf: (actorId: string) => string | undefined,
): TieGroups {
  const name = (id: string) => nameOf(id) ?? '';
  const byNames = (x: Tie, y: Tie) =>
    dutchCollator.compare(name(x.source), name(y.source)) ||
    dutchCollator.compare(name(x.target), name(y.target)) ||
    x.id.localeCompare(y.id);
  return {
    contested: divergence.contested
      .map(({ relation, a }) => ({
        relation,
        claimer: a.kind === 'claims' ? ('a' as const) : ('b' as const),
      }))
      .sort((x, y) => byNames(x.relation, y.relation)),
    onlyA: [...divergence.onlyA].sort(byNames),
    onlyB: [...divergence.onlyB].sort(byNames),
    strength: divergence.strengthDifferences
      .map(({ relation, a, b }) => ({ relation, a, b }))
      .sort((x, y) => Math.abs(y.a - y.b) - Math.abs(x.a - x.b) || byNames(x.relation, y.relation)),
  };
}

/**
 * How many ties a side says something about, as far as the comparison shows: the ties it names (both
 * claim, only it names, or it claims one the other denies) and the ties it denies that the other claims.
 * Zero and zero: this perspective has not said anything about the relaties yet.
 */
export function claimsOf(divergence: Divergence, side: Side): { named: number; denied: number } {
  const contestedClaims = divergence.contested.filter((entry) => entry[side].kind === 'claims').length;
  return {
    named: divergence.shared + (side === 'a' ? divergence.onlyA : divergence.onlyB).length + contestedClaims,
    denied: divergence.contested.length - contestedClaims,
  };
}

export interface SideNames {
  a: string;
  b: string;
}

const other = (side: Side): Side => (side === 'a' ? 'b' : 'a');

/** "volgens Gemeente werkt ⟨source⟩ samen met ⟨target⟩": what one side says, as a clause. */
function claimClause(t: TFunction, relation: Tie, perspective: string): string {
  return t(`divergence.says.${relation.type}`, {
    perspective,
    source: slot('source'),
    target: slot('target'),
    defaultValue: t('divergence.says.other', { perspective, source: slot('source'), target: slot('target') }),
  });
}

/** "Volgens Gemeente werkt X samen met Y; volgens Bewoners niet." */
export function contestedSentence(t: TFunction, tie: ContestedTie, names: SideNames): string {
  return t('divergence.ties.contestedSentence', {
    claim: claimClause(t, tie.relation, names[tie.claimer]),
    other: names[other(tie.claimer)],
  });
}

/** "Volgens Gemeente werkt X samen met Y. Van Bewoners is hierover niets bekend." */
export function onlySentence(t: TFunction, relation: Tie, side: Side, names: SideNames): string {
  return t('divergence.ties.onlySentence', {
    claim: claimClause(t, relation, names[side]),
    other: names[other(side)],
  });
}

/** "X werkt samen met Y: volgens Gemeente sterkte 5 van 5, volgens Bewoners sterkte 2 van 5." */
export function strengthSentence(t: TFunction, tie: StrengthTie, names: SideNames): string {
  return t('divergence.ties.strengthSentence', {
    source: slot('source'),
    target: slot('target'),
    verb: t(`relationType.${tie.relation.type}`, { defaultValue: tie.relation.type }),
    a: names.a,
    b: names.b,
    strengthA: tie.a,
    strengthB: tie.b,
    max: STRENGTH_MAX,
  });
}
