/**
 * /workspaces/{workspaceId}/members and …/invitations: who works in a werkruimte, in which role, and the
 * invitation links that let someone join; /invitations/…: the invitee's side. Tokens travel in request
 * bodies, never in URLs, so they stay out of server logs and browser history.
 */
import { z } from 'zod';
import {
  invitationCreateSchema,
  invitationSchema,
  memberSchema,
  newAccountSchema,
  ROLES,
} from '../domain/index.ts';
import { problemResponses, workspaceParams } from './common.ts';
import { endpoint } from './endpoint.ts';
import { sessionSchema } from './session.ts';

const tags = ['leden'];
const memberParams = workspaceParams.extend({ userId: z.uuid() });
const invitationParams = workspaceParams.extend({ invitationId: z.uuid() });
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: 'invalid_value' });

export const listMembers = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/members',
  tags,
  summary: 'Leden van de werkruimte, met hun rol',
  params: workspaceParams,
  responses: { 200: z.object({ items: z.array(memberSchema) }), ...problemResponses },
});

export const changeRole = endpoint({
  method: 'PATCH',
  path: '/workspaces/:workspaceId/members/:userId',
  tags,
  summary: 'De rol van een lid wijzigen',
  description: 'Alleen een eigenaar. De laatste eigenaar kan geen andere rol krijgen (409).',
  params: memberParams,
  body: z.strictObject({ role: z.enum(ROLES) }),
  responses: { 200: memberSchema, 409: problemResponses[400], ...problemResponses },
});

export const removeMember = endpoint({
  method: 'DELETE',
  path: '/workspaces/:workspaceId/members/:userId',
  tags,
  summary: 'Een lid uit de werkruimte halen',
  description: 'Alleen een eigenaar. De laatste eigenaar kan niet weg (409).',
  params: memberParams,
  responses: { 204: z.null().describe('Verwijderd'), 409: problemResponses[400], ...problemResponses },
});

export const listInvitations = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/invitations',
  tags,
  summary: 'Open uitnodigingen',
  params: workspaceParams,
  responses: { 200: z.object({ items: z.array(invitationSchema) }), ...problemResponses },
});

export const createInvitation = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/invitations',
  tags,
  summary: 'Een uitnodigingslink maken',
  description:
    'De link is één keer te gebruiken en verloopt na `expiresInDays` dagen (standaard 7, hoogstens 30). Het token staat alleen in dit antwoord; bewaar of deel het meteen.',
  params: workspaceParams,
  body: invitationCreateSchema,
  responses: {
    201: z.object({ invitation: invitationSchema, token: z.string(), path: z.string() }),
    ...problemResponses,
  },
});

export const revokeInvitation = endpoint({
  method: 'DELETE',
  path: '/workspaces/:workspaceId/invitations/:invitationId',
  tags,
  summary: 'Een uitnodiging intrekken',
  params: invitationParams,
  responses: { 204: z.null().describe('Ingetrokken'), ...problemResponses },
});

export const previewInvitation = endpoint({
  method: 'POST',
  path: '/invitations/preview',
  tags,
  summary: 'Bekijken waarvoor een uitnodiging is',
  body: z.strictObject({ token: tokenSchema }),
  responses: {
    200: z.object({ workspaceName: z.string(), role: z.enum(ROLES), expiresAt: z.string() }),
    410: problemResponses[400],
    ...problemResponses,
  },
});

export const acceptInvitation = endpoint({
  method: 'POST',
  path: '/invitations/accept',
  tags,
  summary: 'Een uitnodiging aannemen',
  description:
    'Ingelogd: u wordt lid met de rol uit de uitnodiging. Niet ingelogd: stuur `account` mee om een account te maken; u bent daarna ingelogd.',
  body: z.strictObject({ token: tokenSchema, account: newAccountSchema.optional() }),
  responses: {
    200: z.object({
      workspaceId: z.uuid(),
      role: z.enum(ROLES),
      session: sessionSchema.optional(),
    }),
    409: problemResponses[400],
    410: problemResponses[400],
    ...problemResponses,
  },
});
