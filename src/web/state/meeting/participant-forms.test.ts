import { describe, expect, it } from 'vitest';
import { contributionInputSchema, MEETING_NICKNAME_MAX, MEETING_WHY_MAX } from '../../../domain/index.ts';
import { ApiProblem } from '../../api/client.ts';
import { meetingJoinEn } from '../../i18n/meetings/join.en.ts';
import { meetingJoinNl } from '../../i18n/meetings/join.nl.ts';
import {
  actorInput,
  type Checked,
  checkCode,
  checkNickname,
  DEFAULT_WAIT_SECONDS,
  EMPTY_POSITION,
  emptyTie,
  nextTie,
  positionInput,
  sendFailure,
  tieInput,
} from './participant-forms.ts';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const ACTORS = [
  { id: A, name: 'Buurtteam Zuid', force: 'professional' as const },
  { id: B, name: 'Gemeente Utrecht', force: 'gemeente' as const },
];
const NONE = { actors: [], sentNames: [] };

/** Every problem code a check gives must have its words in both languages. */
function expectWorded(checked: Checked<string>) {
  if (checked.ok) throw new Error('expected problems');
  for (const problem of Object.values(checked.problems)) {
    expect(meetingJoinNl.problems).toHaveProperty(problem?.code ?? '?');
    expect(meetingJoinEn.problems).toHaveProperty(problem?.code ?? '?');
  }
}

describe('the join code', () => {
  it('takes lower case, spaces and dashes', () => {
    expect(checkCode(' abc 234 ')).toEqual({ ok: true, code: 'ABC234' });
    expect(checkCode('abc-234')).toEqual({ ok: true, code: 'ABC234' });
  });

  it('refuses an empty code, one of the wrong length and one with look-alike characters', () => {
    expect(checkCode('  ')).toEqual({ ok: false, problem: { code: 'required' } });
    expect(checkCode('ABC23')).toEqual({ ok: false, problem: { code: 'length', values: { count: 5 } } });
    expect(checkCode('ABC2340')).toMatchObject({ ok: false, problem: { code: 'length' } });
    expect(checkCode('ABCO23')).toEqual({ ok: false, problem: { code: 'characters' } });
    expect(checkCode('ABC!23')).toEqual({ ok: false, problem: { code: 'characters' } });
    for (const code of ['required', 'length_one', 'length_other', 'characters', 'unknown']) {
      expect(meetingJoinNl.code).toHaveProperty(code);
      expect(meetingJoinEn.code).toHaveProperty(code);
    }
  });
});

describe('the nickname', () => {
  it('is optional and trimmed', () => {
    expect(checkNickname('  ')).toEqual({ ok: true, nickname: null });
    expect(checkNickname(' Fatima ')).toEqual({ ok: true, nickname: 'Fatima' });
  });

  it('is at most 40 characters on one line', () => {
    expect(checkNickname('x'.repeat(MEETING_NICKNAME_MAX))).toMatchObject({ ok: true });
    const long = checkNickname('x'.repeat(MEETING_NICKNAME_MAX + 1));
    expect(long).toEqual({
      ok: false,
      problem: { code: 'nicknameTooLong', values: { max: MEETING_NICKNAME_MAX } },
    });
    expect(checkNickname('Jan\u0007')).toEqual({ ok: false, problem: { code: 'invalidCharacters' } });
    expect(meetingJoinNl.problems).toHaveProperty('nicknameTooLong');
  });
});

describe('a missing speler', () => {
  it('becomes the API’s input, trimmed, with an empty why as none', () => {
    const checked = actorInput({ name: '  Voedselbank  ', force: 'instelling', why: ' ' }, NONE);
    expect(checked).toEqual({
      ok: true,
      input: { kind: 'actor', name: 'Voedselbank', force: 'instelling', why: null },
    });
    const withWhy = actorInput({ name: 'Voedselbank', force: 'instelling', why: 'Kent elk gezin' }, NONE);
    expect(withWhy.ok && withWhy.input).toMatchObject({ why: 'Kent elk gezin' });
    if (withWhy.ok) expect(contributionInputSchema.safeParse(withWhy.input).success).toBe(true);
  });

  it('needs a name and a kracht', () => {
    const checked = actorInput({ name: ' ', force: '', why: '' }, NONE);
    expect(checked).toEqual({
      ok: false,
      problems: { name: { code: 'nameRequired' }, force: { code: 'forceRequired' } },
    });
    expectWorded(checked);
  });

  it('refuses a name the list has (case and accents aside), naming the speler it matched', () => {
    const checked = actorInput(
      { name: 'buurtteam  zúid', force: 'professional', why: '' },
      { ...NONE, actors: ACTORS },
    );
    expect(checked).toEqual({
      ok: false,
      problems: { name: { code: 'nameExists', values: { name: 'Buurtteam Zuid' } } },
    });
    expectWorded(checked);
  });

  it('refuses a name the participant sent already', () => {
    const checked = actorInput(
      { name: 'Voedselbank', force: 'instelling', why: '' },
      { actors: ACTORS, sentNames: ['voedselbank'] },
    );
    expect(checked).toEqual({ ok: false, problems: { name: { code: 'nameSent' } } });
  });

  it('refuses text too long or with control characters', () => {
    const checked = actorInput(
      { name: 'x'.repeat(201), force: 'bewoner', why: 'y'.repeat(MEETING_WHY_MAX + 1) },
      NONE,
    );
    expect(checked).toEqual({
      ok: false,
      problems: {
        name: { code: 'nameTooLong', values: { max: 200, length: 201 } },
        why: { code: 'whyTooLong', values: { max: MEETING_WHY_MAX, length: MEETING_WHY_MAX + 1 } },
      },
    });
    expectWorded(checked);
    const control = actorInput({ name: 'Team\u0000', force: 'bewoner', why: '' }, NONE);
    expect(control).toEqual({ ok: false, problems: { name: { code: 'invalidCharacters' } } });
  });
});

describe('who works with whom', () => {
  const TYPES = ['financiert', 'werkt_samen'] as const;

  it('starts with “werkt samen met” when the meeting asks it, else the first type', () => {
    expect(emptyTie(TYPES)).toEqual({ sourceId: null, targetId: null, type: 'werkt_samen', strength: 3 });
    expect(emptyTie(['financiert']).type).toBe('financiert');
    expect(emptyTie([]).type).toBe('');
  });

  it('becomes the API’s input', () => {
    const checked = tieInput({ sourceId: A, targetId: B, type: 'financiert', strength: 5 }, TYPES);
    expect(checked).toEqual({
      ok: true,
      input: { kind: 'tie', sourceId: A, targetId: B, type: 'financiert', strength: 5 },
    });
    if (checked.ok) expect(contributionInputSchema.safeParse(checked.input).success).toBe(true);
  });

  it('needs two different spelers, a type the meeting asks and a strength of 1 to 5', () => {
    const empty = tieInput({ sourceId: null, targetId: null, type: '', strength: 0 }, TYPES);
    expect(empty).toEqual({
      ok: false,
      problems: {
        sourceId: { code: 'sourceRequired' },
        targetId: { code: 'targetRequired' },
        type: { code: 'typeRequired' },
        strength: { code: 'strengthRequired' },
      },
    });
    expectWorded(empty);
    const same = tieInput({ sourceId: A, targetId: A, type: 'spanning', strength: 2.5 }, TYPES);
    expect(same).toEqual({
      ok: false,
      problems: {
        targetId: { code: 'sameActor' },
        type: { code: 'typeRequired' },
        strength: { code: 'strengthRequired' },
      },
    });
  });

  it('keeps the first speler and the type for the next tie', () => {
    expect(nextTie({ sourceId: A, targetId: B, type: 'financiert', strength: 5 })).toEqual({
      sourceId: A,
      targetId: null,
      type: 'financiert',
      strength: 3,
    });
  });
});

describe('a place on the vraagstuk', () => {
  it('becomes the API’s input', () => {
    const checked = positionInput({ actorId: A, invloed: 4, belang: 2, standpunt: -2 });
    expect(checked).toEqual({
      ok: true,
      input: { kind: 'position', actorId: A, invloed: 4, belang: 2, standpunt: -2 },
    });
  });

  it('needs a speler and all three answers, within their scales', () => {
    const checked = positionInput(EMPTY_POSITION);
    expect(checked).toEqual({
      ok: false,
      problems: {
        actorId: { code: 'actorRequired' },
        invloed: { code: 'invloedRequired' },
        belang: { code: 'belangRequired' },
        standpunt: { code: 'standpuntRequired' },
      },
    });
    expectWorded(checked);
    expect(positionInput({ actorId: A, invloed: 6, belang: 0, standpunt: 3 })).toMatchObject({
      ok: false,
      problems: { invloed: {}, belang: {}, standpunt: {} },
    });
  });
});

describe('what the server says', () => {
  const problem = (status: number) => new ApiProblem(status, 'Titel', 'Uitleg', []);

  it('tells a meeting that is gone (404) from too many in a minute (429) and no connection', () => {
    expect(sendFailure(problem(404), [])).toEqual({ kind: 'gone' });
    expect(
      sendFailure(new ApiProblem(429, 'Te veel', undefined, [], undefined, undefined, undefined, 12.2), []),
    ).toEqual({ kind: 'wait', seconds: 13 });
    expect(sendFailure(problem(429), [])).toEqual({ kind: 'wait', seconds: DEFAULT_WAIT_SECONDS });
    expect(sendFailure(problem(0), [])).toEqual({ kind: 'offline' });
    expect(sendFailure(problem(500), [])).toEqual({ kind: 'other', message: 'Uitleg' });
    expect(sendFailure(new Error('boom'), [])).toMatchObject({ kind: 'other' });
  });

  it('puts each refused field’s reason beside that field, and the rest above the button', () => {
    const refused = new ApiProblem(400, 'Ongeldig', 'Verbeter de velden.', [
      { name: 'name', code: 'too_long', reason: 'Te lang.' },
      { name: 'name', code: 'other', reason: 'Tweede reden.' },
      { name: 'kind', code: 'invalid_value', reason: 'Onbekende soort.' },
    ]);
    expect(sendFailure(refused, ['name', 'force', 'why'])).toEqual({
      kind: 'refused',
      fields: { name: 'Te lang.' },
      form: 'Onbekende soort.',
    });
    const placed = new ApiProblem(400, 'Ongeldig', 'Verbeter de velden.', [
      { name: 'targetId', code: 'self_relation', reason: 'Niet met zichzelf.' },
    ]);
    expect(sendFailure(placed, ['sourceId', 'targetId'])).toEqual({
      kind: 'refused',
      fields: { targetId: 'Niet met zichzelf.' },
      form: null,
    });
    expect(sendFailure(new ApiProblem(400, 'Ongeldig', 'Verbeter de velden.', []), ['name'])).toEqual({
      kind: 'refused',
      fields: {},
      form: 'Verbeter de velden.',
    });
  });
});
