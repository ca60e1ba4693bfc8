/**
 * The form of one uitvraag round as the coordinator fills it in (dates and the retention period as typed
 * text, checkbox groups as lists) and its conversion to the API's shape. The defaults are the domain's
 * (surveyCreateSchema), so the form offers what the API would choose itself.
 */
import {
  CONTACT_RETENTION_DAYS_MAX,
  RELATION_TYPES,
  type RelationType,
  SURVEY_QUESTIONS,
  type Survey,
  type SurveyCreate,
  type SurveyQuestion,
  type SurveyRoster,
  type SurveyState,
  surveyCreateSchema,
} from '../../../domain/index.ts';

export interface SurveyFormValues {
  title: string;
  intro: string;
  /** YYYY-MM-DD, or '' for "from the moment the round is opened". */
  opensOn: string;
  closesOn: string;
  relationTypes: RelationType[];
  questions: SurveyQuestion[];
  /** The vraagstukken asked about, in the order the coordinator ticked them. */
  topicIds: string[];
  roster: SurveyRoster;
  /** The chosen spelers, in the order they were added. */
  rosterActorIds: string[];
  /** As typed in the number field. */
  contactRetentionDays: string;
}

/** A new round: the API's own defaults for what it asks and how long contact data is kept. */
export function newSurveyForm(): SurveyFormValues {
  const shape = surveyCreateSchema.shape;
  return {
    title: '',
    intro: '',
    opensOn: '',
    closesOn: '',
    relationTypes: [...shape.relationTypes.parse(undefined)],
    questions: [...shape.questions.parse(undefined)],
    topicIds: [],
    roster: shape.roster.parse(undefined),
    rosterActorIds: [],
    contactRetentionDays: String(shape.contactRetentionDays.parse(undefined)),
  };
}

export function surveyFormValuesOf(survey: Survey): SurveyFormValues {
  return {
    title: survey.title,
    intro: survey.intro,
    opensOn: survey.opensOn ?? '',
    closesOn: survey.closesOn,
    relationTypes: [...survey.relationTypes],
    questions: [...survey.questions],
    topicIds: [...survey.topicIds],
    roster: survey.roster,
    rosterActorIds: [...survey.rosterActorIds],
    contactRetentionDays: String(survey.contactRetentionDays),
  };
}

/** What the form can tell before asking the server: a missing close date, no relation type, a bad number. */
export type SurveyFormIssue =
  | 'closesOnRequired'
  | 'relationTypesRequired'
  | 'retentionInvalid'
  | 'rosterRequired';

export function surveyFormIssues(values: SurveyFormValues): Partial<Record<string, SurveyFormIssue>> {
  const issues: Partial<Record<string, SurveyFormIssue>> = {};
  if (values.closesOn.trim() === '') issues.closesOn = 'closesOnRequired';
  if (values.relationTypes.length === 0) issues.relationTypes = 'relationTypesRequired';
  if (retentionDaysOf(values.contactRetentionDays) === null) issues.contactRetentionDays = 'retentionInvalid';
  if (values.roster === 'chosen' && values.rosterActorIds.length === 0)
    issues.rosterActorIds = 'rosterRequired';
  return issues;
}

/** Whole days from 0 to the maximum, as typed; null when it is not such a number. */
export function retentionDaysOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return days <= CONTACT_RETENTION_DAYS_MAX ? days : null;
}

/** The body of a create (and, with the version, of a change). Call after `surveyFormIssues` found none. */
export function surveyPayloadOf(values: SurveyFormValues): SurveyCreate {
  return {
    title: values.title,
    intro: values.intro,
    opensOn: values.opensOn.trim() === '' ? null : values.opensOn.trim(),
    closesOn: values.closesOn.trim(),
    relationTypes: inOrder(values.relationTypes, RELATION_TYPES),
    questions: inOrder(values.questions, SURVEY_QUESTIONS),
    topicIds: values.topicIds,
    roster: values.roster,
    // A roster of all spelers or of the respondents keeps no list: switching back starts afresh.
    rosterActorIds: values.roster === 'chosen' ? values.rosterActorIds : [],
    contactRetentionDays: retentionDaysOf(values.contactRetentionDays) ?? 0,
  };
}

/** Spelers added to a chosen roster (once each, in the order added). */
export function addedToRoster(list: readonly string[], actorIds: readonly string[]): string[] {
  const present = new Set(list);
  return [...list, ...actorIds.filter((id) => !present.has(id) && present.add(id))];
}

/** A vraagstuk ticked (added at the end: the respondent sees them in this order) or unticked. */
export function toggledTopic(list: readonly string[], topicId: string, on: boolean): string[] {
  const without = list.filter((id) => id !== topicId);
  return on ? [...without, topicId] : without;
}

/** A checkbox group's list with one item switched on or off, kept in the vocabulary's order. */
export function toggled<T extends string>(
  list: readonly T[],
  item: T,
  on: boolean,
  order: readonly T[],
): T[] {
  const chosen = new Set(list);
  if (on) chosen.add(item);
  else chosen.delete(item);
  return inOrder([...chosen], order);
}

function inOrder<T extends string>(list: readonly T[], order: readonly T[]): T[] {
  const chosen = new Set(list);
  return order.filter((item) => chosen.has(item));
}

/**
 * The state changes a coordinator is offered: a concept opens; an open round closes (or goes back to
 * concept while nobody answered: the server says so if someone did); a closed round opens again.
 */
export function nextStates(state: SurveyState): SurveyState[] {
  switch (state) {
    case 'concept':
      return ['open'];
    case 'open':
      return ['closed', 'concept'];
    case 'closed':
      return ['open'];
  }
}
