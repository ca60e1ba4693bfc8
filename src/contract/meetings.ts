/**
 * /workspaces/{workspaceId}/meetings: bijeenkomsten, the facilitator's side of a live stadsgesprek. Start
 * and close a meeting, moderate the contributions that come in, follow it live (server-sent events) and
 * read its summary afterwards.
 */
import { z } from 'zod';
import {
  CONTRIBUTION_STATUSES,
  contributionDecisionSchema,
  contributionSchema,
  meetingCreateSchema,
  meetingSchema,
  meetingSummarySchema,
  meetingUpdateSchema,
} from '../domain/index.ts';
import { problemResponses, workspaceParams } from './common.ts';
import { endpoint } from './endpoint.ts';

const tags = ['bijeenkomst'];
const meetingParams = workspaceParams.extend({ meetingId: z.uuid() });
const contributionParams = meetingParams.extend({ contributionId: z.uuid() });

/**
 * `?after=<event id>`: the live stream starts after this event (a reconnecting client sends the last one
 * it saw; `Last-Event-ID` does the same and wins).
 */
export const liveQuery = z.object({
  after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});

export const listMeetings = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/meetings',
  tags,
  summary: 'Bijeenkomsten opvragen',
  description: 'Nieuwste eerst, met per bijeenkomst de groepen, hoeveel deelnemers en hoeveel bijdragen.',
  params: workspaceParams,
  responses: { 200: z.object({ items: z.array(meetingSchema) }), ...problemResponses },
});

export const createMeeting = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/meetings',
  tags,
  summary: 'Bijeenkomst beginnen',
  description:
    'Maakt een bijeenkomst met een code van 6 tekens waarmee deelnemers meedoen, en opent hem meteen (tenzij `open: false`).',
  params: workspaceParams,
  body: meetingCreateSchema,
  responses: { 201: meetingSchema, ...problemResponses },
});

export const getMeeting = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/meetings/:meetingId',
  tags,
  summary: 'Eén bijeenkomst opvragen',
  params: meetingParams,
  responses: { 200: meetingSchema, ...problemResponses },
});

export const updateMeeting = endpoint({
  method: 'PATCH',
  path: '/workspaces/:workspaceId/meetings/:meetingId',
  tags,
  summary: 'Bijeenkomst wijzigen, openen of sluiten',
  description:
    'Sluiten beëindigt meteen wat deelnemers mogen: sturen, intrekken en reageren. Een gesloten bijeenkomst blijft gesloten.',
  params: meetingParams,
  body: meetingUpdateSchema,
  responses: { 200: meetingSchema, ...problemResponses },
});

export const listContributions = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/meetings/:meetingId/contributions',
  tags,
  summary: 'Bijdragen opvragen',
  description: 'Oudste eerst (de wachtrij), met de namen van de spelers waar ze over gaan.',
  params: meetingParams,
  querystring: z.object({ status: z.enum(CONTRIBUTION_STATUSES).optional() }),
  responses: {
    200: z.object({ items: z.array(contributionSchema), lastEventId: z.number().int() }),
    ...problemResponses,
  },
});

export const decideContribution = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/meetings/:meetingId/contributions/:contributionId/decision',
  tags,
  summary: 'Over een bijdrage beslissen',
  description:
    'Overnemen (een nieuwe speler of relatie, of een beoordeling of positie van de groep), samenvoegen met een bestaande speler of relatie, of afwijzen.',
  params: contributionParams,
  body: contributionDecisionSchema,
  responses: { 200: contributionSchema, ...problemResponses },
});

export const meetingEvents = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/meetings/:meetingId/events',
  tags,
  summary: 'De bijeenkomst live volgen',
  description:
    'Server-sent events (`text/event-stream`): elke gebeurtenis heeft een volgnummer als id. Na een onderbreking gaat de stroom verder na `after` of `Last-Event-ID`, zonder dubbele.',
  params: meetingParams,
  querystring: liveQuery,
  responses: { 200: z.string().describe('text/event-stream'), ...problemResponses },
});

export const meetingSummary = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/meetings/:meetingId/summary',
  tags,
  summary: 'Samenvatting van de bijeenkomst',
  description: 'Wie meededen per groep, wat er bijkwam en wat werd betwist.',
  params: meetingParams,
  responses: { 200: meetingSummarySchema, ...problemResponses },
});
