/**
 * How a respondent's answer document becomes claims on the map, shared by the respondent's save and the
 * coordinator's decision on a proposed speler (which lets waiting ties land). A tie to a speler of the
 * werkruimte lands at once; a tie to a proposed speler lands once the proposal is accepted or merged, and
 * never when it is rejected.
 */
import {
  dutchToday,
  FREQUENCY_STRENGTH,
  isCompletePosition,
  partnerScore,
  RELATION_TYPE_TRAITS,
  type SurveyAnswers,
} from '../domain/index.ts';
import type {
  LandedClaims,
  ProposalRecord,
  SurveyClaim,
  SurveyPositionClaim,
  TransactionStore,
} from '../store/index.ts';

/** The speler a tie points at: its roster speler, or the speler its proposal became; null while waiting. */
export function tieTarget(
  tie: SurveyAnswers['ties'][number],
  proposals: ReadonlyMap<string, ProposalRecord>,
): string | null {
  if (tie.actorId) return tie.actorId;
  const proposal = tie.proposed ? proposals.get(tie.proposed.name.toLowerCase()) : undefined;
  if (!proposal || proposal.status === 'open' || proposal.status === 'rejected') return null;
  return proposal.actorId;
}

/** The claims of one answer document: one per relation type named, with the tie's ratings. */
export function claimsOfAnswers(
  respondentActorId: string,
  answers: SurveyAnswers,
  proposals: ReadonlyMap<string, ProposalRecord>,
): SurveyClaim[] {
  const claims: SurveyClaim[] = [];
  for (const tie of answers.ties) {
    const other = tieTarget(tie, proposals);
    if (other === null || other === respondentActorId) continue;
    const ratings = {
      strength: tie.frequency ? FREQUENCY_STRENGTH[tie.frequency] : null,
      trust: partnerScore(tie.trust),
      value: partnerScore(tie.value),
      note: tie.note,
    };
    for (const type of tie.types) {
      const mutual = !RELATION_TYPE_TRAITS[type].directed;
      claims.push({ sourceId: respondentActorId, targetId: other, type, mutual, ...ratings });
    }
    for (const type of tie.reverseTypes) {
      claims.push({ sourceId: other, targetId: respondentActorId, type, mutual: false, ...ratings });
    }
  }
  return claims;
}

/** The positions of one answer document: the complete ones (invloed, belang and standpunt all given). */
export function positionsOfAnswers(answers: SurveyAnswers): SurveyPositionClaim[] {
  return answers.positions.filter(isCompletePosition).map((position) => ({
    topicId: position.topicId,
    actorId: position.actorId,
    invloed: position.invloed,
    belang: position.belang,
    standpunt: position.standpunt,
  }));
}

/** What a claim made through an uitvraag names as its source: the round. */
export function surveySource(title: string): string {
  return `Uitvraag: ${title}`.slice(0, 2_000);
}

const tieKey = (claim: SurveyClaim) => `${claim.type} ${claim.sourceId} ${claim.targetId}`;
const NOTHING_LANDED: LandedClaims = { created: 0, removed: 0, actorIds: [] };

export interface Landed extends LandedClaims {
  /** Positions on vraagstukken the answer holds now, when they changed with this landing; else null. */
  positions: number | null;
}

/**
 * Lands one respondent's answers: their perspective's survey claims and their positions in this round
 * become exactly what the answers say. Positions are replaced only when they changed.
 */
export async function landAnswers(
  tx: TransactionStore,
  input: LandingInput,
  now: Date = new Date(),
): Promise<Landed> {
  const claims = await landTies(tx, input);
  const positions = positionsOfAnswers(input.answers);
  if (
    input.tiesOnly ||
    (input.previous && JSON.stringify(positionsOfAnswers(input.previous)) === JSON.stringify(positions))
  ) {
    return { ...claims, positions: null };
  }
  await tx.surveyClaims.replaceSurveyPositions({
    workspaceId: input.workspaceId,
    perspectiveId: input.respondent.perspectiveId,
    respondentId: input.respondent.id,
    assessedOn: dutchToday(now),
    positions,
  });
  return { ...claims, positions: positions.length };
}

interface LandingInput {
  workspaceId: string;
  surveyTitle: string;
  respondent: { id: string; actorId: string; perspectiveId: string };
  answers: SurveyAnswers;
  /** The answers as last landed; without them everything is replaced. */
  previous?: SurveyAnswers;
  proposals: ReadonlyMap<string, ProposalRecord>;
  /** Only the ties: a decision on a proposed speler changes no position. */
  tiesOnly?: boolean;
}

/**
 * The ties of one respondent's answers: their perspective's survey claims become exactly these. With the answers
 * as last landed (`previous`), a save that changes no claim touches nothing, and one that changes only
 * ratings of the same ties updates them in place: while a respondent fills in a tie's questions, most
 * saves are of that kind, and a replace reads and compares every claim (on a server, under locks).
 */
async function landTies(tx: TransactionStore, input: LandingInput): Promise<LandedClaims> {
  const { respondent } = input;
  const claims = claimsOfAnswers(respondent.actorId, input.answers, input.proposals);
  if (input.previous) {
    const before = claimsOfAnswers(respondent.actorId, input.previous, input.proposals);
    if (JSON.stringify(before) === JSON.stringify(claims)) return NOTHING_LANDED;
    const sameTies =
      before.length === claims.length &&
      before.every((claim, k) => tieKey(claim) === tieKey(claims[k] as SurveyClaim));
    if (
      sameTies &&
      (await tx.surveyClaims.updateSurveyClaimRatings({
        workspaceId: input.workspaceId,
        perspectiveId: respondent.perspectiveId,
        actorId: respondent.actorId,
        claims,
      }))
    ) {
      return {
        created: 0,
        removed: 0,
        actorIds: [...new Set(claims.flatMap((c) => [c.sourceId, c.targetId]))],
      };
    }
  }
  return tx.surveyClaims.replaceSurveyClaims({
    workspaceId: input.workspaceId,
    perspectiveId: respondent.perspectiveId,
    respondentId: respondent.id,
    actorId: respondent.actorId,
    source: surveySource(input.surveyTitle),
    claims,
  });
}
