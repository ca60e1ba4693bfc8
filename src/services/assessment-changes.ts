/**
 * Every change to an assessment of a relatie, each in one transaction with its one audit event, like the
 * map's own changes (map-changes.ts). The event names the relatie's two spelers, so each speler's history
 * shows who said what about its ties. A refused change rolls back and leaves no event.
 */
import {
  type Assessment,
  type AssessmentCreate,
  type AssessmentUpdate,
  NotFoundError,
  type Relation,
} from '../domain/index.ts';
import type { Store, TransactionStore } from '../store/index.ts';
import { type Author, recordChange } from './author.ts';

async function relationOf(tx: TransactionStore, workspaceId: string, relationId: string): Promise<Relation> {
  const relation = await tx.relations.get(workspaceId, relationId);
  if (!relation) throw new NotFoundError('relation', relationId);
  return relation;
}

/** A claim typed in by a signed-in editor (origin `editor`), or by the command line (no account). */
export function createAssessment(
  store: Store,
  author: Author,
  workspaceId: string,
  relationId: string,
  input: AssessmentCreate,
): Promise<Assessment> {
  return store.transaction(async (tx) => {
    const relation = await relationOf(tx, workspaceId, relationId);
    const assessment = await tx.assessments.create(workspaceId, relationId, input, {
      origin: 'editor',
      createdBy: author.userId,
    });
    await recordChange(tx, author, {
      workspaceId,
      action: 'assessment.create',
      entityType: 'assessment',
      entityId: assessment.id,
      actorIds: [relation.sourceId, relation.targetId],
      before: null,
      after: assessment,
    });
    return assessment;
  });
}

export function updateAssessment(
  store: Store,
  author: Author,
  workspaceId: string,
  relationId: string,
  assessmentId: string,
  update: AssessmentUpdate,
): Promise<Assessment> {
  return store.transaction(async (tx) => {
    const relation = await relationOf(tx, workspaceId, relationId);
    const before = await tx.assessments.get(workspaceId, relationId, assessmentId);
    if (!before) throw new NotFoundError('assessment', assessmentId);
    const after = await tx.assessments.update(workspaceId, relationId, assessmentId, update);
    await recordChange(tx, author, {
      workspaceId,
      action: 'assessment.update',
      entityType: 'assessment',
      entityId: assessmentId,
      actorIds: [relation.sourceId, relation.targetId],
      before,
      after,
    });
    return after;
  });
}

export function deleteAssessment(
  store: Store,
  author: Author,
  workspaceId: string,
  relationId: string,
  assessmentId: string,
): Promise<void> {
  return store.transaction(async (tx) => {
    const relation = await relationOf(tx, workspaceId, relationId);
    const before = await tx.assessments.get(workspaceId, relationId, assessmentId);
    if (!before) throw new NotFoundError('assessment', assessmentId);
    await tx.assessments.remove(workspaceId, relationId, assessmentId);
    await recordChange(tx, author, {
      workspaceId,
      action: 'assessment.delete',
      entityType: 'assessment',
      entityId: assessmentId,
      actorIds: [relation.sourceId, relation.targetId],
      before,
      after: null,
    });
  });
}
