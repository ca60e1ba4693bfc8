/**
 * "Kleur volgens vraagstuk": the spelers of the map coloured by their current standpunt on one vraagstuk,
 * as pure rules. The colours are a diverging scale from sterk tegen to sterk voor (ColorBrewer's RdBu, which
 * people with the common colour-vision deficiencies can tell apart: red–orange against, blue for, a pale
 * neutral between), and a mid grey for a speler without a position; the kracht stays visible as the ring
 * (node-border-program.ts), and the standpunt also as a mark after the name (the same marks as the grid),
 * so it never rests on colour alone.
 *
 * Whose standpunt: the map's own perspective when one is chosen; for the stored map and for all
 * perspectives together, the mean over every perspective's current position (topic-positions.ts, the same
 * rule as the grid's merged view). A mean takes the nearest whole standpunt.
 */
import type { Movement, TopicPosition } from '../../domain/index.ts';
import { stanceKey, stanceMark } from '../pages/workspace/topics/topic-grid.ts';
import { type GridView, historiesOf, rowsOf } from '../pages/workspace/topics/topic-positions.ts';
import type { MapPerspective } from '../state/map-view.ts';

/** Sterk tegen, tegen, neutraal, voor, sterk voor. */
export const STANCE_SCALE = ['#b2182b', '#ef8a62', '#f4f1ea', '#67a9cf', '#2166ac'] as const;
/** A speler without a position on the vraagstuk (from this perspective). */
export const NO_POSITION_COLOR = '#a3acb5';
/** The sigma node type of a speler drawn with its kracht as a ring (node-border-program.ts). */
export const BORDERED = 'bordered';
/** Ringed spelers are drawn this much larger, so the smallest still shows its fill inside the ring. */
export const RINGED_SIZE_BOOST = 3;
/** Standpunt −2 … +2, in the scale's order. */
export const STANCE_VALUES = [-2, -1, 0, 1, 2] as const;

export function stanceFill(standpunt: number | null): string {
  if (standpunt === null || !Number.isFinite(standpunt)) return NO_POSITION_COLOR;
  const step = Math.min(2, Math.max(-2, Math.round(standpunt)));
  return STANCE_SCALE[step + 2] as string;
}

/** One speler on the vraagstuk, as the map shows it. */
export interface ActorStance {
  /** −2 … +2; a mean for merged perspectives. */
  standpunt: number;
  /** Null: none given; 'mixed': the merged perspectives do not agree. */
  beweging: Movement | null | 'mixed';
}

/** Whose positions colour a map: its own perspective, or all merged (the stored map and 'all'). */
export function stanceSource(perspective: MapPerspective): GridView {
  return perspective && perspective !== 'all' ? { kind: 'one', perspectiveId: perspective } : { kind: 'all' };
}

/** The current standpunt per speler on the map, from `source`; spelers not on the map are left out. */
export function stancesOf(
  positions: readonly TopicPosition[],
  source: GridView,
  actorIds: readonly string[],
): Map<string, ActorStance> {
  const order = new Map(actorIds.map((id, index) => [id, index]));
  const stances = new Map<string, ActorStance>();
  for (const row of rowsOf(historiesOf(positions), source, order)) {
    stances.set(row.actorId, { standpunt: row.standpunt, beweging: row.beweging });
  }
  return stances;
}

/** What the map draws for a vraagstuk (MapView's `stance`). */
export interface MapStance {
  /** The fill of every speler with a position; the others get NO_POSITION_COLOR. */
  fills: ReadonlyMap<string, string>;
  /** The mark after a name ("++", "+", "0", "−", "−−"). */
  marks: ReadonlyMap<string, string>;
  /** Spelers whose current position moves top-down or from below; shown on the five-forces layout only. */
  movements: ReadonlyMap<string, Movement>;
}

export function mapStanceOf(stances: ReadonlyMap<string, ActorStance>, withMovements: boolean): MapStance {
  const fills = new Map<string, string>();
  const marks = new Map<string, string>();
  const movements = new Map<string, Movement>();
  for (const [id, stance] of stances) {
    fills.set(id, stanceFill(stance.standpunt));
    marks.set(id, stanceMark(stance.standpunt));
    if (withMovements && (stance.beweging === 'van_boven' || stance.beweging === 'van_onderop'))
      movements.set(id, stance.beweging);
  }
  return { fills, marks, movements };
}

/** The words' key of a whole standpunt (topics.stance.*). */
export function stanceWordKey(standpunt: number): string {
  return `topics.stance.${stanceKey(standpunt)}`;
}
