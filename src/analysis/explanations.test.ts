import { describe, expect, it } from 'vitest';
import { BROKERAGE_ROLES } from './brokerage/gould-fernandez.ts';
import { EXPLANATIONS, explainIndex, explainReason, formatIndexValue, LOCALES } from './explanations.ts';
import { BANDS, INDEX_KEYS, indexCards } from './indices.ts';

describe('explanations', () => {
  it('has a title, a measure, and a reading and an action for every band of every index, in every locale', () => {
    for (const locale of LOCALES) {
      for (const key of INDEX_KEYS) {
        const text = EXPLANATIONS[locale].indices[key];
        expect(text.title, `${locale} ${key}`).not.toBe('');
        expect(text.measures, `${locale} ${key}`).not.toBe('');
        for (const band of BANDS) {
          expect(text.reading[band], `${locale} ${key} ${band}`).toBeTruthy();
          expect(text.action[band], `${locale} ${key} ${band}`).toBeTruthy();
        }
      }
      for (const role of BROKERAGE_ROLES) expect(EXPLANATIONS[locale].roles[role].title).toBeTruthy();
    }
  });

  it('formats values the Dutch way', () => {
    expect(formatIndexValue({ value: -0.4234, format: 'index' }, 'nl')).toBe('-0,42');
    expect(formatIndexValue({ value: 0.384, format: 'share' }, 'nl')).toBe('38%');
    expect(formatIndexValue({ value: 2.44, format: 'steps' }, 'nl')).toBe('2,4');
    expect(formatIndexValue({ value: 0.384, format: 'share' }, 'en')).toBe('38%');
    expect(formatIndexValue({ value: null, format: 'count' }, 'nl')).toBe('–');
  });

  it('fills value and koker into the reading, with no placeholder left', () => {
    const cards = indexCards({
      eiIndex: -0.62,
      crossShare: 0.19,
      formalModularity: 0.45,
      clusterAgreement: 0.7,
      clusterModularity: 0.55,
      components: 2,
      density: 0.04,
      reciprocity: 0.8,
      degreeCentralisation: 0.2,
      averagePathLength: null,
    });
    for (const card of cards) {
      const text = explainIndex(card, 'domein', 'nl');
      expect(`${text.reading} ${text.action} ${text.measures}`).not.toMatch(/\{\{/);
    }
    const ei = explainIndex(cards[0] as (typeof cards)[number], 'domein', 'nl');
    expect(ei.reading).toBe(
      'De waarde is -0,62. Bijna alle samenwerking blijft binnen de eigen koker (domein). Dat is sterke verkokering.',
    );
    expect(cards.find((card) => card.key === 'averagePathLength')?.band).toBe('none');
  });

  it('words a missing-link reason in one line', () => {
    expect(explainReason({ code: 'same_domain_and_wijk', domain: 'schulden', wijk: 'Noord' }, 'nl')).toBe(
      'Beiden werken aan schulden in wijk Noord, maar hebben geen contact.',
    );
    expect(explainReason({ code: 'common_contacts', count: 3 }, 'en')).toBe(
      'They share 3 contacts, but have no contact with each other.',
    );
  });
});
