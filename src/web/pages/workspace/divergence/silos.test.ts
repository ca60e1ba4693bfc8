import { describe, expect, it } from 'vitest';
import { compareSilos, type SiloView, silentView, siloView } from './silos.ts';

const view = (name: string, value: number | null, indicative = false): SiloView => ({
  name,
  value,
  band: value === null ? 'none' : 'mixed',
  spelers: 40,
  ties: indicative ? 12 : 80,
  indicative,
});

describe('siloView', () => {
  it('reads the E-I card and the map size, and whether the map is too small to judge', () => {
    const diagnosis = (spelers: number, ties: number) => ({
      network: { spelers, ties, arcs: ties, components: 1, largestComponent: spelers, isolates: 0 },
      indices: [
        { key: 'crossShare' as const, value: 0.3, band: 'some' as const },
        { key: 'eiIndex' as const, value: -0.4, band: 'some' as const },
      ],
    });
    expect(siloView('Gemeente', diagnosis(67, 120))).toEqual({
      name: 'Gemeente',
      value: -0.4,
      band: 'some',
      spelers: 67,
      ties: 120,
      indicative: false,
    });
    expect(siloView('Bewoners', diagnosis(67, 12)).indicative).toBe(true);
    expect(siloView('Bewoners', diagnosis(5, 40)).indicative).toBe(true);
  });
});

describe('compareSilos', () => {
  it('says who sees less verkokering: the higher E-I', () => {
    expect(compareSilos(view('Gemeente', 0.1), view('Bewoners', -0.3))).toEqual({
      key: 'divergence.silos.compare.less',
      values: { a: 'Gemeente', b: 'Bewoners' },
    });
    expect(compareSilos(view('Gemeente', -0.5), view('Bewoners', -0.3)).key).toBe(
      'divergence.silos.compare.more',
    );
  });

  it('calls a difference below the meaningful change about the same', () => {
    expect(compareSilos(view('Gemeente', -0.3), view('Bewoners', -0.31)).key).toBe(
      'divergence.silos.compare.same',
    );
    expect(compareSilos(view('Gemeente', -0.3), view('Bewoners', -0.33)).key).toBe(
      'divergence.silos.compare.less',
    );
  });

  it('makes it a first impression when either map is small', () => {
    expect(compareSilos(view('Gemeente', 0.1, true), view('Bewoners', -0.3)).key).toBe(
      'divergence.silos.compare.tentative.less',
    );
    expect(compareSilos(view('Gemeente', 0.1), view('Bewoners', 0.1, true)).key).toBe(
      'divergence.silos.compare.tentative.same',
    );
  });

  it('says which side cannot be computed', () => {
    expect(compareSilos(view('Gemeente', 0.1), view('Bewoners', null))).toEqual({
      key: 'divergence.silos.compare.unknown',
      values: { name: 'Bewoners' },
    });
    expect(compareSilos(view('Gemeente', null), view('Bewoners', 0.2)).values).toEqual({ name: 'Gemeente' });
    expect(compareSilos(view('Gemeente', null), view('Bewoners', null)).key).toBe(
      'divergence.silos.compare.neither',
    );
  });
});

describe('silentView', () => {
  it('is a map without ties: nothing to judge, and the comparison says whose', () => {
    expect(silentView('Instellingen', 6)).toEqual({
      name: 'Instellingen',
      value: null,
      band: 'none',
      spelers: 6,
      ties: 0,
      indicative: true,
    });
    expect(compareSilos(view('Gemeente', 0.5), silentView('Instellingen', 6))).toEqual({
      key: 'divergence.silos.compare.unknown',
      values: { name: 'Instellingen' },
    });
  });
});
