import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../i18n/nl.ts';
import { answeredPercent, noteSentence, tiesSummary } from './coverage.ts';

const i18n = createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { nl: { translation: nl } },
    lng: 'nl',
    interpolation: { escapeValue: false },
  });
});

describe('the results of an uitvraag in words', () => {
  it('gives the share that answered, and none when nobody was invited', () => {
    expect(answeredPercent({ invited: 3, answered: 2 })).toBe(67);
    expect(answeredPercent({ invited: 0, answered: 0 })).toBeNull();
  });

  it('words each note with the speler’s name', () => {
    const t = i18n.getFixedT('nl');
    const names = { a: 'Wijkteam Noord' };
    expect(noteSentence({ kind: 'silent_broker', actorId: 'a', rank: 2 }, names, t)).toBe(
      'Wijkteam Noord is brug nummer 2 op de kaart, maar antwoordde niet: wat we van Wijkteam Noord weten, komt van anderen.',
    );
    expect(
      noteSentence({ kind: 'hearsay_broker', actorId: 'a', rank: 1, ties: 4, onlyByOthers: 4 }, names, t),
    ).toBe(
      'Wijkteam Noord is brug nummer 1, maar noemde zelf geen van zijn 4 relaties met andere deelnemers: alle 4 komen van de andere kant.',
    );
    expect(noteSentence({ kind: 'silent_isolate', actorId: 'b' }, names, t)).toBe(
      'een speler lijkt los te staan, maar antwoordde niet. Misschien ontbreken alleen de relaties.',
    );
    expect(noteSentence({ kind: 'silent_koker', koker: 'Zorg', silent: 3, invited: 5 }, names, t)).toBe(
      'In de koker Zorg antwoordden 3 van de 5 deelnemers niet: dit deel van de kaart tekenen vooral anderen.',
    );
  });

  it('sums up the ties between deelnemers', () => {
    const t = i18n.getFixedT('nl');
    const coverage = {
      respondents: { invited: 4, answered: 2, silent: 2 },
      ties: { total: 4, confirmed: 1, oneSided: 2, unreported: 1 },
      oneSidedShare: 0.5,
      spelers: [],
      notes: [],
      names: {},
    };
    expect(tiesSummary(coverage, t)).toBe(
      'Van de 4 relaties tussen deelnemers noemden 1 allebei de kanten, 2 maar één kant (50%) en 1 geen van beide.',
    );
    expect(
      tiesSummary({ ...coverage, ties: { total: 0, confirmed: 0, oneSided: 0, unreported: 0 } }, t),
    ).toBeNull();
  });
});
