import { describe, expect, it } from 'vitest';
import { dueScheduledSnapshot, schedulePeriod } from './snapshot-schedule.ts';

const at = (iso: string) => new Date(iso);

describe('scheduled momentopnames', () => {
  it('names each period in Dutch and dates it on its first day', () => {
    const moment = at('2027-05-17T10:00:00Z');
    expect(schedulePeriod('yearly', moment)).toMatchObject({
      startsOn: '2027-01-01',
      name: 'Jaarlijkse momentopname 2027',
    });
    expect(schedulePeriod('quarterly', moment)).toMatchObject({
      startsOn: '2027-04-01',
      name: 'Momentopname 2e kwartaal 2027',
    });
    expect(schedulePeriod('monthly', moment)).toMatchObject({
      startsOn: '2027-05-01',
      name: 'Momentopname mei 2027',
    });
  });

  it('takes nothing without a schedule', () => {
    expect(
      dueScheduledSnapshot('none', {
        now: at('2030-01-01T12:00:00Z'),
        countsFrom: at('2020-01-01T00:00:00Z'),
      }),
    ).toBeNull();
  });

  it('turns the year at midnight in Amsterdam, not at midnight UTC', () => {
    const countsFrom = at('2026-06-01T09:00:00Z');
    // 31 December 23:59 in Amsterdam (winter time, UTC+1) is still 2026.
    expect(dueScheduledSnapshot('yearly', { now: at('2026-12-31T22:59:00Z'), countsFrom })).toBeNull();
    // 31 December 23:30 UTC is 1 January 00:30 in Amsterdam: the 2027 one is due.
    expect(dueScheduledSnapshot('yearly', { now: at('2026-12-31T23:30:00Z'), countsFrom })).toMatchObject({
      startsOn: '2027-01-01',
      name: 'Jaarlijkse momentopname 2027',
    });
    // A quarter that begins in summer time (UTC+2): 1 April 00:30 is 31 March 22:30 UTC.
    expect(
      dueScheduledSnapshot('quarterly', {
        now: at('2027-03-31T22:30:00Z'),
        countsFrom: at('2027-02-10T09:00:00Z'),
      }),
    ).toMatchObject({ startsOn: '2027-04-01', name: 'Momentopname 2e kwartaal 2027' });
    expect(
      dueScheduledSnapshot('quarterly', {
        now: at('2027-03-31T21:30:00Z'),
        countsFrom: at('2027-02-10T09:00:00Z'),
      }),
    ).toBeNull();
  });

  it('knows leap days: 29 February is still February, 1 March a new month', () => {
    const countsFrom = at('2028-02-01T08:00:00Z');
    expect(dueScheduledSnapshot('monthly', { now: at('2028-02-29T12:00:00Z'), countsFrom })).toBeNull();
    expect(dueScheduledSnapshot('monthly', { now: at('2028-02-29T23:30:00Z'), countsFrom })).toMatchObject({
      startsOn: '2028-03-01',
      name: 'Momentopname maart 2028',
    });
    // Set on a leap day, the first yearly one is the next 1 January.
    const leapDay = at('2028-02-29T10:00:00Z');
    expect(
      dueScheduledSnapshot('yearly', { now: at('2028-12-31T12:00:00Z'), countsFrom: leapDay }),
    ).toBeNull();
    expect(
      dueScheduledSnapshot('yearly', { now: at('2029-01-01T06:00:00Z'), countsFrom: leapDay }),
    ).toMatchObject({ name: 'Jaarlijkse momentopname 2029' });
  });

  it('takes the first one on the first due date after the werkruimte was made, not at once', () => {
    const made = at('2027-01-05T14:00:00Z');
    expect(dueScheduledSnapshot('yearly', { now: made, countsFrom: made })).toBeNull();
    expect(dueScheduledSnapshot('yearly', { now: at('2027-12-01T12:00:00Z'), countsFrom: made })).toBeNull();
    expect(
      dueScheduledSnapshot('yearly', { now: at('2028-01-01T00:10:00+01:00'), countsFrom: made }),
    ).toMatchObject({ name: 'Jaarlijkse momentopname 2028' });
    expect(
      dueScheduledSnapshot('monthly', { now: at('2027-02-01T00:00:00+01:00'), countsFrom: made }),
    ).toMatchObject({ name: 'Momentopname februari 2027' });
  });

  it('takes the current period late after a pause, once, and never one of a period long gone', () => {
    // The server was down on 1 January and 1 April: on 10 August the third quarter's one is due, only it.
    const countsFrom = at('2026-11-03T09:00:00Z');
    expect(dueScheduledSnapshot('quarterly', { now: at('2027-08-10T09:00:00Z'), countsFrom })).toMatchObject({
      startsOn: '2027-07-01',
      name: 'Momentopname 3e kwartaal 2027',
    });
    // Taken then, the count starts again from that moment: nothing more until 1 October.
    const taken = at('2027-08-10T09:00:00Z');
    expect(
      dueScheduledSnapshot('quarterly', { now: at('2027-09-30T21:59:00Z'), countsFrom: taken }),
    ).toBeNull();
    expect(
      dueScheduledSnapshot('quarterly', { now: at('2027-09-30T22:00:00Z'), countsFrom: taken }),
    ).toMatchObject({ name: 'Momentopname 4e kwartaal 2027' });
  });

  it('takes nothing when the clock is behind the moment it counts from', () => {
    expect(
      dueScheduledSnapshot('monthly', {
        now: at('2027-01-10T00:00:00Z'),
        countsFrom: at('2027-03-01T12:00:00Z'),
      }),
    ).toBeNull();
  });
});
