/**
 * Records every route as it is registered. Tests walk this table to prove each route is documented in the
 * OpenAPI document and each werkruimte route declares its access level, so a new route cannot slip past.
 */
import type { FastifyInstance, HTTPMethods } from 'fastify';
import fp from 'fastify-plugin';
import type { AuthMode } from './authentication.ts';
import type { AccessLevel } from './workspace-access.ts';

export interface RouteEntry {
  method: HTTPMethods;
  url: string;
  access: AccessLevel | undefined;
  /** Who may call it at all: any signed-in user (default), anyone, or administrators. */
  auth: AuthMode;
  hidden: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

export const routeTable = fp(
  async (app: FastifyInstance) => {
    const entries: RouteEntry[] = [];
    app.decorate('routeTable', entries);
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        if (method === 'HEAD') continue; // Fastify adds HEAD for every GET
        entries.push({
          method,
          url: route.url,
          access: route.config?.access,
          auth: route.config?.auth ?? 'user',
          hidden: Boolean((route.schema as { hide?: boolean } | undefined)?.hide),
        });
      }
    });
  },
  { name: 'route-table' },
);
