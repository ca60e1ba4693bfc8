/**
 * The map as chosen perspectives see it (`perspective=` on the graph and the diagnosis): the werkruimte's
 * relaties and all its assessments, read through the one effective-map function of src/analysis. A
 * perspective id that is not the werkruimte's is refused with the parameter named, before the map loads.
 */
import {
  type EffectiveRelation,
  effectiveMap,
  type PerspectiveView,
  unknownPerspectives,
} from '../analysis/index.ts';
import { type GraphActor, type GraphRelation, ValidationError } from '../domain/index.ts';
import type { Store, WorkspaceClaims } from '../store/index.ts';

export type PerspectiveRelation = EffectiveRelation<GraphRelation>;

/** The claims the view reads: its perspectives' and the editors' (all of them for `all`). */
async function claimsFor(store: Store, workspaceId: string, view: PerspectiveView): Promise<WorkspaceClaims> {
  const claims = await store.assessments.claimsOf(
    workspaceId,
    view.selection === 'all' ? undefined : view.selection,
  );
  const unknown = unknownPerspectives(view.selection, claims.perspectiveIds);
  if (unknown.length > 0) {
    throw new ValidationError(
      unknown.map((id) => ({
        path: 'perspective',
        code: 'perspective_not_in_workspace',
        params: { value: id },
      })),
    );
  }
  return claims;
}

function relationsFor(relations: GraphRelation[], claims: WorkspaceClaims, view: PerspectiveView) {
  return effectiveMap({
    relations,
    assessments: claims.claims,
    editorsPerspectiveId: claims.editorsPerspectiveId,
    selection: view.selection,
    rule: view.rule,
  }).relations;
}

/** The map for the diagnosis: spelers as stored, the relaties that count with their effective strength. */
export async function loadPerspectiveGraph(
  store: Store,
  workspaceId: string,
  view: PerspectiveView,
): Promise<{ actors: GraphActor[]; relations: PerspectiveRelation[] }> {
  const claims = await claimsFor(store, workspaceId, view);
  const graph = await store.graph.loadGraph(workspaceId);
  return { actors: graph.actors, relations: relationsFor(graph.relations, claims, view) };
}

/**
 * The same for the map route, as JSON text like store.graph.loadGraphJson gives: the spelers' text is
 * passed through untouched, the relaties are read, filtered and written.
 */
export async function loadPerspectiveGraphJson(
  store: Store,
  workspaceId: string,
  view: PerspectiveView,
): Promise<{ actors: string; relations: string }> {
  const claims = await claimsFor(store, workspaceId, view);
  const [actors, relations] = await Promise.all([
    store.graph.loadActorsJson(workspaceId),
    store.graph.loadRelations(workspaceId),
  ]);
  return { actors, relations: JSON.stringify(relationsFor(relations, claims, view)) };
}
