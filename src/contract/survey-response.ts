/**
 * /survey-response/…: the respondent's side of an uitvraag, without an account. The personal link's token
 * is the credential and travels in the request body (never in a URL, so it stays out of logs and browser
 * history). A link that does not work gets one answer, 404 `survey_link`, whatever the reason.
 */
import { z } from 'zod';
import { respondentViewSchema, surveyAnswersSchema } from '../domain/index.ts';
import { problemResponses } from './common.ts';
import { endpoint } from './endpoint.ts';

const tags = ['uitvraag (deelnemer)'];
/** Anything up to a sane length: a malformed token gets the same 404 as a wrong one, not a 400 that tells. */
const tokenSchema = z.string().max(200);

export const openSurveyResponse = endpoint({
  method: 'POST',
  path: '/survey-response/open',
  tags,
  summary: 'De uitvraag openen met een persoonlijke link',
  description:
    'Geeft de uitvraag, de lijst van spelers en de eigen antwoorden tot nu toe. De eerste keer telt als "geopend".',
  body: z.strictObject({ token: tokenSchema }),
  responses: { 200: respondentViewSchema, ...problemResponses },
});

export const saveSurveyResponse = endpoint({
  method: 'PUT',
  path: '/survey-response/answers',
  tags,
  summary: 'De eigen antwoorden bewaren',
  description:
    'Vervangt alle antwoorden van deze deelnemer en zet ze op de kaart, of bewaart niets bij een fout. Kan tot en met de sluitdatum, zo vaak als nodig.',
  body: z.strictObject({ token: tokenSchema, answers: surveyAnswersSchema }),
  responses: {
    200: z.object({
      savedAt: z.iso.datetime({ offset: true }),
      finishedAt: z.iso.datetime({ offset: true }).nullable(),
    }),
    ...problemResponses,
  },
});

export const withdrawSurveyResponse = endpoint({
  method: 'POST',
  path: '/survey-response/withdraw',
  tags,
  summary: 'De eigen antwoorden laten verwijderen',
  description: 'Verwijdert alle antwoorden van deze deelnemer en wat ze op de kaart zetten.',
  body: z.strictObject({ token: tokenSchema }),
  responses: { 204: z.null().describe('Verwijderd'), ...problemResponses },
});
