import { describe, expect, it } from 'vitest';
import { findGemeente } from './gemeente-names.ts';
import type { Gemeente } from './workspace.ts';

const gemeente = (code: string, name: string): Gemeente => ({
  code,
  name,
  provinceCode: 'PV00',
  provinceName: '',
  year: 2026,
});
const LIST = [
  gemeente('GM0344', 'Utrecht'),
  gemeente('GM0355', 'Utrechtse Heuvelrug'),
  gemeente('GM0893', 'Bergen (L.)'),
  gemeente('GM0373', 'Bergen (NH.)'),
  gemeente('GM1900', 'Súdwest-Fryslân'),
];

describe('findGemeente', () => {
  it('takes a code in any case, the form’s label, or the exact name ignoring case, accents and spacing', () => {
    expect(findGemeente(LIST, 'gm0344')).toEqual({ code: 'GM0344' });
    expect(findGemeente(LIST, 'Utrecht (GM0344)')).toEqual({ code: 'GM0344' });
    expect(findGemeente(LIST, ' utrecht ')).toEqual({ code: 'GM0344' });
    expect(findGemeente(LIST, 'Sudwest Fryslan')).toEqual({ code: 'GM1900' });
    expect(findGemeente(LIST, 'bergen (nh.)')).toEqual({ code: 'GM0373' });
  });

  it('refuses a name no gemeente has, suggesting the gemeenten whose name holds it', () => {
    expect(findGemeente(LIST, 'Bergen')).toEqual({
      issue: 'unknown_gemeente',
      params: { name: 'Bergen', suggestions: ['Bergen (L.) (GM0893)', 'Bergen (NH.) (GM0373)'] },
    });
    // Names that start with it come first.
    const haaksbergen = [gemeente('GM0158', 'Haaksbergen'), ...LIST];
    expect(findGemeente(haaksbergen, 'bergen')).toMatchObject({
      params: { suggestions: ['Bergen (L.) (GM0893)', 'Bergen (NH.) (GM0373)', 'Haaksbergen (GM0158)'] },
    });
    expect(findGemeente(LIST, 'Den Haag')).toEqual({
      issue: 'unknown_gemeente',
      params: { name: 'Den Haag', suggestions: [] },
    });
  });

  it('refuses a name two gemeenten share, offering both', () => {
    const twice = [...LIST, gemeente('GM9999', 'utrecht')];
    expect(findGemeente(twice, 'Utrecht')).toEqual({
      issue: 'ambiguous_gemeente',
      params: { name: 'Utrecht', suggestions: ['Utrecht (GM0344)', 'utrecht (GM9999)'] },
    });
  });
});
