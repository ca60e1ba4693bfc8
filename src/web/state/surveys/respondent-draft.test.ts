import { describe, expect, it } from 'vitest';
import {
  addDrafts,
  draftIssuesOf,
  draftsForForce,
  groupByForce,
  type PickableActor,
  respondentsPayloadOf,
  withoutRespondent,
} from './respondent-draft.ts';

const ACTORS: PickableActor[] = [
  { id: 'w', name: 'Wijkteam Zuid', force: 'professional' },
  { id: 'b', name: 'Buurthuis De Kern', force: 'bewoner' },
  { id: 'h', name: 'Huisartsenpraktijk', force: 'professional' },
  { id: 'g', name: 'Gemeente', force: 'gemeente' },
  { id: 'a', name: 'Àlgemeen maatschappelijk werk', force: 'professional' },
];

describe('choosing respondents', () => {
  it('groups spelers by kracht in the five forces’ order, alphabetical within', () => {
    expect(groupByForce(ACTORS).map((group) => [group.force, group.actors.map((actor) => actor.id)])).toEqual(
      [
        ['gemeente', ['g']],
        ['professional', ['a', 'h', 'w']],
        ['bewoner', ['b']],
      ],
    );
  });

  it('leaves out spelers that have a respondent or are on the list already', () => {
    expect(withoutRespondent(ACTORS, new Set(['w', 'b'])).map((actor) => actor.id)).toEqual(['h', 'g', 'a']);
  });

  it('adds all spelers of a kracht that have no respondent yet, each once', () => {
    const drafts = draftsForForce(ACTORS, 'professional', ['w']);
    expect(drafts.map((draft) => draft.actorId)).toEqual(['a', 'h']);
    const more = addDrafts([{ actorId: 'h', contactName: 'Els', email: '' }], drafts);
    expect(more).toEqual([
      { actorId: 'h', contactName: 'Els', email: '' },
      { actorId: 'a', contactName: '', email: '' },
    ]);
  });

  it('sends empty contact fields as no contact data', () => {
    expect(
      respondentsPayloadOf([
        { actorId: 'w', contactName: ' Els ', email: '' },
        { actorId: 'b', contactName: '', email: 'kern@example.org ' },
      ]),
    ).toEqual({
      respondents: [
        { actorId: 'w', contactName: 'Els', email: null },
        { actorId: 'b', contactName: null, email: 'kern@example.org' },
      ],
    });
  });

  it('puts the server’s refusals beside their row, whichever way the path is written', () => {
    const drafts = [
      { actorId: 'w', contactName: '', email: 'x' },
      { actorId: 'b', contactName: '', email: '' },
    ];
    const issues = draftIssuesOf(
      [
        { name: 'respondents.0.email', code: 'invalid_format', reason: 'Geen e-mailadres.' },
        { name: '1.actorId', code: 'duplicate_items', reason: 'Twee keer.' },
        { name: 'respondents', code: 'too_small', reason: 'Kies iemand.' },
      ],
      drafts,
    );
    expect(Object.fromEntries(issues.rows)).toEqual({
      w: { email: 'Geen e-mailadres.' },
      b: { actorId: 'Twee keer.' },
    });
    expect(issues.other).toEqual(['Kies iemand.']);
  });
});
