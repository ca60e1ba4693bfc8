import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { nl } from '../../i18n/nl.ts';
import { A, B, contribution } from './facilitator-test-data.ts';
import { codeInGroups, contributionWords, senderWords, signedStance } from './facilitator-words.ts';

let t: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'nl',
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  t = i18n.getFixedT('nl');
  tEn = i18n.getFixedT('en');
});

describe('a contribution in words', () => {
  it('names a missing speler with its kracht, and why when the sender said so', () => {
    const plain = contribution();
    expect(contributionWords(plain, { t })).toBe('Nieuwe speler: Buurtkamer Noord (Bewoners)');
    const why = contribution({
      content: {
        kind: 'actor',
        name: 'Voedselbank',
        force: 'instelling',
        why: 'Zij zien wie het krap heeft',
      },
    });
    expect(contributionWords(why, { t })).toBe(
      'Nieuwe speler: Voedselbank (Instellingen): “Zij zien wie het krap heeft”',
    );
  });

  it('reads a tie as a sentence with its strength, naming the spelers from the contribution or the map', () => {
    const tie = contribution({
      content: { kind: 'tie', sourceId: A, targetId: B, type: 'werkt_samen', strength: 4 },
      actors: [{ id: A, name: 'Wijkteam', force: 'professional' }],
    });
    expect(contributionWords(tie, { t, actorName: (id) => (id === B ? 'Buurtkamer' : undefined) })).toBe(
      'Wijkteam werkt samen met Buurtkamer, sterkte 4',
    );
    expect(contributionWords(tie, { t })).toBe('Wijkteam werkt samen met een onbekende speler, sterkte 4');
    expect(contributionWords(tie, { t: tEn, actorName: () => 'Community centre' })).toBe(
      'Wijkteam works with Community centre, strength 4',
    );
  });

  it('gives a place on the vraagstuk with a signed standpunt and its word', () => {
    const place = contribution({
      content: { kind: 'position', actorId: A, invloed: 4, belang: 2, standpunt: 1 },
      actors: [{ id: A, name: 'Wijkteam', force: 'professional' }],
    });
    expect(contributionWords(place, { t })).toBe('Wijkteam: invloed 4, belang 2, standpunt +1 (voor)');
    const against = contribution({
      content: { kind: 'position', actorId: A, invloed: 1, belang: 5, standpunt: -2 },
      actors: [{ id: A, name: 'Wijkteam', force: 'professional' }],
    });
    expect(contributionWords(against, { t })).toBe(
      'Wijkteam: invloed 1, belang 5, standpunt −2 (sterk tegen)',
    );
  });

  it('signs standpunten and groups codes as they are shown', () => {
    expect([-2, -1, 0, 1, 2].map(signedStance)).toEqual(['−2', '−1', '0', '+1', '+2']);
    expect(codeInGroups('ABC234')).toBe('ABC 234');
    expect(codeInGroups('AB')).toBe('AB');
  });

  it('says who sent it: the group, and the nickname when there is one', () => {
    expect(senderWords(contribution({ participantName: 'Fatima' }), t)).toBe('Bewoners · Fatima');
    expect(senderWords(contribution(), t)).toBe('Bewoners');
  });
});
