/**
 * GET /api/v1/compare?a=&b=: two werkruimtes side by side (contract: src/contract/compare.ts). The path
 * names no werkruimte, so the access check plugin does not run; the handler asks the same check
 * (`authorize`, read access) for each of the two. One the caller cannot read answers as any werkruimte
 * they cannot read does — 404, whether it exists or not — with `a` or `b` (or both) in `invalidParams`.
 * The diagnoses run on the app's analysis thread, as `GET …/analysis` does.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { compare } from '../../contract/index.ts';
import { type Issue, NotFoundError, type Workspace } from '../../domain/index.ts';
import { type AnalysisRunner, compareWorkspaces } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';
import { principalOf } from '../plugins/authentication.ts';
import { authorize } from '../plugins/workspace-access.ts';

export const compareRoutes: FastifyPluginAsyncZod<{ store: Store; runner: AnalysisRunner }> = async (
  app,
  { store, runner },
) => {
  app.route({
    ...routeOf(compare.compareWorkspaces),
    // Computed from checked data and possibly large (two diagnoses' cards, hundreds of matches): serialised
    // as it is, like the diagnosis; the API tests check answers against the contract's schema.
    serializerCompiler: () => (data) => JSON.stringify(data),
    handler: async (request) => {
      const { a, b, lang } = request.query;
      const userId = principalOf(request).user.id;
      const [first, second] = [await readable(store, userId, a, 'a'), await readable(store, userId, b, 'b')];
      if (first.issue || second.issue) {
        const issues = [first.issue, second.issue].filter((issue) => issue !== undefined);
        throw new NotFoundError('workspace', first.issue ? a : b, issues);
      }
      return compareWorkspaces(store, runner, first.workspace, second.workspace, lang ?? request.locale);
    },
  });
};

/** The werkruimte if the caller may read it; otherwise the issue that names the field that asked for it. */
async function readable(
  store: Store,
  userId: string,
  workspaceId: string,
  field: 'a' | 'b',
): Promise<{ workspace: Workspace; issue?: undefined } | { workspace?: undefined; issue: Issue }> {
  try {
    return { workspace: (await authorize(store, userId, workspaceId, 'read')).workspace };
  } catch (error) {
    if (error instanceof NotFoundError) return { issue: { path: field, code: 'workspace_not_found' } };
    throw error;
  }
}
