/** /api/v1/workspaces: the werkruimtes themselves (contract: src/contract/workspaces.ts). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { API_PREFIX, workspaces } from '../../contract/index.ts';
import { ForbiddenError, roleAllows, roleNeeded, ValidationError } from '../../domain/index.ts';
import type { GemeenteDirectory } from '../../services/index.ts';
import { createWorkspace, deleteWorkspace, updateWorkspace } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';
import { pageEnvelope } from '../page-envelope.ts';
import { authorOf, principalOf } from '../plugins/authentication.ts';

export const workspaceRoutes: FastifyPluginAsyncZod<{ store: Store; gemeenten: GemeenteDirectory }> = async (
  app,
  { store, gemeenten },
) => {
  function checkGemeente(code: string | undefined) {
    if (code !== undefined && !gemeenten.has(code)) {
      throw new ValidationError([{ path: 'gemeente', code: 'unknown_gemeente' }]);
    }
  }

  app.route({
    ...routeOf(workspaces.listWorkspaces),
    handler: async (request) => {
      const { page, pageSize } = request.query;
      const result = await store.workspaces.listForUser(principalOf(request).user.id, {
        page,
        pageSize,
      });
      return pageEnvelope(request, result.items, result.totalItems, page, pageSize);
    },
  });

  app.route({
    ...routeOf(workspaces.createWorkspace),
    handler: async (request, reply) => {
      checkGemeente(request.body.gemeente);
      const workspace = await createWorkspace(store, authorOf(request), request.body);
      return reply
        .code(201)
        .header('location', `${API_PREFIX}/workspaces/${workspace.id}`)
        .send({ ...workspace, role: 'eigenaar' as const });
    },
  });

  app.route({
    ...routeOf(workspaces.getWorkspace),
    config: { access: 'read' },
    handler: async (request) => ({ ...request.workspace, role: request.role }),
  });

  app.route({
    ...routeOf(workspaces.updateWorkspace),
    config: { access: 'edit' },
    handler: async (request) => {
      // Redacteurs edit the werkruimte's description; its settings (the momentopname schedule) are the
      // eigenaar's, like its members.
      if (request.body.snapshotSchedule !== undefined && !roleAllows(request.role, 'manage'))
        throw new ForbiddenError(roleNeeded('manage'), request.role);
      checkGemeente(request.body.gemeente);
      const workspace = await updateWorkspace(store, authorOf(request), request.workspace.id, request.body);
      return { ...workspace, role: request.role };
    },
  });

  app.route({
    ...routeOf(workspaces.deleteWorkspace),
    config: { access: 'manage' },
    handler: async (request, reply) => {
      await deleteWorkspace(store, authorOf(request), request.workspace.id);
      return reply.code(204).send(null);
    },
  });
};
