/**
 * Every change to a werkruimte, speler, relatie or saved layout, each in one transaction together with its
 * one audit event (who, when, before and after). Routes and the CLI change the map only through here, so no
 * write path can skip the trail; a refused change rolls back and leaves no event.
 */
import {
  type Actor,
  type ActorCreate,
  type ActorUpdate,
  type Assessment,
  ConflictError,
  type Layout,
  NotFoundError,
  type Positions,
  type Relation,
  type RelationCreate,
  type RelationUpdate,
  type TopicPosition,
  type Workspace,
  type WorkspaceCreate,
  type WorkspaceUpdate,
} from '../domain/index.ts';
import type { Store, TransactionStore } from '../store/index.ts';
import { type Author, recordChange } from './author.ts';

/**
 * Whoever makes a werkruimte owns it. One made by the command line or the system belongs to the
 * administrators, who run those; before any account exists, the first administrator adopts it at setup.
 */
export async function giveOwnership(
  tx: TransactionStore,
  author: Author,
  workspaceId: string,
): Promise<void> {
  if (author.userId) await tx.members.add(workspaceId, author.userId, 'eigenaar');
  else await tx.members.addAdminsAsOwners(workspaceId);
}

export function createWorkspace(store: Store, author: Author, input: WorkspaceCreate): Promise<Workspace> {
  return store.transaction(async (tx) => {
    const workspace = await tx.workspaces.create(input);
    await giveOwnership(tx, author, workspace.id);
    await recordChange(tx, author, {
      workspaceId: workspace.id,
      action: 'workspace.create',
      entityType: 'workspace',
      entityId: workspace.id,
      before: null,
      after: workspace,
    });
    return workspace;
  });
}

export function updateWorkspace(
  store: Store,
  author: Author,
  workspaceId: string,
  update: WorkspaceUpdate,
): Promise<Workspace> {
  return store.transaction(async (tx) => {
    const before = await tx.workspaces.get(workspaceId);
    if (!before) throw new NotFoundError('workspace', workspaceId);
    const after = await tx.workspaces.update(workspaceId, update);
    await recordChange(tx, author, {
      workspaceId,
      action: 'workspace.update',
      entityType: 'workspace',
      entityId: workspaceId,
      before,
      after,
    });
    return after;
  });
}

/**
 * Deletes the werkruimte with its map. Its audit trail stays (it has no foreign keys), ending with this
 * event, which keeps the werkruimte's own fields and how much it held, not its spelers.
 */
export function deleteWorkspace(store: Store, author: Author, workspaceId: string): Promise<void> {
  return store.transaction(async (tx) => {
    const before = await tx.workspaces.get(workspaceId);
    if (!before) throw new NotFoundError('workspace', workspaceId);
    const graph = await tx.graph.counts(workspaceId);
    await tx.workspaces.remove(workspaceId);
    await recordChange(tx, author, {
      workspaceId,
      action: 'workspace.delete',
      entityType: 'workspace',
      entityId: workspaceId,
      before: { ...before, ...graph },
      after: null,
    });
  });
}

export function createActor(
  store: Store,
  author: Author,
  workspaceId: string,
  input: ActorCreate,
): Promise<Actor> {
  return store.transaction(async (tx) => {
    const actor = await tx.actors.create(workspaceId, input);
    await recordChange(tx, author, {
      workspaceId,
      action: 'actor.create',
      entityType: 'actor',
      entityId: actor.id,
      actorIds: [actor.id],
      before: null,
      after: actor,
    });
    return actor;
  });
}

export function updateActor(
  store: Store,
  author: Author,
  workspaceId: string,
  actorId: string,
  update: ActorUpdate,
): Promise<Actor> {
  return store.transaction(async (tx) => {
    const before = await tx.actors.get(workspaceId, actorId);
    if (!before) throw new NotFoundError('actor', actorId);
    const after = await tx.actors.update(workspaceId, actorId, update);
    await recordChange(tx, author, {
      workspaceId,
      action: 'actor.update',
      entityType: 'actor',
      entityId: actorId,
      actorIds: [actorId],
      before,
      after,
    });
    return after;
  });
}

/**
 * What a deleted speler's event keeps: the speler and the relaties that went with it, to restore both, its
 * positions on vraagstukken and what perspectives said about those relaties, when it had any.
 */
export interface DeletedActor {
  actor: Actor;
  relations: Relation[];
  positions?: TopicPosition[];
  assessments?: Assessment[];
}

/** A deleted relatie's event: the relatie, and what perspectives said about it when any did. */
export type DeletedRelation = Relation & { assessments?: Assessment[] };

export function deleteActor(
  store: Store,
  author: Author,
  workspaceId: string,
  actorId: string,
): Promise<{ relationsDeleted: number }> {
  return store.transaction(async (tx) => {
    const actor = await tx.actors.get(workspaceId, actorId);
    if (!actor) throw new NotFoundError('actor', actorId);
    const relations = await tx.relations.listForActor(workspaceId, actorId);
    const positions = await tx.topics.positionsOfActor(workspaceId, actorId);
    const assessments = await tx.assessments.listForRelations(
      workspaceId,
      relations.map((relation) => relation.id),
    );
    const result = await tx.actors.remove(workspaceId, actorId);
    const before: DeletedActor = {
      actor,
      relations,
      ...(positions.length > 0 ? { positions } : {}),
      ...(assessments.length > 0 ? { assessments } : {}),
    };
    await recordChange(tx, author, {
      workspaceId,
      action: 'actor.delete',
      entityType: 'actor',
      entityId: actorId,
      actorIds: [actorId, ...relationEnds(relations).filter((end) => end !== actorId)],
      before,
      after: null,
    });
    return result;
  });
}

/**
 * Puts a deleted speler back, with the same id, profile and those of its relaties whose other end still
 * exists; relaties to spelers deleted since are left out and listed. Refused when the event is not a
 * deletion or the speler is back already.
 */
export function restoreActor(
  store: Store,
  author: Author,
  workspaceId: string,
  eventId: number,
): Promise<{ actor: Actor; relations: Relation[]; skippedRelations: Relation[] }> {
  return store.transaction(async (tx) => {
    const event = await tx.audit.get(workspaceId, eventId);
    if (!event) throw new NotFoundError('audit_event', String(eventId));
    if (event.action !== 'actor.delete') throw new ConflictError('not_restorable');
    const { actor, relations, positions = [], assessments = [] } = event.before as DeletedActor;
    if (await tx.actors.get(workspaceId, actor.id)) throw new ConflictError('actor_exists');
    const { id, workspaceId: _w, version: _v, createdAt: _c, updatedAt: _u, ...fields } = actor;
    await tx.bulk.insertActors(workspaceId, [{ id, ...fields }]);
    const present = new Set((await tx.actors.existing(workspaceId, relationEnds(relations))).concat(id));
    const kept = relations.filter((r) => present.has(r.sourceId) && present.has(r.targetId));
    const skippedRelations = relations.filter((r) => !kept.includes(r));
    await tx.bulk.insertRelations(
      workspaceId,
      kept.map(({ workspaceId: _ws, version: _ve, createdAt: _cr, updatedAt: _up, ...relation }) => relation),
    );
    const restored = (await tx.actors.get(workspaceId, id)) as Actor;
    const restoredRelations = await tx.relations.listForActor(workspaceId, id);
    // Positions come back when their vraagstuk and perspective are still there; assessments with their
    // relatie and perspective.
    const restoredPositions = await tx.topics.reinsertPositions(workspaceId, positions);
    const keptIds = new Set(kept.map((relation) => relation.id));
    const restoredAssessments = await tx.assessments.reinsert(
      workspaceId,
      assessments.filter((assessment) => keptIds.has(assessment.relationId)),
    );
    await recordChange(tx, author, {
      workspaceId,
      action: 'actor.restore',
      entityType: 'actor',
      entityId: id,
      actorIds: [id, ...relationEnds(restoredRelations).filter((end) => end !== id)],
      before: null,
      after: {
        actor: restored,
        relations: restoredRelations,
        ...(restoredPositions.length > 0 ? { positions: restoredPositions } : {}),
        ...(restoredAssessments.length > 0 ? { assessments: restoredAssessments } : {}),
        fromEvent: eventId,
      },
    });
    return { actor: restored, relations: restoredRelations, skippedRelations };
  });
}

function relationEnds(relations: readonly Relation[]): string[] {
  return [...new Set(relations.flatMap((relation) => [relation.sourceId, relation.targetId]))];
}

export function createRelation(
  store: Store,
  author: Author,
  workspaceId: string,
  input: RelationCreate,
): Promise<Relation> {
  return store.transaction(async (tx) => {
    const relation = await tx.relations.create(workspaceId, input);
    await recordChange(tx, author, {
      workspaceId,
      action: 'relation.create',
      entityType: 'relation',
      entityId: relation.id,
      actorIds: [relation.sourceId, relation.targetId],
      before: null,
      after: relation,
    });
    return relation;
  });
}

export function updateRelation(
  store: Store,
  author: Author,
  workspaceId: string,
  relationId: string,
  update: RelationUpdate,
): Promise<Relation> {
  return store.transaction(async (tx) => {
    const before = await tx.relations.get(workspaceId, relationId);
    if (!before) throw new NotFoundError('relation', relationId);
    const after = await tx.relations.update(workspaceId, relationId, update);
    await recordChange(tx, author, {
      workspaceId,
      action: 'relation.update',
      entityType: 'relation',
      entityId: relationId,
      actorIds: relationEnds([before, after]),
      before,
      after,
    });
    return after;
  });
}

export function deleteRelation(
  store: Store,
  author: Author,
  workspaceId: string,
  relationId: string,
): Promise<void> {
  return store.transaction(async (tx) => {
    const relation = await tx.relations.get(workspaceId, relationId);
    if (!relation) throw new NotFoundError('relation', relationId);
    const assessments = await tx.assessments.listForRelations(workspaceId, [relationId]);
    const before: DeletedRelation = { ...relation, ...(assessments.length > 0 ? { assessments } : {}) };
    await tx.relations.remove(workspaceId, relationId);
    await recordChange(tx, author, {
      workspaceId,
      action: 'relation.delete',
      entityType: 'relation',
      entityId: relationId,
      actorIds: [before.sourceId, before.targetId],
      before,
      after: null,
    });
  });
}

/**
 * Puts a deleted relatie back, as its last deletion event kept it, under the same id: the undo of "Relatie
 * verwijderen" and its restore from the history. Keyed by the relatie rather than the event, because that
 * is what the screen that just deleted it holds. Refused when the relatie is back already, and when one of
 * its spelers was deleted meanwhile (that speler has to come back first, with its own restore).
 */
export function restoreRelation(
  store: Store,
  author: Author,
  workspaceId: string,
  relationId: string,
): Promise<Relation> {
  return store.transaction(async (tx) => {
    if (await tx.relations.get(workspaceId, relationId)) throw new ConflictError('relation_exists');
    const event = await tx.audit.latestOf(workspaceId, 'relation.delete', relationId);
    if (!event) throw new NotFoundError('relation', relationId);
    const { assessments = [], ...deleted } = event.before as DeletedRelation;
    const present = await tx.actors.existing(workspaceId, [deleted.sourceId, deleted.targetId]);
    if (present.length < 2) throw new ConflictError('relation_actor_missing');
    const restored = await tx.relations.reinsert(workspaceId, deleted);
    await tx.assessments.reinsert(workspaceId, assessments);
    await recordChange(tx, author, {
      workspaceId,
      action: 'relation.restore',
      entityType: 'relation',
      entityId: relationId,
      actorIds: [restored.sourceId, restored.targetId],
      before: null,
      after: restored,
    });
    return restored;
  });
}

/**
 * Saves a layout's positions. The event keeps how many positions there were before and after, not the
 * coordinates: a layout is saved after every drag, and positions are not what a history reader asks about.
 */
export async function saveLayout(
  store: Store,
  author: Author,
  workspaceId: string,
  layout: Layout,
  positions: Positions,
): Promise<Positions> {
  const saved = await store.transaction(async (tx) => {
    const result = await tx.layouts.replacePositions(workspaceId, layout, positions);
    await recordChange(tx, author, {
      workspaceId,
      action: 'layout.save',
      entityType: 'layout',
      entityId: layout,
      before: { positions: result.before },
      after: { positions: Object.keys(result.positions).length },
    });
    return result;
  });
  if (saved.before > 0) await store.layouts.vacuumPositions();
  return saved.positions;
}
