/**
 * What respondents say about their own speler's profile, for the coordinator: per respondent the
 * corrections that still differ from the profile (one taken over drops off by itself) and their remarks.
 * Taking a correction over is an ordinary change of the speler, with its own history.
 */
import {
  NO_ANSWERS,
  NotFoundError,
  openCorrections,
  type ProfileCheck,
  surveyAnswersSchema,
} from '../domain/index.ts';
import type { Store } from '../store/index.ts';

export async function profileChecks(
  store: Store,
  workspaceId: string,
  surveyId: string,
): Promise<ProfileCheck[]> {
  if (!(await store.surveys.get(workspaceId, surveyId))) throw new NotFoundError('survey', surveyId);
  const rows = await store.surveys.profileAnswers(workspaceId, surveyId);
  return rows.flatMap((row) => {
    const parsed = surveyAnswersSchema.safeParse(row.answers);
    const answers = parsed.success ? parsed.data : NO_ANSWERS;
    const corrections = openCorrections(row.profile, answers.profile);
    const remarks = answers.profileRemarks.trim();
    if (corrections.length === 0 && remarks === '') return [];
    return [
      {
        respondentId: row.respondentId,
        actorId: row.actorId,
        actorName: row.actorName,
        actorVersion: row.actorVersion,
        corrections,
        remarks,
      },
    ];
  });
}
