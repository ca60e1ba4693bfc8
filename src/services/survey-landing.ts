/**
 * How a respondent's answer document becomes claims on the map, shared by the respondent's save and the
 * coordinator's decision on a proposed speler (which lets waiting ties land). A tie to a speler of the
 * werkruimte lands at once; a tie to a proposed speler lands once the proposal is accepted or merged, and
 * never when it is rejected.
 */
import {
  FREQUENCY_STRENGTH,
  partnerScore,
  RELATION_TYPE_TRAITS,
  type SurveyAnswers,
} from '../domain/index.ts';
import type { LandedClaims, ProposalRecord, SurveyClaim, TransactionStore } from '../store/index.ts';

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

/** What a claim made through an uitvraag names as its source: the round. */
export function surveySource(title: string): string {
  return `Uitvraag: ${title}`.slice(0, 2_000);
}

/** Lands one respondent's answers: their perspective's survey claims become exactly these. */
export async function landAnswers(
  tx: TransactionStore,
  input: {
    workspaceId: string;
    surveyTitle: string;
    respondent: { id: string; actorId: string; perspectiveId: string };
    answers: SurveyAnswers;
    proposals: ReadonlyMap<string, ProposalRecord>;
  },
): Promise<LandedClaims> {
  return tx.surveyClaims.replaceSurveyClaims({
    workspaceId: input.workspaceId,
    perspectiveId: input.respondent.perspectiveId,
    respondentId: input.respondent.id,
    source: surveySource(input.surveyTitle),
    claims: claimsOfAnswers(input.respondent.actorId, input.answers, input.proposals),
  });
}
