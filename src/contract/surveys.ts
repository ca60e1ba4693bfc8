/**
 * /workspaces/{workspaceId}/surveys: uitvragen, the survey rounds in which those involved draw their own
 * ties. The coordinator's side: rounds, respondents with personal links, contact data (eigenaars only) and
 * proposed spelers. Tokens appear only in the answers that create them; links carry them in the fragment.
 */
import { z } from 'zod';
import {
  FORCES,
  MAIL_LANGUAGES,
  MAIL_PLACEHOLDERS,
  mailTemplateSchema,
  PROPOSAL_STATUSES,
  profileCheckSchema,
  respondentCreateSchema,
  respondentSchema,
  SURVEY_MAIL_KINDS,
  SURVEY_MAIL_OUTCOMES,
  SURVEY_RESPONDENTS_MAX,
  surveyCreateSchema,
  surveySchema,
  surveyUpdateSchema,
} from '../domain/index.ts';
import { problemResponses, workspaceParams } from './common.ts';
import { endpoint } from './endpoint.ts';

const tags = ['uitvraag'];
const surveyParams = workspaceParams.extend({ surveyId: z.uuid() });
const respondentParams = surveyParams.extend({ respondentId: z.uuid() });
const proposalParams = surveyParams.extend({ proposalId: z.uuid() });

/** At most this many respondents per request (adding a whole kracht at once stays well below). */
export const RESPONDENTS_PER_REQUEST = 1_000;

export const issuedLinkSchema = z.object({
  respondentId: z.uuid(),
  actorId: z.uuid(),
  token: z.string(),
  /** The web app's address of the link, without scheme and host: `/uitvraag#<token>`. */
  path: z.string(),
});

export const proposalSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  force: z.enum(FORCES),
  status: z.enum(PROPOSAL_STATUSES),
  actorId: z.uuid().nullable(),
  namedBy: z.number().int(),
});

export const LINK_LIST_FORMATS = ['json', 'csv', 'xlsx'] as const;

export const listSurveys = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/surveys',
  tags,
  summary: 'Uitvragen opvragen',
  description:
    'Nieuwste eerst, met per uitvraag hoeveel deelnemers er zijn, hoeveel de link openden en hoeveel klaar zijn.',
  params: workspaceParams,
  responses: { 200: z.object({ items: z.array(surveySchema) }), ...problemResponses },
});

export const createSurvey = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/surveys',
  tags,
  summary: 'Uitvraag maken',
  description: 'Een nieuwe uitvraag begint als concept: de links werken pas als hij open is.',
  params: workspaceParams,
  body: surveyCreateSchema,
  responses: { 201: surveySchema, ...problemResponses },
});

export const getSurvey = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/surveys/:surveyId',
  tags,
  summary: 'Eén uitvraag opvragen',
  params: surveyParams,
  responses: { 200: surveySchema, ...problemResponses },
});

export const updateSurvey = endpoint({
  method: 'PATCH',
  path: '/workspaces/:workspaceId/surveys/:surveyId',
  tags,
  summary: 'Uitvraag wijzigen, openen of sluiten',
  description:
    'Stuur de `version` mee die u las. `state: open` kan alleen als de sluitdatum niet voorbij is (409 `survey_close_date_passed`); een uitvraag met antwoorden gaat niet terug naar concept (409 `survey_has_answers`).',
  params: surveyParams,
  body: surveyUpdateSchema,
  responses: { 200: surveySchema, 409: problemResponses[400], ...problemResponses },
});

export const deleteSurvey = endpoint({
  method: 'DELETE',
  path: '/workspaces/:workspaceId/surveys/:surveyId',
  tags,
  summary: 'Uitvraag verwijderen',
  description:
    'Alleen een eigenaar. Deelnemers, links, contactgegevens en voorstellen gaan mee; de beoordelingen die de antwoorden op de kaart zetten blijven, als claims van hun perspectief.',
  params: surveyParams,
  responses: { 204: z.null().describe('Verwijderd'), ...problemResponses },
});

export const listRespondents = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/surveys/:surveyId/respondents',
  tags,
  summary: 'Deelnemers van een uitvraag',
  description:
    'Per deelnemer de speler, de status (niet geopend, geopend, klaar, ingetrokken, teruggetrokken) en het aantal genoemde relaties. Contactgegevens (`contact`) ziet alleen een eigenaar; voor anderen is het veld null.',
  params: surveyParams,
  responses: { 200: z.object({ items: z.array(respondentSchema) }), ...problemResponses },
});

export const addRespondents = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/surveys/:surveyId/respondents',
  tags,
  summary: 'Deelnemers toevoegen, elk met een persoonlijke link',
  description:
    'Per deelnemer de speler waarvoor hij antwoordt en eventueel een naam en e-mailadres. Alles of niets. De tokens staan alleen in dit antwoord; maak later zo nodig nieuwe links (`…/links`).',
  params: surveyParams,
  body: z.strictObject({
    respondents: z
      .array(respondentCreateSchema)
      .min(1)
      .max(Math.min(RESPONDENTS_PER_REQUEST, SURVEY_RESPONDENTS_MAX)),
  }),
  responses: {
    201: z.object({ links: z.array(issuedLinkSchema) }),
    409: problemResponses[400],
    ...problemResponses,
  },
});

export const issueLinks = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/surveys/:surveyId/links',
  tags,
  summary: 'Nieuwe persoonlijke links maken (en downloaden)',
  description:
    'Maakt voor de gekozen deelnemers een nieuwe link; hun vorige link werkt dan niet meer. `format=json` geeft de links terug (om te kopiëren), `csv` of `xlsx` een bestand voor samenvoegen in een mailprogramma.',
  params: surveyParams,
  body: z.strictObject({
    respondentIds: z.array(z.uuid()).min(1).max(RESPONDENTS_PER_REQUEST),
    format: z.enum(LINK_LIST_FORMATS).default('json'),
  }),
  responses: {
    200: z.union([z.object({ links: z.array(issuedLinkSchema) }), z.string()]),
    ...problemResponses,
  },
});

export const revokeRespondent = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/surveys/:surveyId/respondents/:respondentId/revoke',
  tags,
  summary: 'De link van een deelnemer intrekken',
  description:
    'De link werkt daarna niet meer; de antwoorden blijven. Een nieuwe link maken maakt de intrekking ongedaan.',
  params: respondentParams,
  responses: { 200: respondentSchema, ...problemResponses },
});

export const forgetContact = endpoint({
  method: 'DELETE',
  path: '/workspaces/:workspaceId/surveys/:surveyId/respondents/:respondentId/contact',
  tags,
  summary: 'Contactgegevens van één deelnemer wissen',
  description: 'Alleen een eigenaar. De antwoorden blijven.',
  params: respondentParams,
  responses: { 204: z.null().describe('Gewist'), ...problemResponses },
});

export const forgetContacts = endpoint({
  method: 'DELETE',
  path: '/workspaces/:workspaceId/surveys/:surveyId/contacts',
  tags,
  summary: 'Contactgegevens van alle deelnemers wissen',
  description:
    'Alleen een eigenaar. De antwoorden blijven. Na de bewaartermijn (`contactRetentionDays` na de sluitdatum) gebeurt dit vanzelf.',
  params: surveyParams,
  responses: { 204: z.null().describe('Gewist'), ...problemResponses },
});

export const listProposals = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/surveys/:surveyId/proposals',
  tags,
  summary: 'Voorgestelde spelers',
  description:
    'Spelers die deelnemers misten in de lijst, open voorstellen eerst, met hoeveel deelnemers ze noemen.',
  params: surveyParams,
  responses: { 200: z.object({ items: z.array(proposalSchema) }), ...problemResponses },
});

export const listProfileChecks = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/surveys/:surveyId/profile-checks',
  tags,
  summary: 'Wat deelnemers over het profiel van hun eigen speler zeggen',
  description:
    'Per deelnemer die iets zei: de verbeteringen die nog verschillen van het profiel van de speler (veld, huidige tekst, voorgestelde tekst) en de opmerkingen. Een verbetering overnemen is een gewone wijziging van de speler (`PATCH …/actors/{actorId}` met `actorVersion`).',
  params: surveyParams,
  responses: { 200: z.object({ items: z.array(profileCheckSchema) }), ...problemResponses },
});

export const decideProposal = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/surveys/:surveyId/proposals/:proposalId/decision',
  tags,
  summary: 'Over een voorgestelde speler beslissen',
  description:
    '`accept`: een nieuwe speler met deze naam en kracht. `merge`: het is een bestaande speler (`actorId`). `reject`: niet opnemen. Bij accept en merge komen de relaties die op dit voorstel wachtten op de kaart.',
  params: proposalParams,
  body: z.discriminatedUnion('decision', [
    z.strictObject({ decision: z.literal('accept') }),
    z.strictObject({ decision: z.literal('merge'), actorId: z.uuid() }),
    z.strictObject({ decision: z.literal('reject') }),
  ]),
  responses: {
    200: z.object({ actorId: z.uuid().nullable() }),
    409: problemResponses[400],
    ...problemResponses,
  },
});

// ─── e-mail from the app ───────────────────────────────────────────────────────────────────────────────────

const mailTemplateShape = z.object({ subject: z.string(), body: z.string() });
const mailTemplatesByKind = z.object(
  Object.fromEntries(SURVEY_MAIL_KINDS.map((kind) => [kind, mailTemplateShape])) as Record<
    (typeof SURVEY_MAIL_KINDS)[number],
    typeof mailTemplateShape
  >,
);

export const mailSettingsSchema = z.object({
  /** Whether this installation has a mail server; without one, links are copied or downloaded. */
  enabled: z.boolean(),
  /** The From address of the mails, when enabled. */
  from: z.string().nullable(),
  /** What a template may name between braces. */
  placeholders: z.array(z.enum(MAIL_PLACEHOLDERS)),
  /** The default texts per language and kind: Dutch, and an English translation. */
  templates: z.object(
    Object.fromEntries(MAIL_LANGUAGES.map((language) => [language, mailTemplatesByKind])) as Record<
      (typeof MAIL_LANGUAGES)[number],
      typeof mailTemplatesByKind
    >,
  ),
});

export const mailResultSchema = z.object({
  respondentId: z.uuid(),
  actorId: z.uuid(),
  outcome: z.enum(SURVEY_MAIL_OUTCOMES),
  /** True only when the link in the mail replaced the respondent's previous link. */
  linkReplaced: z.boolean(),
});

export const mailSettings = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/surveys/:surveyId/mail',
  tags,
  summary: 'Kan deze installatie e-mail sturen, en de standaardteksten',
  description:
    'Alleen een eigenaar. `enabled` zegt of er een mailserver is ingesteld (`KRACHTENVELD_SMTP_URL`); `templates` geeft de standaardteksten van uitnodiging en herinnering, in het Nederlands en het Engels, met de `placeholders` die een tekst mag gebruiken.',
  params: surveyParams,
  responses: { 200: mailSettingsSchema, ...problemResponses },
});

export const sendMail = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/surveys/:surveyId/mail',
  tags,
  summary: 'Uitnodiging of herinnering mailen',
  description:
    'Alleen een eigenaar, en alleen met een mailserver (anders 409 `mail_not_configured`) en een open uitvraag (anders 409 `survey_mail_not_open`). Elke gekozen deelnemer met een e-mailadres krijgt een e-mail met een nieuwe persoonlijke link, gemaakt uit `subject` en `body` met de plaatshouders ingevuld; `body` moet `{link}` bevatten. Een herinnering gaat alleen naar wie nog niet klaar is; een ingetrokken link blijft ingetrokken. De nieuwe link vervangt de vorige alleen als de mailserver de e-mail aannam (`linkReplaced`); bij elke andere uitkomst werkt de oude link nog. Is de mailserver niet bereikbaar en is er niets verstuurd, dan 503.',
  params: surveyParams,
  body: z.strictObject({
    kind: z.enum(SURVEY_MAIL_KINDS),
    respondentIds: z.array(z.uuid()).min(1).max(RESPONDENTS_PER_REQUEST),
    ...mailTemplateSchema.shape,
    language: z.enum(MAIL_LANGUAGES).default('nl').describe('Hoe {sluitdatum} geschreven wordt.'),
  }),
  responses: {
    200: z.object({
      results: z.array(mailResultSchema),
      sent: z.number().int(),
      skipped: z.number().int(),
      failed: z.number().int(),
      unreachable: z.boolean(),
    }),
    409: problemResponses[400],
    429: problemResponses[400],
    503: problemResponses[400],
    ...problemResponses,
  },
});
