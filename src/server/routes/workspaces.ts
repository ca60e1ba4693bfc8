/** /api/v1/workspaces: the werkruimtes themselves. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ROLES,
  ValidationError,
  workspaceCreateSchema,
  workspaceSchema,
  workspaceUpdateSchema,
} from '../../domain/index.ts';
import type { GemeenteDirectory } from '../../services/index.ts';
import { createWorkspace, deleteWorkspace, updateWorkspace } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { authorOf, principalOf } from '../plugins/authentication.ts';
import {
  API_PREFIX,
  pageEnvelope,
  pageQuery,
  pageSchema,
  problemResponses,
  workspaceParams,
} from '../schemas.ts';

/** A werkruimte as its member sees it: with the member's own role. */
const workspaceWithRole = workspaceSchema.extend({ role: z.enum(ROLES) });

export const workspaceRoutes: FastifyPluginAsyncZod<{ store: Store; gemeenten: GemeenteDirectory }> = async (
  app,
  { store, gemeenten },
) => {
  const tags = ['werkruimtes'];

  function checkGemeente(code: string | undefined) {
    if (code !== undefined && !gemeenten.has(code)) {
      throw new ValidationError([{ path: 'gemeente', code: 'unknown_gemeente' }]);
    }
  }

  app.get(
    '/workspaces',
    {
      schema: {
        tags,
        summary: 'Werkruimtes opvragen',
        querystring: z.object(pageQuery),
        response: { 200: pageSchema(workspaceWithRole), ...problemResponses },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const result = await store.workspaces.listForUser(principalOf(request).user.id, {
        page,
        pageSize,
      });
      return pageEnvelope(request, result.items, result.totalItems, page, pageSize);
    },
  );

  app.post(
    '/workspaces',
    {
      schema: {
        tags,
        summary: 'Werkruimte aanmaken',
        body: workspaceCreateSchema,
        response: { 201: workspaceWithRole, ...problemResponses },
      },
    },
    async (request, reply) => {
      checkGemeente(request.body.gemeente);
      const workspace = await createWorkspace(store, authorOf(request), request.body);
      return reply
        .code(201)
        .header('location', `${API_PREFIX}/workspaces/${workspace.id}`)
        .send({ ...workspace, role: 'eigenaar' as const });
    },
  );

  app.get(
    '/workspaces/:workspaceId',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Eén werkruimte opvragen',
        params: workspaceParams,
        response: { 200: workspaceWithRole, ...problemResponses },
      },
    },
    async (request) => ({ ...request.workspace, role: request.role }),
  );

  app.patch(
    '/workspaces/:workspaceId',
    {
      config: { access: 'edit' },
      schema: {
        tags,
        summary: 'Werkruimte wijzigen',
        description:
          'Stuur de `version` mee die u las. Is die niet meer actueel, dan volgt 409 en verandert er niets.',
        params: workspaceParams,
        body: workspaceUpdateSchema,
        response: { 200: workspaceWithRole, 409: problemResponses[400], ...problemResponses },
      },
    },
    async (request) => {
      checkGemeente(request.body.gemeente);
      const workspace = await updateWorkspace(store, authorOf(request), request.workspace.id, request.body);
      return { ...workspace, role: request.role };
    },
  );

  app.delete(
    '/workspaces/:workspaceId',
    {
      config: { access: 'manage' },
      schema: {
        tags,
        summary: 'Werkruimte verwijderen, met alle spelers en relaties',
        params: workspaceParams,
        response: { 204: z.null().describe('Verwijderd'), ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteWorkspace(store, authorOf(request), request.workspace.id);
      return reply.code(204).send(null);
    },
  );
};
