/**
 * Server data through TanStack Query: one cache per page load, keyed by contract endpoint and input, so two
 * parts of the screen that need the same answer share one request, and a write invalidates what it may have
 * changed instead of every part keeping its own refresh counter.
 */
import { QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { EndpointDefinition, EndpointInput, EndpointOutput } from '../../contract/index.ts';
import { ApiProblem, type CallArgs, call } from './client.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A werkruimte changes through this screen (which invalidates) or rarely by a colleague: refetching
      // a 50,000-relatie graph on every focus would rebuild the map for nothing.
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      // A 4xx answer will not change on retry; a lost connection may.
      retry: (failures, error) => !(error instanceof ApiProblem && error.status >= 400) && failures < 2,
    },
  },
});

/** The cache key of one GET: the endpoint's path, then its path parameters and query. */
export function queryKeyOf(definition: EndpointDefinition, input?: { params?: object; query?: object }) {
  return [definition.path, input?.params ?? {}, input?.query ?? {}] as const;
}

/** Reads one GET endpoint through the cache. */
export function useEndpoint<E extends EndpointDefinition & { method: 'GET' }>(
  definition: E,
  ...[input]: CallArgs<E>
) {
  return useQuery<EndpointOutput<E>, Error>({
    queryKey: queryKeyOf(definition, input as { params?: object; query?: object } | undefined),
    queryFn: () => call(definition, ...([input] as CallArgs<E>)),
  });
}

/** Reads one GET endpoint when there is something to ask (`input` not null); nothing is fetched otherwise. */
export function useOptionalEndpoint<E extends EndpointDefinition & { method: 'GET' }>(
  definition: E,
  input: EndpointInput<E> | null,
) {
  return useQuery<EndpointOutput<E>, Error>({
    queryKey: queryKeyOf(definition, (input ?? undefined) as { params?: object; query?: object } | undefined),
    queryFn: () => call(definition, ...([input] as CallArgs<E>)),
    enabled: input !== null,
  });
}

/**
 * Reads one GET endpoint that changes without this screen doing anything — an uitvraag's answers come in
 * from respondents — so a cached answer is never trusted: asked again whenever a part showing it mounts.
 */
export function useFreshEndpoint<E extends EndpointDefinition & { method: 'GET' }>(
  definition: E,
  ...[input]: CallArgs<E>
) {
  return useQuery<EndpointOutput<E>, Error>({
    queryKey: queryKeyOf(definition, input as { params?: object; query?: object } | undefined),
    queryFn: () => call(definition, ...([input] as CallArgs<E>)),
    staleTime: 0,
  });
}

/** Whether a cached answer belongs to this werkruimte (its path parameters name it). */
function ofWorkspace(queryKey: readonly unknown[], workspaceId: string): boolean {
  const params = queryKey[1] as { workspaceId?: unknown } | undefined;
  return params?.workspaceId === workspaceId;
}

/**
 * After a write to a werkruimte: everything cached about it is refetched when next shown. One rule for every
 * write, because most writes change several answers (a new relatie changes the graph, the history and the
 * speler's relaties).
 */
export function useInvalidateWorkspace(workspaceId: string): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    () => client.invalidateQueries({ predicate: (query) => ofWorkspace(query.queryKey, workspaceId) }),
    [client, workspaceId],
  );
}
