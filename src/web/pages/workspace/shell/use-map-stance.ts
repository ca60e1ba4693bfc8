/**
 * What "Kleur volgens vraagstuk" needs from the server: the werkruimte's vraagstukken (to choose from) and
 * the current positions on the chosen one, of every perspective (each map picks its own or merges them,
 * map/stance.ts). Through the query cache, so a new position (the grid, the form) recolours the map.
 */
import { useQuery } from '@tanstack/react-query';
import * as contract from '../../../../contract/index.ts';
import type { TopicPosition } from '../../../../domain/index.ts';
import { call } from '../../../api/client.ts';
import { queryKeyOf, useEndpoint } from '../../../api/queries.ts';

const PAGE = 500;

export function useTopicList(workspaceId: string) {
  return useEndpoint(contract.topics.listTopics, { params: { workspaceId }, query: { pageSize: 500 } });
}

/** The current position per speler and perspective on a vraagstuk; null without one or while loading. */
export function useCurrentPositions(workspaceId: string, topicId: string): TopicPosition[] | null {
  const input = {
    params: { workspaceId, topicId },
    query: { current: 'true' as const, pageSize: PAGE },
  };
  const positions = useQuery<TopicPosition[], Error>({
    queryKey: queryKeyOf(contract.topics.listPositions, input),
    enabled: topicId !== '',
    queryFn: async () => {
      const all: TopicPosition[] = [];
      for (let page = 1; ; page++) {
        const answer = await call(contract.topics.listPositions, {
          ...input,
          query: { ...input.query, page },
        });
        all.push(...answer.items);
        if (page >= answer.totalPages) return all;
      }
    },
  });
  return topicId ? (positions.data ?? null) : null;
}
