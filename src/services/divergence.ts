/**
 * Waar verschillen de beelden? The comparison of two perspectives (src/analysis/claims/divergence.ts) on a
 * werkruimte's stored map and claims, and — for a vraagstuk — on the current positions. Perspectives and
 * the vraagstuk must be the werkruimte's own; otherwise the parameter is named in the refusal.
 */
import { positionDivergence, tieDivergence } from '../analysis/index.ts';
import type { divergence } from '../contract/index.ts';
import { type GraphRelation, type Issue, ValidationError } from '../domain/index.ts';
import type { Store } from '../store/index.ts';

/** Enough for every position of a vraagstuk: one speler × perspective each. */
const ALL_POSITIONS = { page: 1, pageSize: 1_000_000 };

export async function compareViews(
  store: Store,
  workspaceId: string,
  query: { a: string; b: string; topic?: string | undefined },
): Promise<divergence.Divergence> {
  const [a, b, topic] = await Promise.all([
    store.perspectives.get(workspaceId, query.a),
    store.perspectives.get(workspaceId, query.b),
    query.topic ? store.topics.get(workspaceId, query.topic) : null,
  ]);
  const issues: Issue[] = [];
  if (!a) issues.push({ path: 'a', code: 'perspective_not_in_workspace', params: { value: query.a } });
  if (!b) issues.push({ path: 'b', code: 'perspective_not_in_workspace', params: { value: query.b } });
  if (query.topic && !topic)
    issues.push({ path: 'topic', code: 'topic_not_in_workspace', params: { value: query.topic } });
  if (!a || !b || issues.length > 0) throw new ValidationError(issues);

  // Only the two perspectives' claims and the editors' are read; the spelers are not needed.
  const [claims, relations] = await Promise.all([
    store.assessments.claimsOf(workspaceId, [a.id, b.id]),
    store.graph.loadRelations(workspaceId),
  ]);
  const ties = tieDivergence({
    relations,
    assessments: claims.claims,
    editorsPerspectiveId: claims.editorsPerspectiveId,
    a: a.id,
    b: b.id,
  });
  const byId = new Map(relations.map((relation) => [relation.id, relation]));
  const tie = (id: string) => {
    const { source, target, type } = byId.get(id) as GraphRelation;
    return { id, source, target, type };
  };
  const result: divergence.Divergence = {
    a: { id: a.id, name: a.name },
    b: { id: b.id, name: b.name },
    agreement: ties.agreement,
    shared: ties.shared,
    contested: ties.contested.map(({ relationId, a: sa, b: sb }) => ({
      relation: tie(relationId),
      a: sa,
      b: sb,
    })),
    onlyA: ties.onlyA.map(tie),
    onlyB: ties.onlyB.map(tie),
    strengthDifferences: ties.strengthDifferences.map(({ relationId, a: sa, b: sb }) => ({
      relation: tie(relationId),
      a: sa,
      b: sb,
    })),
  };
  if (topic) {
    const current = await store.topics.listPositions(
      workspaceId,
      topic.id,
      { current: true, perspectiveIds: [a.id, b.id] },
      ALL_POSITIONS,
    );
    result.positions = positionDivergence(current.items, a.id, b.id);
  }
  return result;
}
