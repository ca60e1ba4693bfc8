/**
 * The HTTP side of bench/meeting.ts's clients, on Node's own client: a JSON request with its round-trip
 * time, and a server-sent event stream read block by block as a browser's EventSource would (comments and
 * `retry:` skipped, every event with its id and the moment it arrived). Shared by the participants' and the
 * facilitator's processes.
 */
import { type Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

/** A wall-clock time in milliseconds with sub-millisecond precision, comparable between processes. */
export const clock = () => performance.timeOrigin + performance.now();

export interface JsonAnswer {
  status: number;
  ms: number;
  body: unknown;
  /** A network error's code (status 0). */
  error?: string;
}

/** One request with a JSON body (or none); the answer parsed when it is JSON. Never throws. */
export function requestJson(
  agent: Agent,
  url: string,
  options: { method: string; headers?: Record<string, string>; body?: unknown },
): Promise<JsonAnswer> {
  const start = performance.now();
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve) => {
    const outgoing = request(
      url,
      {
        agent,
        method: options.method,
        headers: {
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
          ...options.headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          if ((response.headers['content-type'] ?? '').includes('json')) {
            try {
              body = JSON.parse(text);
            } catch {
              // Left as text: the status says what went wrong.
            }
          }
          resolve({ status: response.statusCode ?? 0, ms: performance.now() - start, body });
        });
        response.on('error', (error: NodeJS.ErrnoException) =>
          resolve({
            status: 0,
            ms: performance.now() - start,
            body: null,
            error: error.code ?? error.message,
          }),
        );
      },
    );
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ status: 0, ms: performance.now() - start, body: null, error: error.code ?? error.message }),
    );
    outgoing.end(payload);
  });
}

export interface StreamEvent {
  id: number;
  type: string;
  data: string;
  /** clock() when the block was complete. */
  at: number;
}

export interface EventStream {
  close(): void;
  /** Resolves when the server ends the stream or it is closed; with the reason when it broke. */
  ended: Promise<string | null>;
}

/**
 * Opens an event stream; resolves once the server answered 200 with `text/event-stream`, rejects otherwise.
 * `onEvent` runs for each complete event block, in order.
 */
export function openEventStream(
  agent: Agent,
  url: string,
  headers: Record<string, string>,
  onEvent: (event: StreamEvent) => void,
): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    let endStream: (reason: string | null) => void = () => {};
    const ended = new Promise<string | null>((done) => {
      endStream = done;
    });
    const outgoing = request(
      url,
      { agent, method: 'GET', headers: { accept: 'text/event-stream', ...headers } },
      (response) => {
        if (
          response.statusCode !== 200 ||
          !(response.headers['content-type'] ?? '').includes('event-stream')
        ) {
          response.resume();
          reject(new Error(`${url} answered ${response.statusCode}`));
          return;
        }
        response.setEncoding('utf8');
        let buffer = '';
        response.on('data', (chunk: string) => {
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            end = buffer.indexOf('\n\n');
            let id = Number.NaN;
            let type = 'message';
            const data: string[] = [];
            for (const line of block.split('\n')) {
              if (line.startsWith('id: ')) id = Number(line.slice(4));
              else if (line.startsWith('event: ')) type = line.slice(7);
              else if (line.startsWith('data: ')) data.push(line.slice(6));
            }
            if (data.length > 0) onEvent({ id, type, data: data.join('\n'), at: clock() });
          }
        });
        response.on('end', () => endStream(null));
        response.on('error', (error: NodeJS.ErrnoException) => endStream(error.code ?? error.message));
        resolve({ close: () => outgoing.destroy(), ended });
      },
    );
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      endStream(error.code ?? error.message);
      reject(error);
    });
    outgoing.on('close', () => endStream(null));
    outgoing.end();
  });
}

/** Percentiles (nearest rank) of a list of milliseconds. */
export function summarise(values: readonly number[]): {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
} {
  const sorted = Float64Array.from(values).sort();
  const at = (fraction: number) =>
    sorted.length === 0
      ? Number.NaN
      : (sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] as number);
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
