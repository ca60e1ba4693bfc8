import { describe, expect, it } from 'vitest';
import type { Perspective } from '../../../../domain/index.ts';
import { choose, defaultPair, defaultTopic } from './pair.ts';

const p = (id: string, force: Perspective['force'], editors = false) => ({ id, force, editors });
// As a new werkruimte has them: the editors first, then by name.
const STARTING = [
  p('redactie', null, true),
  p('bewoners', 'bewoner'),
  p('gemeente', 'gemeente'),
  p('instellingen', 'instelling'),
];

describe('defaultPair', () => {
  it('compares a gemeente perspective with a bewoners perspective when both exist', () => {
    expect(defaultPair(STARTING)).toEqual({ a: 'gemeente', b: 'bewoners' });
  });

  it('takes the first of several perspectives that speak for the same kracht', () => {
    const list = [...STARTING, p('gemeente-wijk', 'gemeente'), p('buurt', 'bewoner')];
    expect(defaultPair(list)).toEqual({ a: 'gemeente', b: 'bewoners' });
  });

  it('falls back to the first two, and fills in only the side that is missing', () => {
    expect(defaultPair([p('redactie', null, true), p('wijkteam', 'professional')])).toEqual({
      a: 'redactie',
      b: 'wijkteam',
    });
    expect(defaultPair([p('redactie', null, true), p('gemeente', 'gemeente')])).toEqual({
      a: 'gemeente',
      b: 'redactie',
    });
    expect(defaultPair([p('redactie', null, true), p('bewoners', 'bewoner')])).toEqual({
      a: 'redactie',
      b: 'bewoners',
    });
  });

  it('never counts the editors as the gemeente, whatever their kracht', () => {
    expect(defaultPair([p('redactie', 'gemeente', true), p('x', null), p('bewoners', 'bewoner')])).toEqual({
      a: 'redactie',
      b: 'bewoners',
    });
  });

  it('prefers the pair the address names, if both exist and differ', () => {
    expect(defaultPair(STARTING, { a: 'instellingen', b: 'redactie' })).toEqual({
      a: 'instellingen',
      b: 'redactie',
    });
    expect(defaultPair(STARTING, { a: 'instellingen', b: 'instellingen' })).toEqual({
      a: 'gemeente',
      b: 'bewoners',
    });
    expect(defaultPair(STARTING, { a: 'weg', b: 'redactie' })).toEqual({ a: 'gemeente', b: 'bewoners' });
    expect(defaultPair(STARTING, { a: 'gemeente', b: '' })).toEqual({ a: 'gemeente', b: 'bewoners' });
  });

  it('has nothing to compare with fewer than two perspectives', () => {
    expect(defaultPair([])).toBeNull();
    expect(defaultPair([p('redactie', null, true)])).toBeNull();
  });
});

describe('choose', () => {
  it('changes one side, and swaps when the other side held the chosen one', () => {
    expect(choose({ a: 'g', b: 'b' }, 'a', 'x')).toEqual({ a: 'x', b: 'b' });
    expect(choose({ a: 'g', b: 'b' }, 'b', 'x')).toEqual({ a: 'g', b: 'x' });
    expect(choose({ a: 'g', b: 'b' }, 'a', 'b')).toEqual({ a: 'b', b: 'g' });
    expect(choose({ a: 'g', b: 'b' }, 'b', 'g')).toEqual({ a: 'b', b: 'g' });
  });
});

describe('defaultTopic', () => {
  it('takes the first active vraagstuk, or none', () => {
    expect(
      defaultTopic([
        { id: 'oud', status: 'afgerond' },
        { id: 'armoede', status: 'actief' },
        { id: 'wijkteam', status: 'actief' },
      ]),
    ).toBe('armoede');
    expect(defaultTopic([{ id: 'oud', status: 'afgerond' }])).toBe('');
    expect(defaultTopic([])).toBe('');
  });
});
