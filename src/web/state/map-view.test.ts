import { describe, expect, it } from 'vitest';
import { changeMapView, knownMapView, mapViewSearch, readMapView, STORED_MAP } from './map-view.ts';

const P = '11111111-1111-4111-8111-111111111111';
const Q = '22222222-2222-4222-8222-222222222222';
const T = '33333333-3333-4333-8333-333333333333';

describe('the map view in the query string', () => {
  it('reads what it writes', () => {
    for (const view of [
      STORED_MAP,
      { perspective: 'all', beside: '', topic: '' },
      { perspective: P, beside: Q, topic: T },
      { perspective: '', beside: P, topic: '' },
    ]) {
      expect(readMapView(mapViewSearch(view))).toEqual(view);
    }
    expect(mapViewSearch(STORED_MAP)).toBe('');
    expect(mapViewSearch({ perspective: 'all', beside: P, topic: T })).toBe(
      `?kaart=alle&naast=${P}&vraagstuk=${T}`,
    );
  });

  it('ignores what it does not know, and keeps other parameters out', () => {
    expect(readMapView('?kaart=bewoners&naast=alle&vraagstuk=1&zoom=3')).toEqual(STORED_MAP);
    expect(readMapView(`?kaart=${P.slice(1)}`)).toEqual(STORED_MAP);
    expect(readMapView('')).toEqual(STORED_MAP);
  });

  it('never puts a perspective beside itself', () => {
    expect(changeMapView({ perspective: P, beside: Q, topic: '' }, { perspective: Q })).toEqual({
      perspective: Q,
      beside: '',
      topic: '',
    });
    expect(changeMapView({ perspective: P, beside: '', topic: T }, { beside: Q })).toEqual({
      perspective: P,
      beside: Q,
      topic: T,
    });
  });

  it('falls back to the stored map for perspectives and vraagstukken that are gone', () => {
    const view = { perspective: P, beside: Q, topic: T };
    expect(knownMapView(view, null, null)).toEqual(view);
    expect(knownMapView(view, new Set([Q]), new Set())).toEqual({ perspective: '', beside: Q, topic: '' });
    expect(knownMapView({ perspective: 'all', beside: Q, topic: '' }, new Set([P]), null)).toEqual({
      perspective: 'all',
      beside: '',
      topic: '',
    });
  });
});
