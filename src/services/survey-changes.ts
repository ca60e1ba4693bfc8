/**
 * The coordinator's side of an uitvraag: rounds, respondents and their personal links, contact data, and
 * the decisions on proposed spelers. Each change is one transaction with its one audit event. The events
 * never hold contact data or tokens: the trail is append-only, and contact data must be deletable (AVG).
 *
 * A respondent answers as their speler's perspective: the one the speler answered as in an earlier round,
 * else the perspective with the speler's name, else a new one with the speler's name and kracht. What a
 * change makes along the way (such a perspective, the speler an accepted proposal becomes) is recorded in
 * that change's one event.
 */
import {
  type Actor,
  actorCreateSchema,
  ConflictError,
  dutchToday,
  type Force,
  NO_ANSWERS,
  NotFoundError,
  type Perspective,
  type Respondent,
  type RespondentCreate,
  type Survey,
  type SurveyCreate,
  type SurveyUpdate,
  surveyAnswersSchema,
  surveyFieldIssues,
  ValidationError,
} from '../domain/index.ts';
import type { Store, TransactionStore } from '../store/index.ts';
import { type Author, recordChange, SYSTEM_AUTHOR } from './author.ts';
import { snapshotAtClosing } from './snapshots.ts';
import { landAnswers } from './survey-landing.ts';
import { hashToken, newToken } from './tokens.ts';

/** Where the web app answers a personal link: the token sits in the fragment, which browsers never send. */
export function surveyLinkPath(token: string): string {
  return `/uitvraag#${token}`;
}

async function surveyOf(
  tx: TransactionStore | Store,
  workspaceId: string,
  surveyId: string,
): Promise<Survey> {
  const survey = await tx.surveys.get(workspaceId, surveyId);
  if (!survey) throw new NotFoundError('survey', surveyId);
  return survey;
}

/** The vraagstukken a round asks about must be this werkruimte's. */
async function checkTopics(tx: TransactionStore, workspaceId: string, topicIds: readonly string[]) {
  const known = await tx.topics.topicsAmong(workspaceId, topicIds);
  const issues = topicIds.flatMap((id, index) =>
    known.has(id) ? [] : [{ path: `topicIds.${index}`, code: 'topic_not_in_workspace' as const }],
  );
  if (issues.length > 0) throw new ValidationError(issues);
}

/** The spelers of a chosen roster must be this werkruimte's. */
async function checkRoster(tx: TransactionStore, workspaceId: string, actorIds: readonly string[]) {
  const known = await tx.surveys.actorsAmong(workspaceId, actorIds);
  const issues = actorIds.flatMap((id, index) =>
    known.has(id) ? [] : [{ path: `rosterActorIds.${index}`, code: 'actor_not_in_workspace' as const }],
  );
  if (issues.length > 0) throw new ValidationError(issues);
}

export function createSurvey(
  store: Store,
  author: Author,
  workspaceId: string,
  input: SurveyCreate,
): Promise<Survey> {
  const issues = surveyFieldIssues(input);
  if (issues.length > 0) throw new ValidationError(issues);
  return store.transaction(async (tx) => {
    await checkTopics(tx, workspaceId, input.topicIds);
    await checkRoster(tx, workspaceId, input.rosterActorIds);
    const survey = await tx.surveys.create(workspaceId, input);
    await recordChange(tx, author, {
      workspaceId,
      action: 'survey.create',
      entityType: 'survey',
      entityId: survey.id,
      before: null,
      after: survey,
    });
    return survey;
  });
}

/**
 * Changes a round's fields or state. Opening needs a close date that has not passed; a round with answers
 * cannot go back to concept (its answers would belong to a round that officially never ran).
 */
export function updateSurvey(
  store: Store,
  author: Author,
  workspaceId: string,
  surveyId: string,
  update: SurveyUpdate,
  now: Date = new Date(),
): Promise<Survey> {
  return store.transaction(async (tx) => {
    const before = await surveyOf(tx, workspaceId, surveyId);
    const { version, ...fields } = update;
    const merged = { ...before, ...fields };
    const issues = surveyFieldIssues(merged);
    if (issues.length > 0) throw new ValidationError(issues);
    if (fields.topicIds) await checkTopics(tx, workspaceId, fields.topicIds);
    if (fields.rosterActorIds) await checkRoster(tx, workspaceId, fields.rosterActorIds);
    if (fields.state === 'open' && before.state !== 'open' && merged.closesOn < dutchToday(now)) {
      throw new ConflictError('survey_close_date_passed');
    }
    if (fields.state === 'concept' && before.state !== 'concept') {
      if (await tx.surveys.hasAnswers(workspaceId, surveyId)) throw new ConflictError('survey_has_answers');
    }
    const after = await tx.surveys.update(workspaceId, surveyId, version, fields);
    await recordChange(tx, author, {
      workspaceId,
      action: 'survey.update',
      entityType: 'survey',
      entityId: surveyId,
      before,
      after,
    });
    if (after.state === 'closed' && before.state !== 'closed') {
      await snapshotAtClosing(tx, workspaceId, { kind: 'survey', id: surveyId, name: after.title });
    }
    return after;
  });
}

/**
 * Deletes a round with its respondents, links, contact data and proposals. The claims its answers made
 * stay on the map as their perspectives' (an editor removes those like any other claim).
 */
export function deleteSurvey(
  store: Store,
  author: Author,
  workspaceId: string,
  surveyId: string,
): Promise<void> {
  return store.transaction(async (tx) => {
    const before = await surveyOf(tx, workspaceId, surveyId);
    await tx.surveys.remove(workspaceId, surveyId);
    await recordChange(tx, author, {
      workspaceId,
      action: 'survey.delete',
      entityType: 'survey',
      entityId: surveyId,
      before,
      after: null,
    });
  });
}

/**
 * The perspective a speler's answers are claims of (see the module comment); a new one when there is none,
 * returned as `created` so the caller's one audit event can record it.
 */
async function perspectiveForActor(
  tx: TransactionStore,
  workspaceId: string,
  actor: { id: string; name: string; force: Force },
): Promise<{ id: string; created: Perspective | null }> {
  const earlier = await tx.surveys.earlierPerspectiveOf(workspaceId, actor.id);
  if (earlier) return { id: earlier, created: null };
  const named = await tx.surveys.perspectiveNamed(workspaceId, actor.name);
  if (named) return { id: named, created: null };
  const perspective = await tx.perspectives.create(workspaceId, {
    name: actor.name,
    force: actor.force,
    description: 'Antwoorden uit de uitvraag, namens deze speler.',
  });
  return { id: perspective.id, created: perspective };
}

export interface IssuedLink {
  respondentId: string;
  actorId: string;
  token: string;
  path: string;
}

/**
 * Adds respondents to a round, each with a personal link; the tokens are only in this answer. All or none:
 * a speler that is not the werkruimte's, or that already has a respondent in this round, refuses the lot.
 */
export function addRespondents(
  store: Store,
  author: Author,
  workspaceId: string,
  surveyId: string,
  inputs: RespondentCreate[],
): Promise<IssuedLink[]> {
  return store.transaction(async (tx) => {
    const survey = await surveyOf(tx, workspaceId, surveyId);
    if (survey.state === 'closed') throw new ConflictError('survey_not_open');
    const issued: IssuedLink[] = [];
    const perspectivesCreated: Perspective[] = [];
    const issues = [];
    const seen = new Set<string>();
    for (const [index, input] of inputs.entries()) {
      const actor = await tx.actors.get(workspaceId, input.actorId);
      if (!actor) {
        issues.push({ path: `${index}.actorId`, code: 'actor_not_in_workspace' as const });
        continue;
      }
      if (seen.has(actor.id)) {
        issues.push({ path: `${index}.actorId`, code: 'duplicate_items' as const });
        continue;
      }
      seen.add(actor.id);
      const perspective = await perspectiveForActor(tx, workspaceId, actor);
      if (perspective.created) perspectivesCreated.push(perspective.created);
      const perspectiveId = perspective.id;
      const token = newToken();
      const respondentId = await tx.surveys.createRespondent({
        workspaceId,
        surveyId,
        actorId: actor.id,
        perspectiveId,
        tokenHash: hashToken(token),
        answers: NO_ANSWERS,
        contact: { name: input.contactName, email: input.email },
      });
      issued.push({ respondentId, actorId: actor.id, token, path: surveyLinkPath(token) });
    }
    if (issues.length > 0) throw new ValidationError(issues);
    await recordChange(tx, author, {
      workspaceId,
      action: 'respondent.create',
      entityType: 'survey',
      entityId: surveyId,
      actorIds: issued.map((link) => link.actorId),
      before: null,
      after: {
        surveyId,
        respondents: issued.map(({ respondentId, actorId }) => ({ respondentId, actorId })),
        perspectivesCreated,
      },
    });
    return issued;
  });
}

/** A new personal link: its token (only the caller ever sees it) and the web app's address of it. */
export function newLink(): { token: string; path: string } {
  const token = newToken();
  return { token, path: surveyLinkPath(token) };
}

/**
 * Puts new links in place, inside the caller's transaction: the database keeps only each token's hash, and
 * a respondent's previous link stops working at once (a revoked one works again). A respondent that is
 * not in this round refuses the lot. Returns the respondents (with contact data), in the order given.
 */
export async function replaceLinks(
  tx: TransactionStore,
  workspaceId: string,
  surveyId: string,
  links: readonly { respondentId: string; token: string }[],
): Promise<Respondent[]> {
  const respondents: Respondent[] = [];
  for (const { respondentId, token } of links) {
    const respondent = await tx.surveys.getRespondent(workspaceId, surveyId, respondentId, true);
    if (!respondent) throw new NotFoundError('respondent', respondentId);
    await tx.surveys.replaceToken(workspaceId, respondentId, hashToken(token));
    respondents.push(respondent);
  }
  return respondents;
}

/** New personal links for these respondents: their old links stop working at once (and revoked ones work again). */
export function issueLinks(
  store: Store,
  author: Author,
  workspaceId: string,
  surveyId: string,
  respondentIds: readonly string[],
): Promise<(IssuedLink & { respondent: Respondent })[]> {
  return store.transaction(async (tx) => {
    await surveyOf(tx, workspaceId, surveyId);
    const links = respondentIds.map((respondentId) => ({ respondentId, ...newLink() }));
    const respondents = await replaceLinks(tx, workspaceId, surveyId, links);
    const issued = links.map((link, index) => {
      const respondent = respondents[index] as Respondent;
      return { ...link, actorId: respondent.actorId, respondent };
    });
    await recordChange(tx, author, {
      workspaceId,
      action: 'respondent.link',
      entityType: 'survey',
      entityId: surveyId,
      actorIds: issued.map((link) => link.actorId),
      before: null,
      after: { surveyId, respondentIds: [...respondentIds] },
    });
    return issued;
  });
}

export function revokeRespondent(
  store: Store,
  author: Author,
  workspaceId: string,
  surveyId: string,
  respondentId: string,
): Promise<Respondent> {
  return store.transaction(async (tx) => {
    const before = await tx.surveys.getRespondent(workspaceId, surveyId, respondentId, false);
    if (!before) throw new NotFoundError('respondent', respondentId);
    await tx.surveys.revokeRespondent(workspaceId, respondentId);
    const after = (await tx.surveys.getRespondent(workspaceId, surveyId, respondentId, false)) as Respondent;
    await recordChange(tx, author, {
      workspaceId,
      action: 'respondent.revoke',
      entityType: 'respondent',
      entityId: respondentId,
      actorIds: [before.actorId],
      before: { status: before.status },
      after: { status: after.status },
    });
    return after;
  });
}

/** Deletes contact data (of one respondent, or of every respondent of the round); the answers stay. */
export function forgetContacts(
  store: Store,
  author: Author,
  workspaceId: string,
  surveyId: string,
  respondentId: string | null,
): Promise<number> {
  return store.transaction(async (tx) => {
    await surveyOf(tx, workspaceId, surveyId);
    const respondents = await tx.surveys.listRespondents(workspaceId, surveyId, true);
    const chosen = respondents.filter(
      (respondent) =>
        respondent.contact !== null && (respondentId === null || respondent.id === respondentId),
    );
    if (respondentId !== null && !respondents.some((respondent) => respondent.id === respondentId)) {
      throw new NotFoundError('respondent', respondentId);
    }
    for (const respondent of chosen) await tx.surveys.forgetContact(workspaceId, respondent.id);
    await recordChange(tx, author, {
      workspaceId,
      action: 'respondent.forget_contact',
      entityType: 'survey',
      entityId: surveyId,
      actorIds: chosen.map((respondent) => respondent.actorId),
      before: null,
      after: { surveyId, respondentIds: chosen.map((respondent) => respondent.id) },
    });
    return chosen.length;
  });
}

/**
 * Deletes the contact data of every round whose retention period has passed since it closed, in every
 * werkruimte (the server runs this at start and every hour), with one event per round in its history.
 * Returns how many respondents' contact data went.
 */
export function forgetExpiredContacts(store: Store, now: Date = new Date()): Promise<number> {
  return store.transaction(async (tx) => {
    const gone = await tx.surveys.purgeExpiredContacts(dutchToday(now));
    const rounds = new Map<string, typeof gone>();
    for (const row of gone) rounds.set(row.surveyId, [...(rounds.get(row.surveyId) ?? []), row]);
    for (const [surveyId, rows] of rounds) {
      await recordChange(tx, SYSTEM_AUTHOR, {
        workspaceId: (rows[0] as (typeof rows)[number]).workspaceId,
        action: 'respondent.forget_contact',
        entityType: 'survey',
        entityId: surveyId,
        actorIds: rows.map((row) => row.actorId),
        before: null,
        after: { surveyId, respondentIds: rows.map((row) => row.respondentId), expired: true },
      });
    }
    return gone.length;
  });
}

export type ProposalDecision =
  | { decision: 'accept' }
  | { decision: 'merge'; actorId: string }
  | { decision: 'reject' };

/**
 * Decides on a proposed speler: accept (a new speler with the proposed name and kracht), merge (it is an
 * existing speler) or reject. The ties waiting for it then land for every respondent who named it.
 */
export function decideProposal(
  store: Store,
  author: Author,
  workspaceId: string,
  surveyId: string,
  proposalId: string,
  input: ProposalDecision,
): Promise<{ actorId: string | null }> {
  return store.transaction(async (tx) => {
    const survey = await surveyOf(tx, workspaceId, surveyId);
    const proposals = await tx.surveys.ensureProposals(workspaceId, surveyId, []);
    const proposal = [...proposals.values()].find((candidate) => candidate.id === proposalId);
    if (!proposal) throw new NotFoundError('proposal', proposalId);
    if (proposal.status !== 'open') throw new ConflictError('proposal_decided');
    let actorId: string | null = null;
    let actorCreated: Actor | null = null;
    const actorIds: string[] = [];
    if (input.decision === 'accept') {
      actorCreated = await tx.actors.create(
        workspaceId,
        actorCreateSchema.parse({ name: proposal.name, force: proposal.force, kind: 'organisatie' }),
      );
      actorId = actorCreated.id;
      actorIds.push(actorId);
    } else if (input.decision === 'merge') {
      const actor = await tx.actors.get(workspaceId, input.actorId);
      if (!actor) throw new ValidationError([{ path: 'actorId', code: 'actor_not_in_workspace' }]);
      actorId = actor.id;
    }
    const status =
      input.decision === 'accept' ? 'accepted' : input.decision === 'merge' ? 'merged' : 'rejected';
    if (!(await tx.surveys.decideProposal(workspaceId, surveyId, proposalId, { status, actorId }))) {
      throw new ConflictError('proposal_decided');
    }
    const decided = new Map(proposals);
    decided.set(proposal.name.toLowerCase(), { ...proposal, status, actorId });
    if (actorId !== null) {
      for (const respondent of await tx.surveys.answersOfRound(workspaceId, surveyId)) {
        const answers = surveyAnswersSchema.safeParse(respondent.answers);
        if (!answers.success) continue;
        const names = answers.data.ties.some(
          (tie) => tie.proposed?.name.toLowerCase() === proposal.name.toLowerCase(),
        );
        if (!names) continue;
        const landed = await landAnswers(tx, {
          workspaceId,
          surveyTitle: survey.title,
          respondent,
          answers: answers.data,
          proposals: decided,
          tiesOnly: true,
        });
        actorIds.push(respondent.actorId, ...landed.actorIds);
      }
    }
    await recordChange(tx, author, {
      workspaceId,
      action: 'proposal.resolve',
      entityType: 'proposal',
      entityId: proposalId,
      actorIds: [...new Set(actorIds)],
      before: { name: proposal.name, force: proposal.force, status: 'open' },
      // The speler an accepted proposal became is part of this one change.
      after: { name: proposal.name, force: proposal.force, status, actorId, actorCreated },
    });
    return { actorId };
  });
}
