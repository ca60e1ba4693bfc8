/**
 * GET /api/v1/workspaces/{workspaceId}/graph: the whole map in one response for the web map (contract:
 * src/contract/graph.ts). The store hands over the spelers and relaties as JSON text rendered by the
 * database; the route splices them into the response without parsing and re-serialising 60,000 objects
 * (see src/store/graph.ts), and keeps the result until the werkruimte changes (graph-cache.ts). The ETag
 * lets a browser ask "changed?". With `perspective=` or `rule=` it is the map as those perspectives see it,
 * cached under its own key and with its own ETag; without them the answer is exactly the map as stored.
 */
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { graph, perspectiveViewOf } from '../../contract/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';
import { createGraphCache, perspectiveViewKey, preferredEncoding } from '../graph-cache.ts';

export const graphRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  const cache = createGraphCache(store);
  app.route({
    ...routeOf(graph.getGraph),
    config: { access: 'read' },
    // The body is already JSON; the contract's schema documents its shape for OpenAPI.
    serializerCompiler: () => (data) => data as string,
    handler: async (request, reply) => {
      const perspectives = perspectiveViewOf(request.query);
      const rendered = await cache.render(request.workspace, request.workspaceChangeId, perspectives);
      // A view's ETag names it too (hashed: a selection of many ids would make a long header).
      const viewTag = perspectives
        ? `:${createHash('sha256').update(perspectiveViewKey(perspectives)).digest('base64url').slice(0, 16)}`
        : '';
      const etag = `"${request.workspace.id}:${rendered.changeId}:${request.workspace.version}${viewTag}"`;
      // Like every API answer, not stored by browsers (no-store); API clients can still revalidate by ETag.
      reply.header('etag', etag).header('vary', 'accept-encoding');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send(undefined as never);
      reply.type('application/json; charset=utf-8');
      const encoding = preferredEncoding(request.headers['accept-encoding']);
      if (!encoding) return reply.send(rendered.body as never);
      return reply.header('content-encoding', encoding).send((await rendered.encoded(encoding)) as never);
    },
  });
};
