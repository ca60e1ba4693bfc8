import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../../../domain/index.ts';
import { en } from '../../../i18n/en.ts';
import { nl } from '../../../i18n/nl.ts';
import { claimSentences, namesText, recordedSentence } from './assessment-words.ts';

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

const claim = (fields: Partial<Assessment>) => ({
  present: true,
  strength: null,
  trust: null,
  value: null,
  ...fields,
});

describe('claimSentences', () => {
  it('words a confirmed tie with each score and its meaning', () => {
    expect(claimSentences(t, claim({ strength: 4, trust: 3, value: 1 }))).toEqual([
      'Bevestigt: de relatie bestaat.',
      'Sterkte 4 van 5: sterk.',
      'Vertrouwen 3 van 4: redelijk veel vertrouwen.',
      'Waarde 1 van 4: levert niets op.',
    ]);
    expect(claimSentences(tEn, claim({ strength: 2 }))).toEqual([
      'Confirms: the relation exists.',
      'Strength 2 of 5: weak.',
    ]);
  });

  it('says when a confirmed tie has no strength, and a denial in one sentence', () => {
    expect(claimSentences(t, claim({}))).toEqual([
      'Bevestigt: de relatie bestaat.',
      'Over de sterkte zegt dit perspectief niets.',
    ]);
    expect(claimSentences(t, claim({ present: false }))).toEqual([
      'Ontkent: volgens dit perspectief bestaat deze relatie niet.',
    ]);
  });
});

describe('recordedSentence', () => {
  const at = '2026-03-02T09:05:00.000Z';
  const names = (id: string) => ({ u1: 'Anna' })[id];
  const record = (fields: Partial<Assessment>) => ({
    origin: 'editor' as const,
    createdBy: null,
    createdAt: at,
    updatedAt: at,
    ...fields,
  });

  it('names the member and the day and time, in Dutch', () => {
    expect(recordedSentence(t, 'nl', record({ createdBy: 'u1' }), names)).toMatch(
      /^Vastgelegd door Anna op 2 maart 2026 om \d\d:05\.$/,
    );
    expect(recordedSentence(t, 'nl', record({ createdBy: 'u9' }), names)).toMatch(
      /^Vastgelegd door een oud-lid op/,
    );
  });

  it('says where it came from when no account is behind it, and when it was changed', () => {
    expect(recordedSentence(t, 'nl', record({}), names)).toMatch(/^Vastgelegd op 2 maart 2026/);
    expect(recordedSentence(t, 'nl', record({ origin: 'import' }), names)).toMatch(
      /^Uit een ingelezen bestand, op 2 maart 2026/,
    );
    expect(
      recordedSentence(t, 'nl', record({ createdBy: 'u1', updatedAt: '2026-04-10T12:00:00.000Z' }), names),
    ).toMatch(/\. Gewijzigd op 10 april 2026 om \d\d:00\.$/);
  });
});

describe('namesText', () => {
  it('joins names the way each language does', () => {
    expect(namesText('nl', ['Rijk', 'Instellingen', 'Professionals'])).toBe(
      'Rijk, Instellingen en Professionals',
    );
    expect(namesText('en', ['Rijk', 'Bewoners'])).toBe('Rijk and Bewoners');
  });
});
