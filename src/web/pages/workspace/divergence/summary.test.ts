import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as contract from '../../../../contract/index.ts';
import { nl } from '../../../i18n/nl.ts';
import { agreementPercent, type SummaryInput, summarySentences } from './summary.ts';

let t: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'nl',
    resources: { nl: { translation: nl } },
    interpolation: { escapeValue: false },
  });
  t = i18n.t.bind(i18n) as TFunction;
});

const tie = { id: 'r', source: 's', target: 't', type: 'werkt_samen' };
function divergence(fields: Partial<contract.divergence.Divergence>): contract.divergence.Divergence {
  return {
    a: { id: 'a', name: 'Gemeente' },
    b: { id: 'b', name: 'Bewoners' },
    agreement: 0.4,
    shared: 1,
    contested: [],
    onlyA: [],
    onlyB: [],
    strengthDifferences: [],
    ...fields,
  };
}
const text = (input: Omit<SummaryInput, 'names' | 'language'>) =>
  summarySentences({ ...input, names: { a: 'Gemeente', b: 'Bewoners' }, language: 'nl' })
    .map((sentence) => t(sentence.key, sentence.values))
    .join(' ');

describe('agreementPercent', () => {
  it('is a whole percentage in the reader’s language', () => {
    expect(agreementPercent(0.4, 'nl')).toBe('40%');
    expect(agreementPercent(0.456, 'en')).toBe('46%');
    expect(agreementPercent(1, 'nl')).toBe('100%');
    expect(agreementPercent(0, 'nl')).toBe('0%');
  });

  it('never rounds views that differ to 100%, nor views that share something to 0%', () => {
    expect(agreementPercent(0.996, 'nl')).toBe('99%');
    expect(agreementPercent(0.004, 'nl')).toBe('1%');
  });
});

describe('summarySentences', () => {
  it('says how alike, how many contradicted, who is most contested and who sees more verkokering', () => {
    expect(
      text({
        divergence: divergence({
          contested: [{ relation: tie, a: { kind: 'claims', strength: 4 }, b: { kind: 'denies' } }],
        }),
        topic: { name: 'Armoedebeleid', mostContested: 'Voedselbank', compared: true },
        silos: { key: 'divergence.silos.compare.less', values: { a: 'Gemeente', b: 'Bewoners' } },
      }),
    ).toBe(
      'Gemeente en Bewoners zien de relaties voor 40% hetzelfde. Over 1 relatie spreken ze elkaar tegen. Op “Armoedebeleid” verschillen de beelden het meest over Voedselbank. Volgens Gemeente is er minder verkokering dan volgens Bewoners.',
    );
  });

  it('says when they contradict each other nowhere and see every speler alike', () => {
    expect(
      text({
        divergence: divergence({}),
        topic: { name: 'Armoedebeleid', mostContested: null, compared: true },
      }),
    ).toBe(
      'Gemeente en Bewoners zien de relaties voor 40% hetzelfde. Ze spreken elkaar over geen enkele relatie tegen. Op “Armoedebeleid” zien ze elke speler hetzelfde.',
    );
  });

  it('says nothing about a vraagstuk without spelers both placed, and that there is nothing to compare without ties', () => {
    expect(
      text({
        divergence: divergence({ agreement: null, shared: 0 }),
        topic: { name: 'Armoedebeleid', mostContested: null, compared: false },
      }),
    ).toBe('Gemeente en Bewoners noemen nog geen enkele relatie. Er valt nog niets te vergelijken.');
  });
});
