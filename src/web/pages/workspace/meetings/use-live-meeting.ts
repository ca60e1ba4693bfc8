/**
 * One bijeenkomst's contributions as they come in: the list first (oldest first, with the last event it
 * includes), then the live stream from there on (the session cookie is the credential). The list is read
 * again after every change to the werkruimte; it replaces what the page holds only when it is newer. A
 * `meeting` event (opened, closed, auto-accept switched, maybe in another window) calls `onMeetingEvent`, so
 * the page can read the meeting itself again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import * as contract from '../../../../contract/index.ts';
import type { Contribution } from '../../../../domain/index.ts';
import { followLive, type LiveStatus } from '../../../api/live-events.ts';
import { useFreshEndpoint } from '../../../api/queries.ts';
import { withContribution, withListed } from '../../../state/meeting/facilitator-live.ts';
import { applyMeetingEvent, type LiveMeeting, liveMeetingFrom } from '../../../state/meeting/live-meeting.ts';

export interface LiveMeetingState {
  live: LiveMeeting | null;
  status: LiveStatus;
  /** The list's loading error, if any. */
  query: { data?: unknown; error: Error | null };
  /** Shows a decision's answer at once. */
  show(contribution: Contribution): void;
  /** Reads the list again (after a refused decision: someone else decided first). */
  reload(): void;
}

export function useLiveMeeting(
  workspaceId: string,
  meetingId: string,
  follow: boolean,
  onMeetingEvent: () => void,
): LiveMeetingState {
  const list = useFreshEndpoint(contract.meetings.listContributions, { params: { workspaceId, meetingId } });
  const [live, setLive] = useState<LiveMeeting | null>(null);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const liveRef = useRef(live);
  liveRef.current = live;
  const onMeetingEventRef = useRef(onMeetingEvent);
  onMeetingEventRef.current = onMeetingEvent;

  useEffect(() => {
    if (!list.data) return;
    const { items, lastEventId } = list.data;
    setLive((current) =>
      current ? withListed(current, items, lastEventId) : liveMeetingFrom(items, lastEventId),
    );
  }, [list.data]);

  const ready = live !== null;
  useEffect(() => {
    if (!ready || !follow) return;
    const stop = followLive({
      definition: contract.meetings.meetingEvents,
      params: { workspaceId, meetingId },
      after: liveRef.current?.lastEventId ?? 0,
      onEvent: (event) => {
        setLive((current) => (current ? applyMeetingEvent(current, event) : current));
        if (event.type === 'meeting') onMeetingEventRef.current();
      },
      onStatus: setStatus,
    });
    return stop;
  }, [ready, follow, workspaceId, meetingId]);

  const show = useCallback((contribution: Contribution) => {
    setLive((current) => (current ? withContribution(current, contribution) : current));
  }, []);
  const { refetch } = list;
  const reload = useCallback(() => void refetch(), [refetch]);

  return { live, status, query: list, show, reload };
}
