import { describe, expect, it } from 'vitest';
import { nonResponse } from './non-response.ts';

// Five invited spelers (a–e) and one not invited (x). a, b, d answered; c and e did not.
const respondents = [
  { actorId: 'a', perspectiveId: 'Pa', answered: true },
  { actorId: 'b', perspectiveId: 'Pb', answered: true },
  { actorId: 'c', perspectiveId: 'Pc', answered: false },
  { actorId: 'd', perspectiveId: 'Pd', answered: true },
  { actorId: 'e', perspectiveId: 'Pe', answered: false },
];
const relations = [
  { id: 'ab', source: 'a', target: 'b' }, // both named it: confirmed
  { id: 'ba', source: 'b', target: 'a' }, // the same pair the other way: counted once
  { id: 'ac', source: 'a', target: 'c' }, // only a named it (c is silent): one-sided
  { id: 'bc', source: 'b', target: 'c' }, // only b: one-sided
  { id: 'bd', source: 'b', target: 'd' }, // only d, though b answered: one-sided, b on hearsay there
  { id: 'ad', source: 'a', target: 'd' }, // known to the editors only: unreported
  { id: 'ax', source: 'a', target: 'x' }, // x was not invited: not counted
];
const claimants = new Map<string, Set<string>>([
  ['ab', new Set(['Pa', 'Pb'])],
  ['ba', new Set(['Pb'])],
  ['ac', new Set(['Pa'])],
  ['bc', new Set(['Pb', 'Redactie'])],
  ['bd', new Set(['Pd'])],
  ['ad', new Set(['Redactie'])],
  ['ax', new Set(['Pa'])],
]);

describe('non-response', () => {
  it('sorts the ties between invited spelers into confirmed, one-sided and unreported, each pair once', () => {
    const result = nonResponse({
      relations,
      claimants,
      respondents,
      diagnosis: { spelers: [], brokers: [] },
    });
    expect(result.respondents).toEqual({ invited: 5, answered: 3, silent: 2 });
    expect(result.ties).toEqual({ total: 5, confirmed: 1, oneSided: 3, unreported: 1 });
    expect(result.oneSidedShare).toBeCloseTo(3 / 5);
    const row = (id: string) => result.spelers.find((speler) => speler.actorId === id);
    expect(row('c')).toEqual({ actorId: 'c', status: 'silent', ties: 2, reportedBySelf: 0, onlyByOthers: 2 });
    expect(row('b')).toEqual({
      actorId: 'b',
      status: 'answered',
      ties: 3,
      reportedBySelf: 2,
      onlyByOthers: 1,
    });
    expect(row('e')).toEqual({ actorId: 'e', status: 'silent', ties: 0, reportedBySelf: 0, onlyByOthers: 0 });
    expect(row('x')).toBeUndefined();
  });

  it('notes the results that lean on silence: silent or hearsay brokers, silent isolates, half-silent kokers', () => {
    const result = nonResponse({
      relations,
      claimants,
      respondents,
      diagnosis: {
        spelers: [
          { id: 'a', koker: 'zorg', degree: 4 },
          { id: 'b', koker: 'zorg', degree: 3 },
          { id: 'c', koker: 'wonen', degree: 2 },
          { id: 'd', koker: 'wonen', degree: 2 },
          { id: 'e', koker: 'wonen', degree: 0 },
          { id: 'x', koker: 'wonen', degree: 1 },
        ],
        brokers: ['x', 'c', 'a', 'd'],
      },
    });
    expect(result.notes).toEqual([
      { kind: 'silent_broker', actorId: 'c', rank: 2 },
      // d answered, but its one tie between invited spelers it did name itself: no note. a named its own.
      { kind: 'silent_isolate', actorId: 'e' },
      { kind: 'silent_koker', koker: 'wonen', silent: 2, invited: 3 },
    ]);
  });

  it('calls a broker that answered but named none of its own ties a bridge on hearsay', () => {
    const result = nonResponse({
      relations: [{ id: 'bd', source: 'b', target: 'd' }],
      claimants: new Map([['bd', new Set(['Pd'])]]),
      respondents,
      diagnosis: { spelers: [], brokers: ['b'] },
    });
    expect(result.notes).toEqual([
      { kind: 'hearsay_broker', actorId: 'b', rank: 1, onlyByOthers: 1, ties: 1 },
    ]);
  });

  it('has no share of one-sided ties without ties between invited spelers', () => {
    const result = nonResponse({
      relations: [],
      claimants: new Map(),
      respondents: [],
      diagnosis: { spelers: [], brokers: [] },
    });
    expect(result).toMatchObject({ oneSidedShare: null, notes: [], respondents: { invited: 0 } });
  });
});
