import { describe, expect, it } from 'vitest';
import { surveyAnswersSchema } from '../../../domain/index.ts';
import {
  addTie,
  alreadyProposed,
  answeredCount,
  answersOf,
  draftOf,
  namedActorIds,
  placeProblems,
  removeTie,
  SEARCH_RESULTS_MAX,
  searchRoster,
  toggled,
  updateTie,
} from './answers-form.ts';

const EMPTY = draftOf({ ties: [], profileRemarks: '', finished: false });
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

describe('the respondent’s answers form', () => {
  it('round-trips a saved document and sends what the API accepts', () => {
    const saved = surveyAnswersSchema.parse({
      ties: [
        {
          actorId: A,
          types: ['werkt_samen'],
          frequency: 'wekelijks',
          trust: { openheid: 4, betrouwbaarheid: null, gedeelde_missie: 2 },
        },
      ],
      profileRemarks: 'Wij heten nu anders',
    });
    const back = answersOf(draftOf(saved));
    expect(back).toEqual({ ...saved, ties: [{ ...saved.ties[0], value: null }] });
    expect(surveyAnswersSchema.safeParse(back).success).toBe(true);
  });

  it('adds, changes and removes ties; a new tie means the respondent is not done yet', () => {
    let draft = { ...EMPTY, finished: true };
    draft = addTie(draft, { actorId: A }, ['werkt_samen']);
    expect(draft.finished).toBe(false);
    // The only type asked, and mutual: ticked already.
    expect(draft.ties[0]?.types).toEqual(['werkt_samen']);
    draft = addTie(draft, { proposed: { name: 'Voedselbank', force: 'instelling' } }, [
      'financiert',
      'werkt_samen',
    ]);
    expect(draft.ties[1]?.types).toEqual([]);
    const key = draft.ties[1]?.key as string;
    draft = updateTie(draft, key, {
      frequency: 'maandelijks',
      trust: { openheid: 3, betrouwbaarheid: 3, gedeelde_missie: 3 },
    });
    expect(answersOf(draft).ties[1]).toMatchObject({
      frequency: 'maandelijks',
      trust: { openheid: 3 },
      value: null,
    });
    expect(namedActorIds(draft)).toEqual(new Set([A]));
    expect(alreadyProposed(draft, ' voedselBANK ')).toBe(true);
    draft = removeTie(draft, key);
    expect(draft.ties).toHaveLength(1);
  });

  it('keeps ticked types in the order the round asks them', () => {
    const order = ['financiert', 'werkt_samen', 'verwijst'] as const;
    expect(toggled(['verwijst'], 'financiert', true, order)).toEqual(['financiert', 'verwijst']);
    expect(toggled(['financiert', 'verwijst'], 'financiert', false, order)).toEqual(['verwijst']);
  });

  it('searches the roster by every word, accents ignored, grouped by kracht, leaving out who is named', () => {
    const roster = [
      { id: A, name: 'Café de Hoek', force: 'bewoner' as const },
      { id: B, name: 'Gemeente Zwolle', force: 'gemeente' as const },
      { id: 'c', name: 'Cafe Centraal', force: 'instelling' as const },
    ];
    const found = searchRoster(roster, 'cafe', new Set([A]));
    expect(found.matched).toBe(1);
    expect(found.groups).toEqual([{ force: 'instelling', actors: [roster[2]] }]);
    expect(searchRoster(roster, 'de hoek', new Set()).groups[0]?.actors).toEqual([roster[0]]);
    // The five forces' order: rijk, instelling, gemeente, professional, bewoner.
    expect(searchRoster(roster, '', new Set()).groups.map((g) => g.force)).toEqual([
      'instelling',
      'gemeente',
      'bewoner',
    ]);
    const many = Array.from({ length: 50 }, (_, k) => ({
      id: `x${k}`,
      name: `Partij ${k}`,
      force: 'rijk' as const,
    }));
    const capped = searchRoster(many, 'partij', new Set());
    expect(capped.matched).toBe(50);
    expect(capped.groups[0]?.actors).toHaveLength(SEARCH_RESULTS_MAX);
  });

  it('counts the answered questions of a tie among those asked', () => {
    const draft = addTie(EMPTY, { actorId: A }, ['werkt_samen']);
    const tie = { ...(draft.ties[0] as (typeof draft.ties)[0]), frequency: 'jaarlijks' as const };
    expect(answeredCount(tie, ['frequentie'])).toEqual({ answered: 2, asked: 2 });
    expect(answeredCount(tie, ['frequentie', 'vertrouwen', 'waarde'])).toEqual({ answered: 2, asked: 8 });
  });

  it('places the API’s problems on the tie and field they concern', () => {
    let draft = addTie(EMPTY, { actorId: A }, ['werkt_samen']);
    draft = addTie(draft, { actorId: B }, ['werkt_samen']);
    const [first, second] = draft.ties as unknown as [{ key: string }, { key: string }];
    const placed = placeProblems(draft, [
      { name: 'answers.ties.1.types.0', reason: 'niet gevraagd' },
      { name: 'answers.ties.0.trust.openheid', reason: 'te groot' },
      { name: 'answers.ties.0', reason: 'twee keer' },
      { name: 'answers.profileRemarks', reason: 'te lang' },
    ]);
    expect(placed).toEqual([
      { tieKey: second.key, field: 'types', fieldId: `${second.key}-types`, reason: 'niet gevraagd' },
      {
        tieKey: first.key,
        field: 'trust.openheid',
        fieldId: `${first.key}-trust-openheid`,
        reason: 'te groot',
      },
      { tieKey: first.key, field: 'tie', fieldId: `${first.key}-tie`, reason: 'twee keer' },
      { tieKey: null, field: 'answers.profileRemarks', fieldId: 'respondent-answers', reason: 'te lang' },
    ]);
  });
});
