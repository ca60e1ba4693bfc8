/**
 * The one authorisation point for everything inside a werkruimte. Every route whose path holds
 * `:workspaceId` must declare `config.access` ('read' | 'edit' | 'manage'); registering one without it fails
 * at start, so a new route cannot forget the check. The check loads the werkruimte (404 when it does not
 * exist), asks `authorize` whether the caller may act at that level, and hands the werkruimte to the
 * handler. Today there is one local user who may do everything; accounts will change `authorize` only.
 */
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { NotFoundError, type Workspace } from '../../domain/index.ts';
import type { Store } from '../../store/index.ts';

export const ACCESS_LEVELS = ['read', 'edit', 'manage'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessLevel;
  }
  interface FastifyRequest {
    /** Set by the access check on every werkruimte route. */
    workspace: Workspace;
  }
}

/** Who is asking. Until accounts exist, every request comes from the local user. */
export interface Principal {
  kind: 'local';
}

/** The single decision "may this caller do this in this werkruimte". */
export function authorize(_principal: Principal, _workspace: Workspace, _level: AccessLevel): boolean {
  return true;
}

export function isWorkspaceRoute(url: string): boolean {
  return url.includes(':workspaceId');
}

export class MissingAccessLevelError extends Error {
  override readonly name = 'MissingAccessLevelError';
}

export const workspaceAccess = fp<{ store: Store }>(
  async (app: FastifyInstance, { store }) => {
    app.decorateRequest('workspace', null as unknown as Workspace);

    async function checkWorkspaceAccess(request: FastifyRequest) {
      const level = request.routeOptions.config.access;
      const { workspaceId } = request.params as { workspaceId: string };
      const workspace = level ? await store.workspaces.get(workspaceId) : null;
      if (!level || !workspace) throw new NotFoundError('workspace', workspaceId);
      if (!authorize({ kind: 'local' }, workspace, level)) {
        // Not a member: answer as if it did not exist, so ids of other werkruimtes leak nothing.
        throw new NotFoundError('workspace', workspaceId);
      }
      request.workspace = workspace;
    }

    app.addHook('onRoute', (route: RouteOptions) => {
      if (!isWorkspaceRoute(route.url)) return;
      const access = route.config?.access;
      if (!access || !ACCESS_LEVELS.includes(access)) {
        throw new MissingAccessLevelError(`${route.method} ${route.url} must declare config.access`);
      }
      const existing = route.preHandler ? [route.preHandler].flat() : [];
      route.preHandler = [checkWorkspaceAccess, ...existing];
    });
  },
  { name: 'workspace-access' },
);
