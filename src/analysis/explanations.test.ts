import { describe, expect, it } from 'vitest';
import { BROKERAGE_ROLES } from './brokerage/gould-fernandez.ts';
import {
  EXPLANATIONS,
  explainIndex,
  explainNonResponseNote,
  explainReason,
  explainResponse,
  explainTieCoverage,
  formatIndexValue,
  LOCALES,
} from './explanations.ts';
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

  it('words what a round’s silence means, with the speler’s name, in both languages', () => {
    const names = { a: 'Wijkteam Noord' };
    expect(explainNonResponseNote({ kind: 'silent_broker', actorId: 'a', rank: 2 }, names, 'nl')).toBe(
      'Wijkteam Noord is brug nummer 2 op de kaart, maar antwoordde niet: wat we van Wijkteam Noord weten, komt van anderen.',
    );
    expect(
      explainNonResponseNote(
        { kind: 'hearsay_broker', actorId: 'a', rank: 1, ties: 4, onlyByOthers: 4 },
        names,
        'nl',
      ),
    ).toBe(
      'Wijkteam Noord is brug nummer 1, maar noemde zelf geen van zijn 4 relaties met andere deelnemers: alle 4 komen van de andere kant.',
    );
    expect(
      explainNonResponseNote(
        { kind: 'hearsay_broker', actorId: 'a', rank: 3, ties: 1, onlyByOthers: 1 },
        names,
        'en',
      ),
    ).toBe(
      'Wijkteam Noord is bridge number 3, but named none of its 1 relation with other respondents itself: it comes from the other side.',
    );
    // A speler no longer on the map: "een speler", with a capital at the start of the sentence.
    expect(explainNonResponseNote({ kind: 'silent_isolate', actorId: 'b' }, names, 'nl')).toBe(
      'Een speler lijkt los te staan, maar antwoordde niet. Misschien ontbreken alleen de relaties.',
    );
    expect(
      explainNonResponseNote({ kind: 'silent_koker', koker: 'Zorg', silent: 3, invited: 5 }, names, 'nl'),
    ).toBe(
      'In de koker Zorg antwoordden 3 van de 5 deelnemers niet: dit deel van de kaart tekenen vooral anderen.',
    );
    // A name is text, never a template: placeholders in it stay as they are.
    expect(
      explainNonResponseNote({ kind: 'silent_isolate', actorId: 'c' }, { c: '{{name}} $& club' }, 'en'),
    ).toBe(
      '{{name}} $& club seems to stand alone, but did not answer. Perhaps only the relations are missing.',
    );
  });

  it('sums up a round’s response and the ties between its respondents', () => {
    expect(explainResponse('Jeugd', { invited: 4, answered: 1 }, 'nl')).toBe(
      'Uitvraag “Jeugd”: 1 van de 4 deelnemers antwoordden.',
    );
    expect(explainResponse('Youth', { invited: 1, answered: 0 }, 'en')).toBe(
      'Survey “Youth”: 0 of the 1 respondent answered.',
    );
    const ties = { total: 4, confirmed: 1, oneSided: 2, unreported: 1 };
    expect(explainTieCoverage(ties, 'nl')).toBe(
      'Van de 4 relaties tussen deelnemers noemden 1 allebei de kanten, 2 maar één kant (50%) en 1 geen van beide.',
    );
    expect(explainTieCoverage({ total: 0, confirmed: 0, oneSided: 0, unreported: 0 }, 'nl')).toBeNull();
    for (const locale of LOCALES) expect(EXPLANATIONS[locale].nonResponse.title).toBeTruthy();
  });
});
