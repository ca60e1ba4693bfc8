/**
 * Follows a server-sent event stream over real HTTP, as a browser or a phone does, collecting the parsed
 * events. `next` waits for the first event after the ones already taken that matches a test; the stream's
 * end (the server closed it) is a promise of its own.
 */
import type { MeetingEvent } from '../../src/domain/index.ts';

export interface EventStream {
  status: number;
  /** Every event received so far, in order. */
  events: MeetingEvent[];
  /** The next event (from the ones not taken yet) that matches, within `timeoutMs`. */
  next(matches?: (event: MeetingEvent) => boolean, timeoutMs?: number): Promise<MeetingEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

export async function openEventStream(url: string, headers: Record<string, string>): Promise<EventStream> {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: controller.signal,
  });
  const events: MeetingEvent[] = [];
  const waiters = new Set<() => void>();
  let taken = 0;
  const ended = (async () => {
    if (!response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        const blocks = buffer.split('\n\n');
        buffer = blocks.pop() ?? '';
        for (const block of blocks) {
          const data = block
            .split('\n')
            .filter((line) => line.startsWith('data: '))
            .map((line) => line.slice(6))
            .join('\n');
          if (data) events.push(JSON.parse(data) as MeetingEvent);
        }
        for (const wake of waiters) wake();
      }
    } catch {
      // aborted by close()
    }
    for (const wake of waiters) wake();
  })();

  async function next(matches: (event: MeetingEvent) => boolean = () => true, timeoutMs = 5_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (taken < events.length) {
        const event = events[taken] as MeetingEvent;
        taken += 1;
        if (matches(event)) return event;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching event within ${timeoutMs} ms (got ${events.length})`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          waiters.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, left);
        waiters.add(wake);
      });
    }
  }

  return { status: response.status, events, next, ended, close: () => controller.abort() };
}
