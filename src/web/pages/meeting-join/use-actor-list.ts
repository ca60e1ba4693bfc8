/**
 * The spelers a participant can pick, kept current as the meeting goes: the meeting's own (indexed once)
 * and those that standing contributions added since (a missing speler the facilitator took over). The
 * index is rebuilt only when that second, short list changes, not on every live event.
 */
import { useMemo, useRef } from 'react';
import type { Contribution, MeetingActor } from '../../../domain/index.ts';
import {
  type ActorIndexEntry,
  addedActors,
  indexActors,
  mergeIndexes,
} from '../../state/meeting/participant-view.ts';

export interface ActorList {
  index: readonly ActorIndexEntry[];
  byId: ReadonlyMap<string, MeetingActor>;
  all: readonly MeetingActor[];
}

export function useActorList(
  viewActors: readonly MeetingActor[],
  contributions: ReadonlyMap<string, Contribution>,
): ActorList {
  const viewById = useMemo(() => new Map(viewActors.map((actor) => [actor.id, actor])), [viewActors]);
  const viewIndex = useMemo(() => indexActors(viewActors), [viewActors]);
  const added = addedActors(viewById, contributions.values());
  const key = added.map((actor) => `${actor.id}:${actor.force}:${actor.name}`).join('\n');
  const cache = useRef<{ key: string; viewIndex: readonly ActorIndexEntry[]; list: ActorList } | null>(null);
  if (!cache.current || cache.current.key !== key || cache.current.viewIndex !== viewIndex) {
    const byId = new Map(viewById);
    for (const actor of added) byId.set(actor.id, actor);
    cache.current = {
      key,
      viewIndex,
      list: {
        index: mergeIndexes(viewIndex, indexActors(added)),
        byId,
        all: added.length === 0 ? viewActors : [...viewActors, ...added],
      },
    };
  }
  return cache.current.list;
}
