import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { nl } from '../../i18n/nl.ts';
import { reportedSentence } from './relation-reported.ts';

const i18n = createInstance();
let t: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  await i18n.init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: 'nl',
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
  });
  t = i18n.getFixedT('nl');
  tEn = i18n.getFixedT('en');
});

const names = new Map([
  ['a', 'Wijkteam Noord'],
  ['b', 'Buurthuis & Co'],
]);
const nameOf = (id: string) => names.get(id);
const tie = { source: 'a', target: 'b' };

describe('reportedSentence', () => {
  it('says a tie both sides named is confirmed', () => {
    expect(reportedSentence(t, { ...tie, reportedBy: 'both' }, nameOf)).toBe(
      'Bevestigd: beide spelers noemden deze relatie in een uitvraag.',
    );
    expect(reportedSentence(tEn, { ...tie, reportedBy: 'both' }, nameOf)).toBe(
      'Confirmed: both actors named this relation in a survey.',
    );
  });

  it('names the one side that named a one-sided tie, source or target', () => {
    expect(reportedSentence(t, { ...tie, reportedBy: 'source' }, nameOf)).toBe(
      'Eenzijdig: alleen Wijkteam Noord noemde deze relatie in een uitvraag.',
    );
    expect(reportedSentence(t, { ...tie, reportedBy: 'target' }, nameOf)).toBe(
      'Eenzijdig: alleen Buurthuis & Co noemde deze relatie in een uitvraag.',
    );
    expect(reportedSentence(tEn, { ...tie, reportedBy: 'target' }, nameOf)).toBe(
      'One-sided: only Buurthuis & Co named this relation in a survey.',
    );
    expect(reportedSentence(t, { source: 'x', target: 'b', reportedBy: 'source' }, nameOf)).toBe(
      'Eenzijdig: alleen een verwijderde speler noemde deze relatie in een uitvraag.',
    );
  });

  it('says nothing of a relatie no respondent named', () => {
    expect(reportedSentence(t, tie, nameOf)).toBeNull();
  });
});
