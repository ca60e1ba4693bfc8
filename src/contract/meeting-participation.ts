/**
 * /meeting-participation/…: a participant's side of a bijeenkomst, without an account. The join code opens
 * the door; joining returns a participant token that the phone keeps and sends as
 * `Authorization: Bearer <token>` (never in a URL, so it stays out of logs and history). Every call checks
 * that the meeting is still open: closing it ends every participant's rights at once. A code or token that
 * does not work gets one answer, 404 `meeting_code`, whatever the reason.
 */
import { z } from 'zod';
import {
  contributionInputSchema,
  contributionSchema,
  meetingDoorSchema,
  meetingJoinSchema,
  participantViewSchema,
  REACTION_VERDICTS,
} from '../domain/index.ts';
import { problemResponses } from './common.ts';
import { endpoint } from './endpoint.ts';
import { liveQuery } from './meetings.ts';

const tags = ['bijeenkomst (deelnemer)'];

export const PARTICIPANT_TOKEN_HEADER = 'authorization';

export const openMeetingDoor = endpoint({
  method: 'POST',
  path: '/meeting-participation/door',
  tags,
  summary: 'Een bijeenkomst opzoeken met de code',
  description:
    'Geeft de naam van de bijeenkomst en de groepen om uit te kiezen. Verkeerde codes tellen per adres.',
  body: z.strictObject({ code: z.string().max(40) }),
  responses: { 200: meetingDoorSchema, ...problemResponses },
});

export const joinMeeting = endpoint({
  method: 'POST',
  path: '/meeting-participation/join',
  tags,
  summary: 'Meedoen aan een bijeenkomst',
  description:
    'Met de code, een groep en eventueel een (voor)naam. Geeft een sleutel (`token`) die de telefoon bewaart en bij elke volgende vraag meestuurt.',
  body: meetingJoinSchema,
  responses: {
    201: z.object({ token: z.string(), view: participantViewSchema }),
    ...problemResponses,
  },
});

export const participantView = endpoint({
  method: 'GET',
  path: '/meeting-participation/view',
  tags,
  summary: 'Wat de deelnemer ziet',
  description: 'De bijeenkomst, de spelers om uit te kiezen, wat is overgenomen en de eigen bijdragen.',
  responses: { 200: participantViewSchema, ...problemResponses },
});

export const sendContribution = endpoint({
  method: 'POST',
  path: '/meeting-participation/contributions',
  tags,
  summary: 'Een bijdrage sturen',
  description:
    'Een speler die ontbreekt, wie met wie werkt, of waar een speler staat op het vraagstuk. Een beperkt aantal per minuut.',
  body: contributionInputSchema,
  responses: { 201: contributionSchema, ...problemResponses },
});

export const withdrawContribution = endpoint({
  method: 'DELETE',
  path: '/meeting-participation/contributions/:contributionId',
  tags,
  summary: 'Een eigen bijdrage intrekken',
  description:
    'Kan zolang de bijeenkomst open is; wat al op de kaart stond als claim van de groep, gaat eraf.',
  params: z.object({ contributionId: z.uuid() }),
  responses: { 204: z.null().describe('Ingetrokken'), ...problemResponses },
});

export const reactToContribution = endpoint({
  method: 'PUT',
  path: '/meeting-participation/contributions/:contributionId/reaction',
  tags,
  summary: 'Reageren op een bijdrage: klopt of klopt niet',
  description:
    'Op een overgenomen bijdrage van een ander. Over een relatie wordt het een beoordeling van de eigen groep. `null` trekt de reactie in.',
  params: z.object({ contributionId: z.uuid() }),
  body: z.strictObject({ verdict: z.enum(REACTION_VERDICTS).nullable() }),
  responses: { 200: contributionSchema, ...problemResponses },
});

export const participantEvents = endpoint({
  method: 'GET',
  path: '/meeting-participation/events',
  tags,
  summary: 'De bijeenkomst live volgen (deelnemer)',
  description:
    'Server-sent events: wat is overgenomen, wat er met de eigen bijdragen gebeurt, en het sluiten. Gaat verder na `after` of `Last-Event-ID`.',
  querystring: liveQuery,
  responses: { 200: z.string().describe('text/event-stream'), ...problemResponses },
});
