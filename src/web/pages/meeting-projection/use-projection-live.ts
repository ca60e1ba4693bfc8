/**
 * Follows a bijeenkomst live for the projection: loads its contributions once, then applies the live stream
 * from the last event that list included (api/live-events.ts), with the facilitator's session as the
 * credential. An event that may change the map (projection-live.ts `mayChangeMap`) asks for everything
 * cached about the werkruimte again — the map, the positions, the meeting with its groups' perspectives —
 * once per burst (debounced), because a facilitator often accepts several in a row. What was just accepted
 * stays lit for HIGHLIGHT_MS from when the page's map (`onMap`) first shows it; a timer redraws when that
 * ends.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import * as contract from '../../../contract/index.ts';
import { call } from '../../api/client.ts';
import { followLive, type LiveStatus } from '../../api/live-events.ts';
import { useInvalidateWorkspace } from '../../api/queries.ts';
import {
  applyProjectionEvent,
  type Highlights,
  highlightsOf,
  mayChangeMap,
  noteShown,
  type ProjectionLive,
  projectionLiveFrom,
} from './projection-live.ts';

/** Accepting several contributions in a row refetches the map once. */
const REFETCH_DEBOUNCE_MS = 250;

export interface ProjectionLiveState {
  /** Null until the contributions are loaded. */
  state: ProjectionLive | null;
  status: LiveStatus;
  highlights: Highlights;
  /** The contributions could not be loaded. */
  error: Error | null;
}

const NOTHING_LIT: Highlights = {
  actors: new Set(),
  relations: new Set(),
  contributions: new Set(),
  until: null,
};

/** What the page's map shows now: its spelers and relaties, or null while it loads. */
export interface OnMap {
  actors: readonly { id: string }[];
  relations: readonly { id: string }[];
}

export function useProjectionLive(
  workspaceId: string,
  meetingId: string,
  onMap: OnMap | null,
): ProjectionLiveState {
  const invalidate = useInvalidateWorkspace(workspaceId);
  const invalidateRef = useRef(invalidate);
  invalidateRef.current = invalidate;
  const [state, setState] = useState<ProjectionLive | null>(null);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [error, setError] = useState<Error | null>(null);
  // Moves when a highlight ends, so the map and the ticker let it go.
  const [clock, setClock] = useState(0);
  const [shownAt, setShownAt] = useState<ReadonlyMap<string, number>>(() => new Map());

  // Before the browser paints the map that first shows a speler or relatie, so it is lit from its first frame.
  useLayoutEffect(() => {
    if (onMap) setShownAt((previous) => noteShown(previous, onMap, Date.now()));
  }, [onMap]);

  useEffect(() => {
    const params = { workspaceId, meetingId };
    let current: ProjectionLive | null = null;
    let stop: (() => void) | null = null;
    let refetch: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    setState(null);
    setError(null);
    setStatus('connecting');
    call(contract.meetings.listContributions, { params })
      .then((list) => {
        if (cancelled) return;
        current = projectionLiveFrom(list.items, list.lastEventId);
        setState(current);
        stop = followLive({
          definition: contract.meetings.meetingEvents,
          params,
          after: list.lastEventId,
          onEvent: (event) => {
            if (!current) return;
            if (mayChangeMap(current, event)) {
              clearTimeout(refetch);
              refetch = setTimeout(() => void invalidateRef.current(), REFETCH_DEBOUNCE_MS);
            }
            const next = applyProjectionEvent(current, event, Date.now());
            if (next === current) return;
            current = next;
            setState(next);
          },
          onStatus: setStatus,
        });
      })
      .catch((problem: unknown) => {
        if (!cancelled) setError(problem instanceof Error ? problem : new Error(String(problem)));
      });
    return () => {
      cancelled = true;
      clearTimeout(refetch);
      stop?.();
    };
  }, [workspaceId, meetingId]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `clock` moves when a highlight ends and the time must be read again.
  const highlights = useMemo(
    () => (state ? highlightsOf(state, shownAt, Date.now()) : NOTHING_LIT),
    [state, shownAt, clock],
  );

  useEffect(() => {
    if (highlights.until === null) return;
    const timer = setTimeout(
      () => setClock((tick) => tick + 1),
      Math.max(0, highlights.until - Date.now()) + 20,
    );
    return () => clearTimeout(timer);
  }, [highlights.until]);

  return { state, status, highlights, error };
}
