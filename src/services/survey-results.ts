/**
 * What an uitvraag tells the coordinator besides the answers themselves: the response per kracht and per
 * wijk, who has not answered yet (the reminder list), and which results of the diagnosis lean on spelers
 * that did not answer (src/analysis/claims/non-response.ts). The diagnosis is made on the map as all
 * perspectives see it (the default rule), where the answers are. `surveyCoverage` gives the same figures
 * per respondent, for the response download and `krachtenveld analyse`.
 */
import {
  DEFAULT_CLAIM_RULE,
  type Locale,
  type NonResponse,
  type NonResponseNote,
  nonResponse,
  type SpelerCoverage,
} from '../analysis/index.ts';
import {
  FORCES,
  type Force,
  NotFoundError,
  type Respondent,
  type RespondentStatus,
  type Survey,
} from '../domain/index.ts';
import type { Store } from '../store/index.ts';
import type { AnalysisRunner } from './analysis-compute.ts';
import { loadPerspectiveGraph } from './perspective-map.ts';

export interface ResponseRow {
  invited: number;
  opened: number;
  answered: number;
  finished: number;
}

export interface SurveyResults {
  byForce: (ResponseRow & { force: Force })[];
  /** A speler in several wijken counts in each; spelers without a wijk under `wijk: null`. */
  byWijk: (ResponseRow & { wijk: string | null })[];
  /** Respondents who have not said they are done, whose link still works: the ones to remind. */
  reminders: Respondent[];
  nonResponse: NonResponse & { names: Record<string, string> };
}

const EMPTY_ROW: ResponseRow = { invited: 0, opened: 0, answered: 0, finished: 0 };

function tally(row: ResponseRow, respondent: Respondent): ResponseRow {
  return {
    invited: row.invited + 1,
    opened: row.opened + (respondent.openedAt ? 1 : 0),
    answered: row.answered + (respondent.savedAt ? 1 : 0),
    finished: row.finished + (respondent.finishedAt ? 1 : 0),
  };
}

/** Response per kracht (the five forces' order) and per wijk (by name, spelers without a wijk last). */
export function responseTallies(
  respondents: readonly Respondent[],
): Pick<SurveyResults, 'byForce' | 'byWijk'> {
  const forces = new Map<Force, ResponseRow>();
  const wijken = new Map<string | null, ResponseRow>();
  for (const respondent of respondents) {
    forces.set(respondent.force, tally(forces.get(respondent.force) ?? EMPTY_ROW, respondent));
    for (const wijk of respondent.wijken.length > 0 ? respondent.wijken : [null]) {
      wijken.set(wijk, tally(wijken.get(wijk) ?? EMPTY_ROW, respondent));
    }
  }
  return {
    byForce: FORCES.filter((force) => forces.has(force)).map((force) => ({
      force,
      ...(forces.get(force) as ResponseRow),
    })),
    byWijk: [...wijken.entries()]
      .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'nl')))
      .map(([wijk, row]) => ({ wijk, ...row })),
  };
}

export async function surveyResults(
  store: Store,
  runner: AnalysisRunner,
  workspaceId: string,
  surveyId: string,
  options: { withContacts: boolean; locale: Locale },
): Promise<SurveyResults> {
  const { respondents, coverage } = await roundCoverage(store, runner, workspaceId, surveyId, options);
  return {
    ...responseTallies(respondents),
    reminders: respondents.filter(
      (respondent) => respondent.status === 'niet_geopend' || respondent.status === 'geopend',
    ),
    nonResponse: coverage,
  };
}

/** One respondent of a round with what the non-response analysis says of its speler. */
export interface RespondentCoverage {
  actorId: string;
  name: string;
  force: Force;
  wijken: string[];
  status: RespondentStatus;
  /** Saved answers at least once (and did not withdraw them). */
  answered: boolean;
  /** Its ties with other respondents; null when the figures leave it out (a revoked link never used). */
  ties: Pick<SpelerCoverage, 'ties' | 'reportedBySelf' | 'onlyByOthers'> | null;
  /** The notes about this speler (a silent or hearsay bridge, a silent isolate). */
  notes: NonResponseNote[];
}

export interface SurveyCoverage {
  survey: Pick<Survey, 'id' | 'title' | 'state' | 'opensOn' | 'closesOn'>;
  nonResponse: NonResponse & { names: Record<string, string> };
  /** Every respondent of the round, by speler name; no contact data. */
  respondents: RespondentCoverage[];
}

/** A round's response and coverage per respondent, without contact data: for files and the command line. */
export async function surveyCoverage(
  store: Store,
  runner: AnalysisRunner,
  workspaceId: string,
  surveyId: string,
  locale: Locale,
): Promise<SurveyCoverage> {
  const { survey, respondents, coverage } = await roundCoverage(store, runner, workspaceId, surveyId, {
    withContacts: false,
    locale,
  });
  const bySpeler = new Map(coverage.spelers.map((row) => [row.actorId, row]));
  const notesOf = (actorId: string) =>
    coverage.notes.filter((note) => 'actorId' in note && note.actorId === actorId);
  return {
    survey: {
      id: survey.id,
      title: survey.title,
      state: survey.state,
      opensOn: survey.opensOn,
      closesOn: survey.closesOn,
    },
    nonResponse: coverage,
    respondents: respondents.map((respondent) => {
      const row = bySpeler.get(respondent.actorId);
      return {
        actorId: respondent.actorId,
        name: respondent.actorName,
        force: respondent.force,
        wijken: respondent.wijken,
        status: respondent.status,
        answered: respondent.savedAt !== null,
        ties: row
          ? { ties: row.ties, reportedBySelf: row.reportedBySelf, onlyByOthers: row.onlyByOthers }
          : null,
        notes: notesOf(respondent.actorId),
      };
    }),
  };
}

async function roundCoverage(
  store: Store,
  runner: AnalysisRunner,
  workspaceId: string,
  surveyId: string,
  options: { withContacts: boolean; locale: Locale },
): Promise<{
  survey: Survey;
  respondents: Respondent[];
  coverage: NonResponse & { names: Record<string, string> };
}> {
  const survey = await store.surveys.get(workspaceId, surveyId);
  if (!survey) throw new NotFoundError('survey', surveyId);
  const respondents = await store.surveys.listRespondents(workspaceId, surveyId, options.withContacts);
  const graph = await loadPerspectiveGraph(store, workspaceId, {
    selection: 'all',
    rule: DEFAULT_CLAIM_RULE,
  });
  const [diagnosis, claims] = await Promise.all([
    runner.diagnose(graph, {}, options.locale),
    store.assessments.claimsOf(workspaceId),
  ]);
  // Who claims each relatie: the assessments that say it exists.
  const claimants = new Map<string, Set<string>>();
  for (const claim of claims.claims) {
    if (!claim.present) continue;
    const set = claimants.get(claim.relationId) ?? new Set<string>();
    set.add(claim.perspectiveId);
    claimants.set(claim.relationId, set);
  }
  const coverage = nonResponse({
    relations: graph.relations,
    claimants,
    // A revoked link that never answered is no longer asked; one that answered still counts.
    respondents: respondents
      .filter((respondent) => respondent.status !== 'ingetrokken' || respondent.savedAt)
      .map((respondent) => ({
        actorId: respondent.actorId,
        perspectiveId: respondent.perspectiveId,
        answered: respondent.savedAt !== null,
      })),
    diagnosis,
  });
  // Names of the spelers the answer speaks of, so a client need not load the map to word the notes.
  const named = new Set(coverage.spelers.map((row) => row.actorId));
  const names: Record<string, string> = {};
  for (const actor of graph.actors) if (named.has(actor.id)) names[actor.id] = actor.name;
  return { survey, respondents, coverage: { ...coverage, names } };
}
