/**
 * /api/v1/workspaces/{id}/members and …/invitations: who works in a werkruimte, in which role, and the
 * invitation links that let someone join; /api/v1/invitations/…: the invitee's side. Tokens travel in
 * request bodies, never in URLs, so they stay out of server logs and browser history.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AuthenticationError,
  invitationCreateSchema,
  invitationSchema,
  memberSchema,
  newAccountSchema,
  ROLES,
} from '../../domain/index.ts';
import {
  acceptInvitation,
  changeRole,
  createInvitation,
  previewInvitation,
  removeMember,
  revokeInvitation,
} from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { authorOf, type SessionSettings } from '../plugins/authentication.ts';
import { problemResponses, workspaceParams } from '../schemas.ts';
import { sessionSchema, signIn } from './session.ts';

const memberParams = workspaceParams.extend({ userId: z.uuid() });
const invitationParams = workspaceParams.extend({ invitationId: z.uuid() });
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: 'invalid_value' });

/** Where the web app shows an invitation: the token sits in the fragment, which browsers never send. */
export function invitationPath(token: string): string {
  return `/uitnodiging#${token}`;
}

export const memberRoutes: FastifyPluginAsyncZod<{ store: Store; settings: SessionSettings }> = async (
  app,
  { store, settings },
) => {
  const tags = ['leden'];

  app.get(
    '/workspaces/:workspaceId/members',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Leden van de werkruimte, met hun rol',
        params: workspaceParams,
        response: { 200: z.object({ items: z.array(memberSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await store.members.list(request.workspace.id) }),
  );

  app.patch(
    '/workspaces/:workspaceId/members/:userId',
    {
      config: { access: 'manage' },
      schema: {
        tags,
        summary: 'De rol van een lid wijzigen',
        description: 'Alleen een eigenaar. De laatste eigenaar kan geen andere rol krijgen (409).',
        params: memberParams,
        body: z.strictObject({ role: z.enum(ROLES) }),
        response: { 200: memberSchema, 409: problemResponses[400], ...problemResponses },
      },
    },
    async (request) => {
      const { workspaceId, userId } = request.params;
      await changeRole(store, authorOf(request), workspaceId, userId, request.body.role);
      return (await store.members.get(workspaceId, userId)) as z.infer<typeof memberSchema>;
    },
  );

  app.delete(
    '/workspaces/:workspaceId/members/:userId',
    {
      config: { access: 'manage' },
      schema: {
        tags,
        summary: 'Een lid uit de werkruimte halen',
        description: 'Alleen een eigenaar. De laatste eigenaar kan niet weg (409).',
        params: memberParams,
        response: { 204: z.null().describe('Verwijderd'), 409: problemResponses[400], ...problemResponses },
      },
    },
    async (request, reply) => {
      const { workspaceId, userId } = request.params;
      await removeMember(store, authorOf(request), workspaceId, userId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/workspaces/:workspaceId/invitations',
    {
      config: { access: 'manage' },
      schema: {
        tags,
        summary: 'Open uitnodigingen',
        params: workspaceParams,
        response: { 200: z.object({ items: z.array(invitationSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await store.invitations.listOpen(request.workspace.id) }),
  );

  app.post(
    '/workspaces/:workspaceId/invitations',
    {
      config: { access: 'manage' },
      schema: {
        tags,
        summary: 'Een uitnodigingslink maken',
        description:
          'De link is één keer te gebruiken en verloopt na `expiresInDays` dagen (standaard 7, hoogstens 30). Het token staat alleen in dit antwoord; bewaar of deel het meteen.',
        params: workspaceParams,
        body: invitationCreateSchema,
        response: {
          201: z.object({ invitation: invitationSchema, token: z.string(), path: z.string() }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const created = await createInvitation(store, authorOf(request), request.workspace.id, request.body);
      return reply.code(201).send({ ...created, path: invitationPath(created.token) });
    },
  );

  app.delete(
    '/workspaces/:workspaceId/invitations/:invitationId',
    {
      config: { access: 'manage' },
      schema: {
        tags,
        summary: 'Een uitnodiging intrekken',
        params: invitationParams,
        response: { 204: z.null().describe('Ingetrokken'), ...problemResponses },
      },
    },
    async (request, reply) => {
      await revokeInvitation(store, authorOf(request), request.workspace.id, request.params.invitationId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/invitations/preview',
    {
      config: { auth: 'public', throttle: 'login' },
      schema: {
        tags,
        summary: 'Bekijken waarvoor een uitnodiging is',
        body: z.strictObject({ token: tokenSchema }),
        response: {
          200: z.object({ workspaceName: z.string(), role: z.enum(ROLES), expiresAt: z.string() }),
          410: problemResponses[400],
          ...problemResponses,
        },
      },
    },
    async (request) => previewInvitation(store, request.body.token),
  );

  app.post(
    '/invitations/accept',
    {
      config: { auth: 'public', throttle: 'login' },
      schema: {
        tags,
        summary: 'Een uitnodiging aannemen',
        description:
          'Ingelogd: u wordt lid met de rol uit de uitnodiging. Niet ingelogd: stuur `account` mee om een account te maken; u bent daarna ingelogd.',
        body: z.strictObject({ token: tokenSchema, account: newAccountSchema.optional() }),
        response: {
          200: z.object({
            workspaceId: z.uuid(),
            role: z.enum(ROLES),
            session: sessionSchema.optional(),
          }),
          409: problemResponses[400],
          410: problemResponses[400],
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const { token, account } = request.body;
      if (request.principal) {
        const { workspaceId, role } = await acceptInvitation(store, token, {
          userId: request.principal.user.id,
        });
        return { workspaceId, role };
      }
      if (!account) throw new AuthenticationError('unauthenticated');
      const { workspaceId, role, newUser } = await acceptInvitation(store, token, { account });
      const session = newUser ? await signIn(store, settings, request, reply, newUser) : undefined;
      return { workspaceId, role, ...(session ? { session } : {}) };
    },
  );
};
