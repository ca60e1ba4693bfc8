import { describe, expect, it } from 'vitest';
import { NO_ANSWERS, surveyAnswersSchema } from '../../../domain/index.ts';
import {
  addPosition,
  addTie,
  alreadyProposed,
  answeredCount,
  answersOf,
  correctProfile,
  draftOf,
  isComplete,
  namedActorIds,
  placedActorIds,
  placeProblems,
  removePosition,
  removeTie,
  SEARCH_RESULTS_MAX,
  searchRoster,
  suggestedForTopic,
  toggled,
  updatePosition,
  updateTie,
} from './answers-form.ts';

const EMPTY = draftOf(NO_ANSWERS);
const TOPIC = '00000000-0000-4000-8000-0000000000f1';
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
      positions: [{ topicId: TOPIC, actorId: A, invloed: 4, belang: null, standpunt: -1 }],
      profile: { rol: 'Wij doen nu ook schuldhulp' },
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

  it('places spelers on a vraagstuk, suggests the own and the named ones first, and counts only complete positions', () => {
    const OWN = '00000000-0000-4000-8000-0000000000aa';
    let draft = addTie(EMPTY, { actorId: A }, ['werkt_samen']);
    expect(suggestedForTopic(draft, OWN, TOPIC)).toEqual([OWN, A]);
    draft = addPosition({ ...draft, finished: true }, TOPIC, A);
    expect(draft.finished).toBe(false);
    expect(placedActorIds(draft, TOPIC)).toEqual(new Set([A]));
    expect(suggestedForTopic(draft, OWN, TOPIC)).toEqual([OWN]);
    const key = draft.positions[0]?.key as string;
    draft = updatePosition(draft, key, { invloed: 5, belang: 2 });
    expect(isComplete(draft.positions[0] as (typeof draft.positions)[0])).toBe(false);
    draft = updatePosition(draft, key, { standpunt: -2 });
    expect(isComplete(draft.positions[0] as (typeof draft.positions)[0])).toBe(true);
    expect(answersOf(draft).positions).toEqual([
      { topicId: TOPIC, actorId: A, invloed: 5, belang: 2, standpunt: -2 },
    ]);
    expect(surveyAnswersSchema.safeParse(answersOf(draft)).success).toBe(true);
    expect(removePosition(draft, key).positions).toEqual([]);
  });

  it('keeps a profile text only when it differs from the map’s', () => {
    let draft = correctProfile(EMPTY, 'rol', 'Wijkgericht werken', 'Wijkgericht');
    expect(draft.profile).toEqual({ rol: 'Wijkgericht werken' });
    draft = correctProfile(draft, 'rol', 'Wijkgericht ', 'Wijkgericht');
    expect(draft.profile).toEqual({});
    // Emptying a text that had content is a correction too.
    expect(correctProfile(EMPTY, 'motieven', '', 'Winst').profile).toEqual({ motieven: '' });
  });

  it('places the problems of positions and profile texts on their fields', () => {
    const draft = addPosition(EMPTY, TOPIC, A);
    const key = draft.positions[0]?.key as string;
    expect(
      placeProblems(draft, [
        { name: 'answers.positions.0.topicId', reason: 'niet gevraagd' },
        { name: 'answers.profile.rol', reason: 'te lang' },
      ]),
    ).toEqual([
      { tieKey: key, field: 'topicId', fieldId: `${key}-topicId`, reason: 'niet gevraagd' },
      { tieKey: null, field: 'rol', fieldId: 'respondent-profile-rol', reason: 'te lang' },
    ]);
  });
});
