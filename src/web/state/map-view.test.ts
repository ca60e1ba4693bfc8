import { describe, expect, it } from 'vitest';
import { changeMapView, knownMapView, mapViewSearch, readMapView, STORED_MAP } from './map-view.ts';

const P = '11111111-1111-4111-8111-111111111111';
const Q = '22222222-2222-4222-8222-222222222222';
const T = '33333333-3333-4333-8333-333333333333';
const S1 = '44444444-4444-4444-8444-444444444444';
const S2 = '55555555-5555-4555-8555-555555555555';
const viewOf = (change: Partial<typeof STORED_MAP>) => ({ ...STORED_MAP, ...change });

describe('the map view in the query string', () => {
  it('reads what it writes', () => {
    for (const view of [
      STORED_MAP,
      viewOf({ perspective: 'all', beside: '', topic: '' }),
      viewOf({ perspective: P, beside: Q, topic: T }),
      viewOf({ perspective: '', beside: P, topic: '' }),
    ]) {
      expect(readMapView(mapViewSearch(view))).toEqual(view);
    }
    expect(mapViewSearch(STORED_MAP)).toBe('');
    expect(mapViewSearch(viewOf({ perspective: 'all', beside: P, topic: T }))).toBe(
      `?kaart=alle&naast=${P}&vraagstuk=${T}`,
    );
  });

  it('ignores what it does not know, and keeps other parameters out', () => {
    expect(readMapView('?kaart=bewoners&naast=alle&vraagstuk=1&zoom=3')).toEqual(STORED_MAP);
    expect(readMapView(`?kaart=${P.slice(1)}`)).toEqual(STORED_MAP);
    expect(readMapView('')).toEqual(STORED_MAP);
  });

  it('never puts a perspective beside itself', () => {
    expect(changeMapView(viewOf({ perspective: P, beside: Q, topic: '' }), { perspective: Q })).toEqual(
      viewOf({ perspective: Q }),
    );
    expect(changeMapView(viewOf({ perspective: P, beside: '', topic: T }), { beside: Q })).toEqual(
      viewOf({ perspective: P, beside: Q, topic: T }),
    );
  });

  it('falls back to the stored map for perspectives and vraagstukken that are gone', () => {
    const view = viewOf({ perspective: P, beside: Q, topic: T });
    expect(knownMapView(view, null, null)).toEqual(view);
    expect(knownMapView(view, new Set([Q]), new Set())).toEqual(
      viewOf({ perspective: '', beside: Q, topic: '' }),
    );
    expect(knownMapView(viewOf({ perspective: 'all', beside: Q, topic: '' }), new Set([P]), null)).toEqual(
      viewOf({ perspective: 'all' }),
    );
  });

  it('names a moment, the changes since an earlier one and a day, and checks them', () => {
    const then = viewOf({ moment: S2, since: S1, on: '2025-06-30' });
    expect(mapViewSearch(then)).toBe(`?moment=${S2}&sinds=${S1}&op=2025-06-30`);
    expect(readMapView(mapViewSearch(then))).toEqual(then);
    expect(readMapView(`?moment=${S1}&sinds=${S1}&op=2025-02-30x`)).toEqual(viewOf({ moment: S1 }));
    expect(readMapView('?op=2025-13-01')).toEqual(STORED_MAP);
  });

  it('shows a moment of the map as stored: a perspective or vraagstuk and a moment do not mix', () => {
    const reading = viewOf({ perspective: P, beside: Q, topic: T, on: '2025-01-01' });
    expect(changeMapView(reading, { moment: S1 })).toEqual(viewOf({ moment: S1, on: '2025-01-01' }));
    expect(changeMapView(reading, { since: S1 })).toEqual(viewOf({ since: S1, on: '2025-01-01' }));
    expect(changeMapView(viewOf({ moment: S2, since: S1 }), { perspective: P })).toEqual(
      viewOf({ perspective: P }),
    );
    expect(changeMapView(viewOf({ moment: S2, since: S1 }), { on: '2024-01-01' })).toEqual(
      viewOf({ moment: S2, since: S1, on: '2024-01-01' }),
    );
    // A URL naming both keeps the reading: the address's perspective is what was shared.
    expect(readMapView(`?kaart=${P}&moment=${S1}`)).toEqual(viewOf({ perspective: P }));
  });

  it('falls back to now for momentopnames that are gone', () => {
    const then = viewOf({ moment: S2, since: S1 });
    expect(knownMapView(then, null, null, null)).toEqual(then);
    expect(knownMapView(then, new Set(), new Set(), new Set([S1]))).toEqual(viewOf({ since: S1 }));
    expect(knownMapView(then, new Set(), new Set(), new Set())).toEqual(STORED_MAP);
  });
});
