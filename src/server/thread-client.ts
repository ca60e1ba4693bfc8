/**
 * The server's side of a worker thread that answers requests by id (`{ id, ok, result }` or
 * `{ id, ok: false, error }`): the analysis thread and the file-job threads. Requests wait in a map until
 * their answer; if the thread dies, every waiting request fails with the reason. The thread keeps the
 * process alive only while a request waits: an idle thread must not hold up shutdown.
 */
import { type ResourceLimits, Worker } from 'node:worker_threads';

const BOOTSTRAP = new URL('./thread-bootstrap.mjs', import.meta.url);

type Pending = { resolve(value: unknown): void; reject(error: Error): void };

export interface ThreadAnswer {
  id: number;
  ok: boolean;
  result?: unknown;
  error?: { name: string; message: string };
}

export interface ThreadClientOptions {
  /** For messages: "the analysis thread stopped". */
  name: string;
  resourceLimits?: ResourceLimits;
  /** What a thread error means to callers (a memory limit, say); the error itself otherwise. */
  explainError?: (error: Error & { code?: string }) => Error;
  /** Sees every answer before its request is settled (for extra fields such as heap size). */
  onAnswer?: (answer: ThreadAnswer) => void;
}

export class ThreadClient {
  readonly worker: Worker;
  /** True once the thread has stopped or was stopped; a new client is needed then. */
  dead = false;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Set when the thread is stopped on purpose, so waiting requests get this error. */
  private stopReason: Error | null = null;

  /** @param entry the TypeScript module the thread runs (loaded through thread-bootstrap.mjs) */
  constructor(entry: URL, options: ThreadClientOptions) {
    this.worker = new Worker(BOOTSTRAP, {
      workerData: { entry: entry.href },
      ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}),
    });
    this.worker.unref();
    this.worker.on('message', (answer: ThreadAnswer) => {
      const request = this.pending.get(answer.id);
      if (!request) return;
      this.pending.delete(answer.id);
      if (this.pending.size === 0) this.worker.unref();
      options.onAnswer?.(answer);
      if (answer.ok) request.resolve(answer.result);
      else
        request.reject(
          Object.assign(new Error(answer.error?.message), { name: answer.error?.name ?? 'Error' }),
        );
    });
    this.worker.on('error', (error: Error & { code?: string }) => {
      this.dead = true;
      this.failAll(options.explainError?.(error) ?? error);
    });
    this.worker.on('exit', (code) => {
      this.dead = true;
      this.failAll(new Error(`the ${options.name} thread stopped (exit code ${code})`));
    });
  }

  /** Requests sent and not yet answered: how busy the thread is. */
  get waiting(): number {
    return this.pending.size;
  }

  send<T>(message: object): Promise<T> {
    if (this.dead) return Promise.reject(this.stopReason ?? new Error('the thread has stopped'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      // Referenced while it works: an awaited answer must keep the process alive.
      this.worker.ref();
      this.worker.postMessage({ ...message, id });
    });
  }

  /** Stops the thread; requests still waiting fail with `reason`. */
  stop(reason: Error): Promise<number> {
    this.stopReason ??= reason;
    this.dead = true;
    return this.worker.terminate();
  }

  private failAll(error: Error): void {
    for (const request of this.pending.values()) request.reject(this.stopReason ?? error);
    this.pending.clear();
  }
}
