/**
 * The relaties' own time: a relatie may say since when and until when it holds (`validFrom`, `validTo`,
 * dates). The map's time slider picks a day; relaties not in force on that day are left out of the map
 * (faded like filtered ones), those without dates always count.
 */
import type { GraphRelation } from '../../domain/index.ts';

type Dated = Pick<GraphRelation, 'id' | 'validFrom' | 'validTo'>;

/** `YYYY-MM-DD`, or '' for no day chosen. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(value: string): boolean {
  return DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** Whether a relatie holds on `day` (both ends of its period included; ISO dates compare as text). */
export function holdsOn(relation: Dated, day: string): boolean {
  if (relation.validFrom && relation.validFrom > day) return false;
  if (relation.validTo && relation.validTo < day) return false;
  return true;
}

/** The relaties that do not hold on `day`. */
export function notInForceOn(relations: readonly Dated[], day: string): Set<string> {
  const out = new Set<string>();
  if (!day) return out;
  for (const relation of relations) if (!holdsOn(relation, day)) out.add(relation.id);
  return out;
}

/**
 * The days where something changes: every start and end date, sorted, without repeats. The slider steps
 * through these (and "no day"), so each step shows a different map; null when no relatie has a date.
 */
export function changeDays(relations: readonly Dated[]): string[] {
  const days = new Set<string>();
  for (const relation of relations) {
    if (relation.validFrom) days.add(relation.validFrom);
    // The day after the last day it held is the day the map changes.
    if (relation.validTo) days.add(dayAfter(relation.validTo));
  }
  return [...days].sort();
}

export function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
