/**
 * Every change to a werkruimte's perspectives, each in one transaction with its one audit event. A
 * perspective that holds claims (assessments of relaties, positions on vraagstukken) is only deleted when
 * the caller says the claims may go too; the event then keeps them whole, so the trail shows what went.
 * The editors' perspective stays: the claims made in the ordinary forms are attributed to it.
 */
import {
  type Assessment,
  ConflictError,
  NotFoundError,
  type Perspective,
  type PerspectiveCreate,
  type PerspectiveUpdate,
  type TopicPosition,
} from '../domain/index.ts';
import type { Store } from '../store/index.ts';
import { type Author, recordChange } from './author.ts';

export function createPerspective(
  store: Store,
  author: Author,
  workspaceId: string,
  input: PerspectiveCreate,
): Promise<Perspective> {
  return store.transaction(async (tx) => {
    const perspective = await tx.perspectives.create(workspaceId, input);
    await recordChange(tx, author, {
      workspaceId,
      action: 'perspective.create',
      entityType: 'perspective',
      entityId: perspective.id,
      before: null,
      after: perspective,
    });
    return perspective;
  });
}

export function updatePerspective(
  store: Store,
  author: Author,
  workspaceId: string,
  perspectiveId: string,
  update: PerspectiveUpdate,
): Promise<Perspective> {
  return store.transaction(async (tx) => {
    const before = await tx.perspectives.get(workspaceId, perspectiveId);
    if (!before) throw new NotFoundError('perspective', perspectiveId);
    const after = await tx.perspectives.update(workspaceId, perspectiveId, update);
    await recordChange(tx, author, {
      workspaceId,
      action: 'perspective.update',
      entityType: 'perspective',
      entityId: perspectiveId,
      before,
      after,
    });
    return after;
  });
}

/** What a deleted perspective's event keeps: the perspective and the claims that went with it. */
export interface DeletedPerspective {
  perspective: Perspective;
  assessments: Assessment[];
  positions: TopicPosition[];
}

/**
 * Deletes a perspective. Refused (409) for the editors' perspective, and for one that holds claims unless
 * `withClaims` is set; the refusal says how many claims it holds.
 */
export function deletePerspective(
  store: Store,
  author: Author,
  workspaceId: string,
  perspectiveId: string,
  options: { withClaims: boolean },
): Promise<{ assessmentsDeleted: number; positionsDeleted: number }> {
  return store.transaction(async (tx) => {
    const perspective = await tx.perspectives.get(workspaceId, perspectiveId);
    if (!perspective) throw new NotFoundError('perspective', perspectiveId);
    if (perspective.editors) throw new ConflictError('editors_perspective');
    const claims = await tx.perspectives.claimCounts(workspaceId, perspectiveId);
    if (!options.withClaims && claims.assessments + claims.positions > 0)
      throw new ConflictError('perspective_has_claims', claims);
    const { assessments, positions } = await tx.perspectives.claimsOf(workspaceId, perspectiveId);
    await tx.perspectives.remove(workspaceId, perspectiveId);
    const before: DeletedPerspective = { perspective, assessments, positions };
    await recordChange(tx, author, {
      workspaceId,
      action: 'perspective.delete',
      entityType: 'perspective',
      entityId: perspectiveId,
      actorIds: [...new Set(positions.map((position) => position.actorId))],
      before,
      after: null,
    });
    return { assessmentsDeleted: assessments.length, positionsDeleted: positions.length };
  });
}
