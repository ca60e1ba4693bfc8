/**
 * The live side of bijeenkomsten on one app server. Every change to a meeting writes a numbered event row
 * and sends NOTIFY (store/meetings.ts `appendEvent`) in its own transaction; each app server LISTENs once
 * and, when a meeting it has subscribers for is named, reads the rows after the lowest cursor of those
 * subscribers — one query per meeting per notification, however many phones follow it — and hands each
 * subscriber the rows after its own cursor that it may see. A new subscriber starts from the cursor it
 * brings (the last event it applied), so a reconnecting phone catches up from the same rows and never gets
 * one twice. Reads for one meeting never overlap: a notification during a read marks it for one more read.
 *
 * Several app servers on one PostgreSQL server each run their own hub; NOTIFY reaches all of them. After a
 * lost listening connection every followed meeting is read again, since notifications sent meanwhile are
 * gone (the rows are not).
 */
import type { Contribution, MeetingEvent } from '../../domain/index.ts';
import { contributionFor } from '../../services/index.ts';
import { MEETING_CHANNEL, type MeetingEventRow, type Store } from '../../store/index.ts';
import { sseBlock } from './event-stream.ts';

export interface LiveSubscriber {
  meetingId: string;
  /** The last event this subscriber has; it gets only later ones. */
  cursor: number;
  /** A participant sees what is public and their own; null: the facilitator's view (everything). */
  participantId: string | null;
  /** One event, as its server-sent event block (`sseBlock`). */
  send(block: string): void;
  /** Called after a participant was sent the meeting's closing: their stream ends. */
  end(): void;
}

export interface MeetingHub {
  subscribe(subscriber: LiveSubscriber): () => void;
  /** How many streams one participant has open (to cap them). */
  streamsOf(participantId: string): number;
  close(): Promise<void>;
}

/** Whether a participant (or the facilitator: null) may see an event row. */
export function visibleTo(row: MeetingEventRow, participantId: string | null): boolean {
  if (participantId === null) return true;
  return row.audience === 'all' || row.participantId === participantId;
}

/** An event row as one viewer gets it: a contribution cut down to what a participant may see. */
export function eventFor(row: MeetingEventRow, participantId: string | null): MeetingEvent {
  if (row.type === 'contribution') {
    const contribution = row.payload as unknown as Contribution;
    const viewer =
      participantId === null
        ? ({ kind: 'staff' } as const)
        : ({ kind: 'participant', participantId } as const);
    return {
      type: 'contribution',
      id: row.id,
      contribution: contributionFor(viewer, contribution, row.participantId),
    };
  }
  return { type: row.type, id: row.id, ...row.payload } as MeetingEvent;
}

/** The events after `after` one viewer may see, at most BATCH (the poll for clients without a stream). */
export async function eventsSince(
  store: Store,
  meetingId: string,
  after: number,
  participantId: string | null,
): Promise<MeetingEvent[]> {
  const rows = await store.meetings.eventsAfter(meetingId, after, BATCH, participantId ?? undefined);
  return rows.map((row) => eventFor(row, participantId));
}

/** Rows read per query; a meeting with more waiting is read again at once. */
const BATCH = 500;

interface Followed {
  subscribers: Set<LiveSubscriber>;
  reading: boolean;
  again: boolean;
}

export function createMeetingHub(store: Store): MeetingHub {
  const meetings = new Map<string, Followed>();
  let stopListening: (() => Promise<void>) | null = null;
  let listening: Promise<void> | null = null;
  let closed = false;

  /**
   * Listens from the first subscriber on (an app that never streams holds no listening connection). A
   * failed start is retried by the next subscriber.
   */
  function ensureListening(): Promise<void> {
    listening ??= store
      .listen(
        MEETING_CHANNEL,
        (meetingId) => void read(meetingId),
        () => {
          for (const meetingId of meetings.keys()) void read(meetingId);
        },
      )
      .then(async (stop) => {
        if (closed) await stop();
        else stopListening = stop;
      })
      .catch((error: Error) => {
        listening = null;
        process.emitWarning(`meeting events not followed: ${error.message}`, { code: 'KRACHTENVELD_LIVE' });
      });
    return listening;
  }

  /**
   * The event block one viewer gets, made once per read for each kind of viewer (the facilitator, the
   * participants a contribution is not theirs) and only for its author apart: with 200 phones, cutting and
   * serialising an event per stream was most of the app thread's work.
   */
  function blockFor(row: MeetingEventRow, participantId: string | null, made: Map<string, string>): string {
    const kind =
      participantId === null
        ? 'staff'
        : row.participantId === participantId
          ? `author:${participantId}`
          : 'others';
    const key = `${row.id}:${kind}`;
    let block = made.get(key);
    if (block === undefined) {
      block = sseBlock(eventFor(row, participantId));
      if (!kind.startsWith('author:')) made.set(key, block);
    }
    return block;
  }

  function deliver(
    rows: readonly MeetingEventRow[],
    subscriber: LiveSubscriber,
    made: Map<string, string>,
  ): void {
    let closing = false;
    for (const row of rows) {
      if (row.id <= subscriber.cursor) continue;
      subscriber.cursor = row.id;
      if (!visibleTo(row, subscriber.participantId)) continue;
      subscriber.send(blockFor(row, subscriber.participantId, made));
      if (row.type === 'meeting' && row.payload.state === 'closed') closing = true;
    }
    if (closing && subscriber.participantId !== null) subscriber.end();
  }

  async function read(meetingId: string): Promise<void> {
    const followed = meetings.get(meetingId);
    if (!followed) return;
    if (followed.reading) {
      followed.again = true;
      return;
    }
    followed.reading = true;
    try {
      do {
        followed.again = false;
        if (followed.subscribers.size === 0) break;
        const from = Math.min(...[...followed.subscribers].map((subscriber) => subscriber.cursor));
        const rows = await store.meetings.eventsAfter(meetingId, from, BATCH);
        const made = new Map<string, string>();
        for (const subscriber of [...followed.subscribers]) {
          // Subscribed during the read with an earlier cursor: these rows start too late for it (it would
          // skip the ones between); the next round reads from its cursor.
          if (subscriber.cursor < from) followed.again = true;
          else deliver(rows, subscriber, made);
        }
        if (rows.length === BATCH) followed.again = true;
      } while (followed.again);
    } catch (error) {
      // The database is away for a moment: the next notification or reconnect reads again.
      process.emitWarning(`meeting events not read: ${(error as Error).message}`, {
        code: 'KRACHTENVELD_LIVE',
      });
    } finally {
      followed.reading = false;
      if (followed.subscribers.size === 0) meetings.delete(meetingId);
    }
  }

  return {
    subscribe(subscriber) {
      let followed = meetings.get(subscriber.meetingId);
      if (!followed) {
        followed = { subscribers: new Set(), reading: false, again: false };
        meetings.set(subscriber.meetingId, followed);
      }
      followed.subscribers.add(subscriber);
      // Read once listening: what was sent before, and since the subscriber's cursor, arrives either way.
      void ensureListening().then(() => read(subscriber.meetingId));
      return () => {
        const current = meetings.get(subscriber.meetingId);
        if (!current) return;
        current.subscribers.delete(subscriber);
        if (current.subscribers.size === 0 && !current.reading) meetings.delete(subscriber.meetingId);
      };
    },
    streamsOf(participantId) {
      let count = 0;
      for (const followed of meetings.values()) {
        for (const subscriber of followed.subscribers)
          if (subscriber.participantId === participantId) count += 1;
      }
      return count;
    },
    async close() {
      closed = true;
      await listening;
      await stopListening?.();
      stopListening = null;
      for (const followed of meetings.values())
        for (const subscriber of followed.subscribers) subscriber.end();
      meetings.clear();
    },
  };
}
