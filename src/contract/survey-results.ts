/**
 * /workspaces/{workspaceId}/surveys/{surveyId}/results: what an uitvraag tells besides the answers — the
 * response per kracht and per wijk, the reminder list, and which results of the diagnosis lean on spelers
 * that did not answer (confirmed, one-sided and unreported ties; silent brokers, isolates and kokers).
 */
import { z } from 'zod';
import { FORCES, respondentSchema } from '../domain/index.ts';
import { problemResponses, workspaceParams } from './common.ts';
import { endpoint } from './endpoint.ts';

const responseRow = {
  invited: z.number().int(),
  opened: z.number().int(),
  answered: z.number().int(),
  finished: z.number().int(),
};

export const nonResponseNoteSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('silent_broker'), actorId: z.uuid(), rank: z.number().int() }),
  z.object({
    kind: z.literal('hearsay_broker'),
    actorId: z.uuid(),
    rank: z.number().int(),
    onlyByOthers: z.number().int(),
    ties: z.number().int(),
  }),
  z.object({ kind: z.literal('silent_isolate'), actorId: z.uuid() }),
  z.object({
    kind: z.literal('silent_koker'),
    koker: z.string(),
    silent: z.number().int(),
    invited: z.number().int(),
  }),
]);

export const surveyResultsSchema = z.object({
  byForce: z.array(z.object({ force: z.enum(FORCES), ...responseRow })),
  byWijk: z.array(z.object({ wijk: z.string().nullable(), ...responseRow })),
  reminders: z.array(respondentSchema),
  nonResponse: z.object({
    respondents: z.object({
      invited: z.number().int(),
      answered: z.number().int(),
      silent: z.number().int(),
    }),
    ties: z.object({
      total: z.number().int(),
      confirmed: z.number().int(),
      oneSided: z.number().int(),
      unreported: z.number().int(),
    }),
    oneSidedShare: z.number().nullable(),
    spelers: z.array(
      z.object({
        actorId: z.uuid(),
        status: z.enum(['answered', 'silent', 'not_invited']),
        ties: z.number().int(),
        reportedBySelf: z.number().int(),
        onlyByOthers: z.number().int(),
      }),
    ),
    notes: z.array(nonResponseNoteSchema),
    names: z.record(z.string(), z.string()),
  }),
});

export const getSurveyResults = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/surveys/:surveyId/results',
  tags: ['uitvraag'],
  summary: 'Respons en wat de diagnose mist door wie niet antwoordde',
  description:
    'De respons per kracht en per wijk (uitgenodigd, link geopend, geantwoord, klaar), wie nog niet klaar is (contactgegevens alleen voor een eigenaar), en welke uitkomsten van de diagnose van de kaart van alle perspectieven leunen op spelers die niet antwoordden: bevestigde, eenzijdige en niet genoemde relaties, per speler en samen, en de makelaars, losse spelers en kokers waar dat speelt.',
  params: workspaceParams.extend({ surveyId: z.uuid() }),
  querystring: z.object({ lang: z.enum(['nl', 'en']).optional() }),
  responses: { 200: surveyResultsSchema, ...problemResponses },
});

export const RESULTS_FILE_FORMATS = ['xlsx', 'csv'] as const;

export const exportSurveyResults = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/surveys/:surveyId/results/export',
  tags: ['uitvraag'],
  summary: 'Respons en dekking downloaden als bestand',
  description:
    'Per deelnemer de speler, kracht, wijken, status (link niet geopend, geopend, klaar, ingetrokken, teruggetrokken), of hij antwoordde, zijn relaties met andere deelnemers, hoeveel hij er zelf noemde en hoeveel alleen de andere kant, en de opmerkingen over wat de diagnose mist (een brug die niet antwoordde of niets zelf noemde, een losse speler die niet antwoordde, een koker waar de helft zweeg) in woorden; daarnaast de cijfers van de hele ronde. `xlsx`: bladen respons en samenvatting; `csv`: de tabel per deelnemer, dan een lege regel en de samenvatting (`;`, UTF-8 met BOM). Zonder contactgegevens. Cellen die met =, +, -, @, tab of regeleinde beginnen krijgen een apostrof ervoor (tegen formule-injectie).',
  params: workspaceParams.extend({ surveyId: z.uuid() }),
  querystring: z.strictObject({
    format: z.enum(RESULTS_FILE_FORMATS).describe('Bestandsformaat.'),
    lang: z
      .enum(['nl', 'en'])
      .optional()
      .describe('Taal van de kolomkoppen en opmerkingen; standaard die van Accept-Language.'),
  }),
  responses: { 200: z.string().describe('Het bestand'), ...problemResponses },
});
