/**
 * The spelers two perspectives place most differently on a vraagstuk, in words: how much invloed each side
 * sees ("veel invloed (4 van 5)") and which side of the vraagstuk ("voor", "sterk tegen"), plus what
 * differs — most of all whether one sees the speler for and the other against. Spelers both see alike
 * are left out: they are not contested.
 */
import type { TFunction } from 'i18next';
import type * as contract from '../../../../contract/index.ts';
import { POWER_MAX } from '../../../../domain/index.ts';
import { dutchCollator } from '../../../state/collator.ts';
import { stanceKey } from '../topics/topic-grid.ts';
import { slot } from './parts.ts';
import type { SideNames } from './ties.ts';

export type PositionDifference = NonNullable<contract.divergence.Divergence['positions']>[number];
type Placed = PositionDifference['a'];

/** Most apart first (the server's distance: |Δ invloed| + |Δ standpunt|), then by name; alike left out. */
export function contestedSpelers(
  positions: readonly PositionDifference[],
  nameOf: (actorId: string) => string | undefined,
): PositionDifference[] {
  return positions
    .filter((position) => position.distance > 0)
    .sort(
      (x, y) =>
        y.distance - x.distance ||
        Number(opposed(y)) - Number(opposed(x)) ||
        dutchCollator.compare(nameOf(x.actorId) ?? '', nameOf(y.actorId) ?? ''),
    );
}

/** One sees the speler for the vraagstuk, the other against it. */
function opposed(position: PositionDifference): boolean {
  return Math.sign(position.a.standpunt) * Math.sign(position.b.standpunt) < 0;
}

export type DifferenceKind = 'opposed' | 'stance' | 'power' | 'both';

/**
 * What the two see differently; `opposed` (one sees the speler for, the other against) outranks a stance
 * that only shifts.
 */
export function differenceKind(position: PositionDifference): DifferenceKind {
  if (opposed(position)) return 'opposed';
  const power = position.a.invloed !== position.b.invloed;
  const stance = position.a.standpunt !== position.b.standpunt;
  return power && stance ? 'both' : stance ? 'stance' : 'power';
}

/** Invloed in a word: 1–2 little, 3 some, 4–5 much. */
export function powerWord(invloed: number): 'little' | 'some' | 'much' {
  return invloed <= 2 ? 'little' : invloed >= 4 ? 'much' : 'some';
}

function view(t: TFunction, placed: Placed): { power: string; invloed: number; max: number; stance: string } {
  return {
    power: t(`divergence.positions.power.${powerWord(placed.invloed)}`),
    invloed: placed.invloed,
    max: POWER_MAX,
    stance: t(`topics.stance.${stanceKey(placed.standpunt)}`),
  };
}

/**
 * "⟨actor⟩ heeft volgens Gemeente veel invloed (4 van 5) en is voor; volgens Bewoners weinig invloed
 * (1 van 5) en tegen." The speler's name is the slot `actor`.
 */
export function positionSentence(t: TFunction, position: PositionDifference, names: SideNames): string {
  const a = view(t, position.a);
  const b = view(t, position.b);
  return t('divergence.positions.sentence', {
    actor: slot('actor'),
    a: names.a,
    b: names.b,
    powerA: a.power,
    invloedA: a.invloed,
    stanceA: a.stance,
    powerB: b.power,
    invloedB: b.invloed,
    stanceB: b.stance,
    max: a.max,
  });
}
