/**
 * A route's method, URL and schema from its endpoint in src/contract, so the server answers exactly what
 * the contract (and the OpenAPI document made from the routes) says. The route adds its access level and
 * its handler: `app.route({ ...routeOf(contract.getActor), config: { access: 'read' }, handler })`.
 */
import type { EndpointDefinition, EndpointPart } from '../contract/index.ts';

export function routeOf<const E extends EndpointDefinition>(definition: E) {
  // Only the parts the endpoint has: Fastify warns about a schema key that is present but undefined.
  const parts = { params: definition.params, querystring: definition.querystring, body: definition.body };
  return {
    method: definition.method,
    url: definition.path,
    schema: {
      tags: [...definition.tags],
      summary: definition.summary,
      ...(definition.description ? { description: definition.description } : {}),
      ...Object.fromEntries(Object.entries(parts).filter(([, schema]) => schema !== undefined)),
      response: definition.responses as E['responses'],
    } as {
      tags: string[];
      summary: string;
      description?: string;
      params: EndpointPart<E, 'params'>;
      querystring: EndpointPart<E, 'querystring'>;
      body: EndpointPart<E, 'body'>;
      response: E['responses'];
    },
  };
}
