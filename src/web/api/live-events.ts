/**
 * Follows a bijeenkomst's live stream (server-sent events) with fetch rather than EventSource: a
 * participant's token must travel in the Authorization header, which EventSource cannot send. Every event
 * carries its sequence number; after a dropped connection the reader asks for what came after the last one
 * it handed on, so nothing is missed and nothing arrives twice. It retries with a growing pause (1 s … 15 s)
 * until stopped, and stops for good when the server says the stream is no longer ours (401, 403, 404).
 */
import { API_PREFIX, pathOf, queryOf } from '../../contract/index.ts';
import { type MeetingEvent, meetingEventSchema } from '../../domain/index.ts';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'ended';

export interface LiveOptions {
  /** The stream's endpoint path (contract `meetings.meetingEvents` or `meetingParticipation.participantEvents`). */
  definition: { path: `/${string}` };
  params?: object;
  /** The participant's token; without it the session cookie is the credential. */
  bearer?: string;
  /** The last event already applied (from the view or the list the page loaded first). */
  after: number;
  onEvent: (event: MeetingEvent) => void;
  onStatus?: (status: LiveStatus) => void;
}

const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 15_000;

/** Starts following; the returned function stops it. */
export function followLive(options: LiveOptions): () => void {
  const controller = new AbortController();
  let after = options.after;
  let stopped = false;

  const setStatus = (status: LiveStatus) => {
    if (!stopped || status === 'ended') options.onStatus?.(status);
  };

  async function readOnce(): Promise<'retry' | 'end'> {
    const url = `${API_PREFIX}${pathOf(options.definition, options.params)}${queryOf({ after })}`;
    const response = await fetch(url, {
      headers: {
        accept: 'text/event-stream',
        ...(options.bearer ? { authorization: `Bearer ${options.bearer}` } : {}),
      },
      cache: 'no-store',
      signal: controller.signal,
    });
    if ([401, 403, 404, 410].includes(response.status)) return 'end';
    if (!response.ok || !response.body) return 'retry';
    setStatus('live');
    // TextDecoder rather than TextDecoderStream: phone browsers of a few years back lack the latter.
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return 'retry';
      buffer += decoder.decode(value, { stream: true });
      // Events end with a blank line; the last part may be incomplete.
      const blocks = buffer.split(/\r?\n\r?\n/);
      buffer = blocks.pop() ?? '';
      for (const block of blocks) {
        const event = parseBlock(block);
        if (!event || event.id <= after) continue;
        after = event.id;
        options.onEvent(event);
      }
    }
  }

  (async () => {
    let pause = RETRY_FIRST_MS;
    setStatus('connecting');
    while (!stopped) {
      let outcome: 'retry' | 'end' = 'retry';
      try {
        outcome = await readOnce();
        pause = RETRY_FIRST_MS;
      } catch {
        // Network gone or aborted: retry below unless stopped.
      }
      if (stopped) break;
      if (outcome === 'end') {
        stopped = true;
        setStatus('ended');
        break;
      }
      setStatus('reconnecting');
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, RETRY_MAX_MS);
    }
  })();

  return () => {
    stopped = true;
    controller.abort();
  };
}

/** One SSE block (`id:`, `event:`, `data:` lines) as a meeting event; comments and junk give null. */
export function parseBlock(block: string): MeetingEvent | null {
  const data: string[] = [];
  for (const line of block.split(/\r?\n/)) {
    if (line.startsWith('data:')) data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
  }
  if (data.length === 0) return null;
  try {
    const parsed = meetingEventSchema.safeParse(JSON.parse(data.join('\n')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
