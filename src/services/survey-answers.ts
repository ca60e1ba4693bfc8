/**
 * The respondent's side of an uitvraag, reached with a personal link and no account. The link's token is
 * the respondent's only credential: it is looked up by its hash, and every use checks again that the round
 * takes answers today (open, first day come, last day not passed) and that the link was not revoked; any
 * other case is one SurveyLinkError, whatever the reason. A respondent reads the round, the roster and their
 * own answers, and changes only their own answers: each save replaces the whole document and the claims it
 * makes on the map, in one transaction with its audit event (via `survey`, no user).
 */
import {
  dutchToday,
  type Issue,
  NO_ANSWERS,
  type RespondentView,
  type SurveyAnswers,
  SurveyLinkError,
  surveyAcceptsAnswers,
  surveyAnswersSchema,
  ValidationError,
} from '../domain/index.ts';
import type { RespondentByToken, Store, TransactionStore } from '../store/index.ts';
import { type Author, recordChange } from './author.ts';
import { landAnswers } from './survey-landing.ts';
import { hashToken, looksLikeToken } from './tokens.ts';

/** The respondent behind a link as a save finds it, with which of the spelers and names it gives are known. */
type RespondentForSave = NonNullable<Awaited<ReturnType<TransactionStore['surveys']['findByTokenForSave']>>>;

/** A respondent writes as no user, through their link. */
export const SURVEY_AUTHOR: Author = { userId: null, via: 'survey' };

/** The respondent behind a token, if its link works today; SurveyLinkError otherwise. */
export async function usableRespondent(
  store: Pick<Store, 'surveys'> | TransactionStore,
  token: unknown,
  now: Date = new Date(),
): Promise<RespondentByToken> {
  if (!looksLikeToken(token)) throw new SurveyLinkError();
  return usable(await store.surveys.findByToken(hashToken(token)), now);
}

/** The respondent, if the link works today: not revoked, the round taking answers. */
function usable<R extends Pick<RespondentByToken, 'revoked' | 'survey'>>(respondent: R | null, now: Date): R {
  if (!respondent || respondent.revoked || !surveyAcceptsAnswers(respondent.survey, dutchToday(now))) {
    throw new SurveyLinkError();
  }
  return respondent;
}

/**
 * `usableRespondent` for a save: the same link check, and in the same statement which of the spelers and
 * proposed names the answers give are in the respondent's werkruimte.
 */
async function usableRespondentForSave(
  tx: TransactionStore,
  token: unknown,
  answers: SurveyAnswers,
  now: Date = new Date(),
): Promise<RespondentForSave> {
  if (!looksLikeToken(token)) throw new SurveyLinkError();
  const named = answers.ties.flatMap((tie) => (tie.actorId ? [tie.actorId] : []));
  const placed = answers.positions.map((position) => position.actorId);
  const respondent = await tx.surveys.findByTokenForSave(hashToken(token), {
    actorIds: [...new Set([...named, ...placed])],
    names: answers.ties.flatMap((tie) => (tie.proposed ? [tie.proposed.name] : [])),
  });
  return usable(respondent, now);
}

/** A stored document read back: the schema fills what an older document lacks. */
function storedAnswers(value: unknown): SurveyAnswers {
  const parsed = surveyAnswersSchema.safeParse(value);
  return parsed.success ? parsed.data : NO_ANSWERS;
}

/** The respondent's page: the round, the roster and their own answers. The first call marks the link opened. */
export async function openSurvey(store: Store, token: unknown, now?: Date): Promise<RespondentView> {
  const respondent = await usableRespondent(store, token, now);
  await store.surveys.markOpened(respondent.id);
  const answers = storedAnswers(respondent.answers);
  const roster = await rosterOf(store, respondent, answers);
  const topics = await store.surveys.topicsOfRound(respondent.workspaceId, respondent.survey.topicIds);
  const profile = respondent.survey.questions.includes('profiel')
    ? await store.surveys.profileOf(respondent.workspaceId, respondent.actorId)
    : null;
  return {
    survey: {
      title: respondent.survey.title,
      intro: respondent.survey.intro,
      closesOn: respondent.survey.closesOn,
      contactRetentionDays: respondent.survey.contactRetentionDays,
      relationTypes: respondent.survey.relationTypes,
      questions: respondent.survey.questions,
      topics,
      workspaceName: respondent.workspaceName,
      gemeente: respondent.gemeente,
    },
    respondent: {
      actorId: respondent.actorId,
      actorName: respondent.actorName,
      force: respondent.force,
      contactName: respondent.contactName,
      profile,
    },
    roster: roster.filter((actor) => actor.id !== respondent.actorId),
    answers: stillAskable(answers, {
      actorIds: new Set(roster.map((actor) => actor.id)),
      topicIds: new Set(topics.map((topic) => topic.id)),
    }),
    savedAt: respondent.savedAt,
    finishedAt: respondent.finishedAt,
  };
}

/** Every speler a tie or position of these answers names. */
function actorsIn(answers: SurveyAnswers): string[] {
  return [
    ...new Set([
      ...answers.ties.flatMap((tie) => (tie.actorId ? [tie.actorId] : [])),
      ...answers.positions.map((position) => position.actorId),
    ]),
  ];
}

/**
 * The round's roster, plus the spelers the respondent named before and that are still on the map: a
 * roster narrowed after they answered does not take their answers away.
 */
async function rosterOf(store: Store, respondent: RespondentByToken, answers: SurveyAnswers) {
  const survey = { id: respondent.surveyId, ...respondent.survey };
  const roster = await store.surveys.roster(respondent.workspaceId, survey);
  if (survey.roster === 'all') return roster;
  const listed = new Set(roster.map((actor) => actor.id));
  const earlier = actorsIn(answers).filter((id) => !listed.has(id));
  if (earlier.length === 0) return roster;
  const kept = await store.surveys.roster(respondent.workspaceId, {
    id: survey.id,
    roster: 'chosen',
    rosterActorIds: earlier,
  });
  return [...roster, ...kept];
}

/**
 * The answers without what can no longer be answered: ties and positions of spelers deleted since, and
 * positions on vraagstukken the round no longer asks about. Shown this way, the next save stores it so.
 */
function stillAskable(
  answers: SurveyAnswers,
  known: { actorIds: ReadonlySet<string>; topicIds: ReadonlySet<string> },
): SurveyAnswers {
  return {
    ...answers,
    ties: answers.ties.filter((tie) => tie.actorId === null || known.actorIds.has(tie.actorId)),
    positions: answers.positions.filter(
      (position) => known.actorIds.has(position.actorId) && known.topicIds.has(position.topicId),
    ),
  };
}

/**
 * The spelers among `ids` the respondent may name: null when the round's roster is every speler; else
 * those on the roster and those they named before (a roster narrowed since keeps earlier answers).
 */
async function rosterAllowance(
  tx: TransactionStore,
  respondent: Pick<RespondentByToken, 'workspaceId' | 'surveyId' | 'survey' | 'answers'>,
  ids: readonly string[],
): Promise<Set<string> | null> {
  if (respondent.survey.roster === 'all') return null;
  const allowed = await tx.surveys.onRoster(
    respondent.workspaceId,
    { id: respondent.surveyId, ...respondent.survey },
    [...new Set(ids)],
  );
  for (const id of actorsIn(storedAnswers(respondent.answers))) allowed.add(id);
  return allowed;
}

/**
 * What the schema cannot know: the relation types and vraagstukken this round asks about, spelers of this
 * werkruimte (not the respondent's own as a tie), each speler once per list, and a proposal that is not a
 * speler already on the roster.
 */
async function answerIssues(
  tx: TransactionStore,
  respondent: RespondentForSave,
  answers: SurveyAnswers,
): Promise<Issue[]> {
  const issues: Issue[] = [];
  const asked = new Set(respondent.survey.relationTypes);
  const named = answers.ties.flatMap((tie) => (tie.actorId ? [tie.actorId] : []));
  const placed = answers.positions.map((position) => position.actorId);
  // Looked up with the link (usableRespondentForSave), in the same transaction.
  const known = respondent.known;
  const onRoster = respondent.takenNames;
  const allowed = await rosterAllowance(tx, respondent, [...named, ...placed]);
  const offRoster = (actorId: string) => allowed !== null && known.has(actorId) && !allowed.has(actorId);
  const seen = new Set<string>();
  answers.ties.forEach((tie, index) => {
    // Paths as the request body has them, like the schema's own issues.
    const at = `answers.ties.${index}`;
    if (tie.actorId && (!known.has(tie.actorId) || tie.actorId === respondent.actorId)) {
      issues.push({ path: `${at}.actorId`, code: 'actor_not_in_workspace' });
    } else if (tie.actorId && offRoster(tie.actorId)) {
      issues.push({ path: `${at}.actorId`, code: 'actor_not_on_roster' });
    }
    if (tie.proposed && onRoster.has(tie.proposed.name.toLowerCase())) {
      issues.push({ path: `${at}.proposed.name`, code: 'proposal_is_roster_actor' });
    }
    const key = tie.actorId ?? `new:${tie.proposed?.name.toLowerCase()}`;
    if (seen.has(key)) issues.push({ path: at, code: 'tie_twice' });
    seen.add(key);
    for (const field of ['types', 'reverseTypes'] as const) {
      tie[field].forEach((type, k) => {
        if (!asked.has(type)) {
          issues.push({
            path: `${at}.${field}.${k}`,
            code: 'relation_type_not_asked',
            params: { values: [...asked] },
          });
        }
      });
    }
  });
  const topics = new Set(respondent.survey.topicIds);
  const placedOn = new Set<string>();
  answers.positions.forEach((position, index) => {
    const at = `answers.positions.${index}`;
    if (!topics.has(position.topicId)) issues.push({ path: `${at}.topicId`, code: 'topic_not_asked' });
    if (!known.has(position.actorId)) issues.push({ path: `${at}.actorId`, code: 'actor_not_in_workspace' });
    else if (position.actorId !== respondent.actorId && offRoster(position.actorId)) {
      issues.push({ path: `${at}.actorId`, code: 'actor_not_on_roster' });
    }
    const key = `${position.topicId} ${position.actorId}`;
    if (placedOn.has(key)) issues.push({ path: at, code: 'position_twice' });
    placedOn.add(key);
  });
  if (!respondent.survey.questions.includes('profiel')) {
    for (const field of Object.keys(answers.profile)) {
      issues.push({ path: `answers.profile.${field}`, code: 'question_not_asked' });
    }
  }
  return issues;
}

/**
 * Saves the respondent's whole answer document and lands its ties on the map, or — on any issue — stores
 * nothing. Returns when it was saved and, once they said they were done, when that was.
 */
export function saveSurveyAnswers(
  store: Store,
  token: unknown,
  answers: SurveyAnswers,
  now?: Date,
): Promise<{ savedAt: string; finishedAt: string | null }> {
  return store.transaction(async (tx) => {
    const respondent = await usableRespondentForSave(tx, token, answers, now);
    const issues = await answerIssues(tx, respondent, answers);
    if (issues.length > 0) throw new ValidationError(issues);
    const proposed = answers.ties.flatMap((tie) => (tie.proposed ? [tie.proposed] : []));
    const previous = storedAnswers(respondent.answers);
    // The decisions on proposals matter only to answers that name one, now or before.
    const proposals =
      proposed.length > 0 || previous.ties.some((tie) => tie.proposed)
        ? await tx.surveys.ensureProposals(respondent.workspaceId, respondent.surveyId, proposed)
        : new Map();
    const landed = await landAnswers(tx, {
      workspaceId: respondent.workspaceId,
      surveyTitle: respondent.survey.title,
      respondent,
      answers,
      previous,
      proposals,
    });
    const saved = await tx.surveys.saveAnswers(respondent.id, answers, answers.ties.length);
    await recordChange(tx, SURVEY_AUTHOR, {
      workspaceId: respondent.workspaceId,
      action: 'respondent.answer',
      entityType: 'respondent',
      entityId: respondent.id,
      actorIds: [respondent.actorId, ...landed.actorIds.filter((id) => id !== respondent.actorId)],
      before: null,
      // What changed on the map, not the answers themselves: those stay with the round.
      after: {
        surveyId: respondent.surveyId,
        actorId: respondent.actorId,
        perspectiveId: respondent.perspectiveId,
        ties: answers.ties.length,
        finished: answers.finished,
        relationsCreated: landed.created,
        relationsRemoved: landed.removed,
        ...(landed.positions === null ? {} : { positions: landed.positions }),
      },
    });
    return saved;
  });
}

/** The respondent asks for their answers to be removed: the document and its claims go; the link stays usable. */
export function withdrawSurveyAnswers(store: Store, token: unknown, now?: Date): Promise<void> {
  return store.transaction(async (tx) => {
    const respondent = await usableRespondent(tx, token, now);
    const landed = await landAnswers(tx, {
      workspaceId: respondent.workspaceId,
      surveyTitle: respondent.survey.title,
      respondent,
      answers: NO_ANSWERS,
      proposals: new Map(),
    });
    await tx.surveys.withdraw(respondent.id, NO_ANSWERS);
    await recordChange(tx, SURVEY_AUTHOR, {
      workspaceId: respondent.workspaceId,
      action: 'respondent.withdraw',
      entityType: 'respondent',
      entityId: respondent.id,
      actorIds: [respondent.actorId, ...landed.actorIds.filter((id) => id !== respondent.actorId)],
      before: null,
      after: { surveyId: respondent.surveyId, actorId: respondent.actorId, relationsRemoved: landed.removed },
    });
  });
}
