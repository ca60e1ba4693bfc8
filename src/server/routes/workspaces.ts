/** /api/v1/workspaces: the werkruimtes themselves. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ValidationError,
  workspaceCreateSchema,
  workspaceSchema,
  workspaceUpdateSchema,
} from '../../domain/index.ts';
import type { Store } from '../../store/index.ts';
import {
  API_PREFIX,
  pageEnvelope,
  pageQuery,
  pageSchema,
  problemResponses,
  workspaceParams,
} from '../schemas.ts';
import type { GemeenteDirectory } from '../services/gemeenten.ts';

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
        response: { 200: pageSchema(workspaceSchema), ...problemResponses },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const result = await store.workspaces.list({ page, pageSize });
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
        response: { 201: workspaceSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      checkGemeente(request.body.gemeente);
      const workspace = await store.workspaces.create(request.body);
      return reply.code(201).header('location', `${API_PREFIX}/workspaces/${workspace.id}`).send(workspace);
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
        response: { 200: workspaceSchema, ...problemResponses },
      },
    },
    async (request) => request.workspace,
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
        response: { 200: workspaceSchema, 409: problemResponses[400], ...problemResponses },
      },
    },
    async (request) => {
      checkGemeente(request.body.gemeente);
      return store.workspaces.update(request.workspace.id, request.body);
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
      await store.workspaces.remove(request.workspace.id);
      return reply.code(204).send(null);
    },
  );
};
