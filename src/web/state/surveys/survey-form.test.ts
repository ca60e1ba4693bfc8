import { describe, expect, it } from 'vitest';
import type { Survey } from '../../../domain/index.ts';
import {
  addedToRoster,
  newSurveyForm,
  nextStates,
  retentionDaysOf,
  surveyFormIssues,
  surveyFormValuesOf,
  surveyPayloadOf,
  toggled,
  toggledTopic,
} from './survey-form.ts';

const SURVEY: Survey = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Samenwerking in de wijk',
  intro: 'Vul het in.',
  opensOn: null,
  closesOn: '2099-12-31',
  relationTypes: ['werkt_samen'],
  questions: ['frequentie', 'profiel'],
  topicIds: ['22222222-2222-4222-8222-222222222222'],
  roster: 'chosen',
  rosterActorIds: ['33333333-3333-4333-8333-333333333333'],
  contactRetentionDays: 30,
  state: 'concept',
  tally: { respondents: 0, opened: 0, finished: 0 },
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

describe('the uitvraag form', () => {
  it('starts with the API’s own defaults', () => {
    expect(newSurveyForm()).toEqual({
      title: '',
      intro: '',
      opensOn: '',
      closesOn: '',
      relationTypes: ['werkt_samen', 'verwijst', 'informeert'],
      questions: ['frequentie', 'vertrouwen', 'waarde'],
      topicIds: [],
      roster: 'all',
      rosterActorIds: [],
      contactRetentionDays: '90',
    });
  });

  it('turns a round into the form and back without losing anything', () => {
    const values = surveyFormValuesOf(SURVEY);
    expect(values.opensOn).toBe('');
    expect(surveyPayloadOf(values)).toEqual({
      title: SURVEY.title,
      intro: SURVEY.intro,
      opensOn: null,
      closesOn: '2099-12-31',
      relationTypes: ['werkt_samen'],
      questions: ['frequentie', 'profiel'],
      topicIds: SURVEY.topicIds,
      roster: 'chosen',
      rosterActorIds: SURVEY.rosterActorIds,
      contactRetentionDays: 30,
    });
    // Another kind of roster keeps no list.
    expect(surveyPayloadOf({ ...values, roster: 'respondents' }).rosterActorIds).toEqual([]);
  });

  it('adds spelers to a chosen roster once each, and asks for one before saving', () => {
    expect(addedToRoster(['a'], ['b', 'a', 'c', 'b'])).toEqual(['a', 'b', 'c']);
    const values = { ...newSurveyForm(), closesOn: '2099-01-01', roster: 'chosen' as const };
    expect(surveyFormIssues(values)).toEqual({ rosterActorIds: 'rosterRequired' });
    expect(surveyFormIssues({ ...values, rosterActorIds: ['a'] })).toEqual({});
  });

  it('keeps the vraagstukken in the order they were ticked', () => {
    const [a, b] = ['a', 'b'];
    expect(toggledTopic(toggledTopic([], b, true), a, true)).toEqual([b, a]);
    expect(toggledTopic([b, a], b, false)).toEqual([a]);
    expect(toggledTopic([a], a, true)).toEqual([a]);
  });

  it('says what is missing before asking the server', () => {
    expect(surveyFormIssues(newSurveyForm())).toEqual({ closesOn: 'closesOnRequired' });
    expect(
      surveyFormIssues({
        ...newSurveyForm(),
        closesOn: '2099-01-01',
        relationTypes: [],
        contactRetentionDays: '1,5',
      }),
    ).toEqual({ relationTypes: 'relationTypesRequired', contactRetentionDays: 'retentionInvalid' });
  });

  it('reads the retention period as whole days within the bounds', () => {
    expect(retentionDaysOf(' 0 ')).toBe(0);
    expect(retentionDaysOf('3650')).toBe(3650);
    expect(retentionDaysOf('3651')).toBeNull();
    expect(retentionDaysOf('-1')).toBeNull();
    expect(retentionDaysOf('')).toBeNull();
  });

  it('keeps checkbox choices in the vocabulary’s order', () => {
    const order = ['a', 'b', 'c'] as const;
    expect(toggled(['c'], 'a', true, order)).toEqual(['a', 'c']);
    expect(toggled(['a', 'c'], 'a', false, order)).toEqual(['c']);
    expect(toggled(['a'], 'a', true, order)).toEqual(['a']);
  });

  it('offers the state changes a round can make', () => {
    expect(nextStates('concept')).toEqual(['open']);
    expect(nextStates('open')).toEqual(['closed', 'concept']);
    expect(nextStates('closed')).toEqual(['open']);
  });
});
