/**
 * /api/v1/workspaces/{id}/members and …/invitations: who works in a werkruimte, in which role, and the
 * invitation links that let someone join; /api/v1/invitations/…: the invitee's side. Tokens travel in
 * request bodies, never in URLs, so they stay out of server logs and browser history. Contract:
 * src/contract/members.ts.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { members as contract } from '../../contract/index.ts';
import { AuthenticationError, type Member } from '../../domain/index.ts';
import {
  acceptInvitation,
  changeRole,
  createInvitation,
  previewInvitation,
  removeMember,
  revokeInvitation,
} from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';
import { authorOf, type SessionSettings } from '../plugins/authentication.ts';
import { signIn } from './session.ts';

/** Where the web app shows an invitation: the token sits in the fragment, which browsers never send. */
export function invitationPath(token: string): string {
  return `/uitnodiging#${token}`;
}

export const memberRoutes: FastifyPluginAsyncZod<{ store: Store; settings: SessionSettings }> = async (
  app,
  { store, settings },
) => {
  app.route({
    ...routeOf(contract.listMembers),
    config: { access: 'read' },
    handler: async (request) => ({ items: await store.members.list(request.workspace.id) }),
  });

  app.route({
    ...routeOf(contract.changeRole),
    config: { access: 'manage' },
    handler: async (request) => {
      const { workspaceId, userId } = request.params;
      await changeRole(store, authorOf(request), workspaceId, userId, request.body.role);
      return (await store.members.get(workspaceId, userId)) as Member;
    },
  });

  app.route({
    ...routeOf(contract.removeMember),
    config: { access: 'manage' },
    handler: async (request, reply) => {
      const { workspaceId, userId } = request.params;
      await removeMember(store, authorOf(request), workspaceId, userId);
      return reply.code(204).send(null);
    },
  });

  app.route({
    ...routeOf(contract.listInvitations),
    config: { access: 'manage' },
    handler: async (request) => ({ items: await store.invitations.listOpen(request.workspace.id) }),
  });

  app.route({
    ...routeOf(contract.createInvitation),
    config: { access: 'manage' },
    handler: async (request, reply) => {
      const created = await createInvitation(store, authorOf(request), request.workspace.id, request.body);
      return reply.code(201).send({ ...created, path: invitationPath(created.token) });
    },
  });

  app.route({
    ...routeOf(contract.revokeInvitation),
    config: { access: 'manage' },
    handler: async (request, reply) => {
      await revokeInvitation(store, authorOf(request), request.workspace.id, request.params.invitationId);
      return reply.code(204).send(null);
    },
  });

  app.route({
    ...routeOf(contract.previewInvitation),
    config: { auth: 'public', throttle: 'login' },
    handler: async (request) => previewInvitation(store, request.body.token),
  });

  app.route({
    ...routeOf(contract.acceptInvitation),
    config: { auth: 'public', throttle: 'login' },
    handler: async (request, reply) => {
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
  });
};
