/**
 * A werkruimte's schedule of momentopnames: none, or one on the first day of every year, quarter or month,
 * as the calendar in the Netherlands has it (Europe/Amsterdam). When one is due is decided here, pure and
 * with the clock passed in, so the server's check and the tests agree on the same rule.
 *
 * The rule: a period (year, quarter, month) is due when it began after the moment the schedule counts from
 * — when the werkruimte was made, its schedule last changed, or its last scheduled momentopname was taken.
 * So a werkruimte made (or a schedule set) on 15 March gets its first yearly one on the next 1 January, not
 * at once; a server that was down on 1 January takes that year's on its first check after; and a period's
 * momentopname that an eigenaar deleted is not taken again.
 */
import { z } from 'zod';
import { dutchToday } from './survey.ts';

export const SNAPSHOT_SCHEDULES = ['none', 'yearly', 'quarterly', 'monthly'] as const;
export type SnapshotSchedule = (typeof SNAPSHOT_SCHEDULES)[number];

export const snapshotScheduleSchema = z
  .enum(SNAPSHOT_SCHEDULES)
  .describe(
    'Automatisch een momentopname maken: `none` (nooit), `yearly` (elk jaar op 1 januari), `quarterly` (op de eerste dag van elk kwartaal) of `monthly` (op de eerste dag van elke maand), Nederlandse tijd.',
  );

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** One period of a schedule: the year, quarter or month an instant falls in, in Dutch time. */
export interface SchedulePeriod {
  /** Counts periods from year 0, so a later period always has a larger number. */
  ordinal: number;
  /** Its first day, `YYYY-MM-DD`: the due date. */
  startsOn: string;
  /** The name its momentopname gets (Dutch: it is stored, like every name users give). */
  name: string;
}

/** The period of a schedule an instant falls in, by the Dutch calendar day of that instant. */
export function schedulePeriod(schedule: Exclude<SnapshotSchedule, 'none'>, at: Date): SchedulePeriod {
  const [year, month] = dutchToday(at).split('-').map(Number) as [number, number];
  const pad = (n: number) => String(n).padStart(2, '0');
  if (schedule === 'yearly')
    return { ordinal: year, startsOn: `${year}-01-01`, name: `Jaarlijkse momentopname ${year}` };
  if (schedule === 'quarterly') {
    const quarter = Math.floor((month - 1) / 3) + 1;
    return {
      ordinal: year * 4 + quarter - 1,
      startsOn: `${year}-${pad((quarter - 1) * 3 + 1)}-01`,
      name: `Momentopname ${quarter}e kwartaal ${year}`,
    };
  }
  return {
    ordinal: year * 12 + month - 1,
    startsOn: `${year}-${pad(month)}-01`,
    name: `Momentopname ${MONTHS[month - 1]} ${year}`,
  };
}

/**
 * The period whose momentopname is due now, or null: none when there is no schedule, or when the current
 * period began before `countsFrom` (see the module comment).
 */
export function dueScheduledSnapshot(
  schedule: SnapshotSchedule,
  { now, countsFrom }: { now: Date; countsFrom: Date },
): SchedulePeriod | null {
  if (schedule === 'none') return null;
  const current = schedulePeriod(schedule, now);
  return current.ordinal > schedulePeriod(schedule, countsFrom).ordinal ? current : null;
}
