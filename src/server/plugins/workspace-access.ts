/**
 * The one authorisation point for everything inside a werkruimte. Every route whose path holds
 * `:workspaceId` must declare `config.access` ('read' | 'edit' | 'manage'); registering one without it fails
 * at start, so a new route cannot forget the check. The check loads the werkruimte and the caller's role in
 * it: no werkruimte, or no membership, is a 404 (ids of other werkruimtes leak nothing); a role too low for
 * the level is a 403. The handler gets the werkruimte and the role on the request.
 */
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import {
  ACCESS_LEVELS,
  type AccessLevel,
  ForbiddenError,
  NotFoundError,
  type Role,
  roleAllows,
  roleNeeded,
  type Workspace,
} from '../../domain/index.ts';
import type { Store } from '../../store/index.ts';
import { principalOf } from './authentication.ts';

export { ACCESS_LEVELS, type AccessLevel };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessLevel;
  }
  interface FastifyRequest {
    /** Set by the access check on every werkruimte route. */
    workspace: Workspace;
    /** The caller's role in that werkruimte. */
    role: Role;
    /** The werkruimte's change counter (its newest audit event id), read with it. */
    workspaceChangeId: number;
  }
}

export function isWorkspaceRoute(url: string): boolean {
  return url.includes(':workspaceId');
}

export class MissingAccessLevelError extends Error {
  override readonly name = 'MissingAccessLevelError';
}

/** The single decision: the caller's role in the werkruimte, if it allows this level; throws otherwise. */
export async function authorize(
  store: Store,
  userId: string,
  workspaceId: string,
  level: AccessLevel,
): Promise<{ workspace: Workspace; role: Role; changeId: number }> {
  const granted = await store.workspaces.getWithRole(workspaceId, userId);
  // Not a member: answer as if it did not exist, so ids of other werkruimtes leak nothing.
  if (!granted) throw new NotFoundError('workspace', workspaceId);
  if (!roleAllows(granted.role, level)) throw new ForbiddenError(roleNeeded(level), granted.role);
  return granted;
}

export const workspaceAccess = fp<{ store: Store }>(
  async (app: FastifyInstance, { store }) => {
    app.decorateRequest('workspace', null as unknown as Workspace);
    app.decorateRequest('role', null as unknown as Role);
    app.decorateRequest('workspaceChangeId', 0);

    async function checkWorkspaceAccess(request: FastifyRequest) {
      const level = request.routeOptions.config.access;
      const { workspaceId } = request.params as { workspaceId: string };
      if (!level) throw new NotFoundError('workspace', workspaceId);
      const granted = await authorize(store, principalOf(request).user.id, workspaceId, level);
      request.workspace = granted.workspace;
      request.role = granted.role;
      request.workspaceChangeId = granted.changeId;
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
