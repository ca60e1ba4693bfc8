/**
 * Every change to a werkruimte's vraagstukken and the positions on them, each in one transaction with its
 * one audit event. Positions are only ever added: a batch is one event listing every position it added,
 * and a refused batch adds none.
 */
import {
  NotFoundError,
  type Topic,
  type TopicCreate,
  type TopicPosition,
  type TopicPositionCreate,
  type TopicUpdate,
} from '../domain/index.ts';
import type { Store } from '../store/index.ts';
import { type Author, recordChange } from './author.ts';

export function createTopic(
  store: Store,
  author: Author,
  workspaceId: string,
  input: TopicCreate,
): Promise<Topic> {
  return store.transaction(async (tx) => {
    const topic = await tx.topics.create(workspaceId, input);
    await recordChange(tx, author, {
      workspaceId,
      action: 'topic.create',
      entityType: 'topic',
      entityId: topic.id,
      before: null,
      after: topic,
    });
    return topic;
  });
}

export function updateTopic(
  store: Store,
  author: Author,
  workspaceId: string,
  topicId: string,
  update: TopicUpdate,
): Promise<Topic> {
  return store.transaction(async (tx) => {
    const before = await tx.topics.get(workspaceId, topicId);
    if (!before) throw new NotFoundError('topic', topicId);
    const after = await tx.topics.update(workspaceId, topicId, update);
    await recordChange(tx, author, {
      workspaceId,
      action: 'topic.update',
      entityType: 'topic',
      entityId: topicId,
      before,
      after,
    });
    return after;
  });
}

/** What a deleted vraagstuk's event keeps: the vraagstuk and every position that went with it. */
export interface DeletedTopic {
  topic: Topic;
  positions: TopicPosition[];
}

export function deleteTopic(
  store: Store,
  author: Author,
  workspaceId: string,
  topicId: string,
): Promise<{ positionsDeleted: number }> {
  return store.transaction(async (tx) => {
    const topic = await tx.topics.get(workspaceId, topicId);
    if (!topic) throw new NotFoundError('topic', topicId);
    const positions = await tx.topics.allPositions(workspaceId, topicId);
    await tx.topics.remove(workspaceId, topicId);
    const before: DeletedTopic = { topic, positions };
    await recordChange(tx, author, {
      workspaceId,
      action: 'topic.delete',
      entityType: 'topic',
      entityId: topicId,
      actorIds: [...new Set(positions.map((position) => position.actorId))],
      before,
      after: null,
    });
    return { positionsDeleted: positions.length };
  });
}

/** What a `position.create` event keeps: the vraagstuk it is about and the positions added. */
export interface AddedPositions {
  topic: { id: string; name: string };
  positions: TopicPosition[];
}

/**
 * Adds positions to a vraagstuk: all of them or, when any names a speler or perspective that is not in
 * the werkruimte, none. `batch` says the caller sent a list, so refusals name `2.actorId`.
 */
export function addPositions(
  store: Store,
  author: Author,
  workspaceId: string,
  topicId: string,
  inputs: readonly TopicPositionCreate[],
  options: { batch: boolean } = { batch: inputs.length !== 1 },
): Promise<TopicPosition[]> {
  return store.transaction(async (tx) => {
    const topic = await tx.topics.get(workspaceId, topicId);
    if (!topic) throw new NotFoundError('topic', topicId);
    const positions = await tx.topics.addPositions(
      workspaceId,
      topicId,
      inputs,
      author.userId,
      options.batch,
    );
    const after: AddedPositions = { topic: { id: topic.id, name: topic.name }, positions };
    await recordChange(tx, author, {
      workspaceId,
      action: 'position.create',
      entityType: 'topic',
      entityId: topicId,
      actorIds: [...new Set(positions.map((position) => position.actorId))],
      before: null,
      after,
    });
    return positions;
  });
}
