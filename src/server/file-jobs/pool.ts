/**
 * File jobs for the API: every import and export runs its file work (file-work.ts) on a worker thread, so
 * reading a hostile 600 KB spreadsheet or writing a 10,000-speler workbook never stalls other requests.
 *
 * - **Admission first.** A route asks for a place (`admit`) before it reads an upload: at most
 *   `concurrency` jobs run and `queueLength` wait in the whole installation (beyond that: 503), and one
 *   account has at most `perAccount` running or waiting (beyond that: 429). Both say when to try again.
 * - **One thread per running job**, with `resourceLimits` on its heap and a time limit on the whole job.
 *   A job past either is stopped (its thread terminated) and answered with a FileJobLimitError; the server
 *   carries on, and the next job gets a new thread.
 * - **Threads are kept** between jobs, unreferenced while idle: starting one (tsx and the format
 *   libraries) takes about a second. So that a kept thread does not keep the memory of a big import, it
 *   drops the job's data and collects its garbage at the end of each job (V8 then gives the pages back
 *   within seconds); a thread whose heap is still large after that is retired. A thread is started as
 *   soon as a job is admitted, while its upload still arrives, and a retired one is replaced at once.
 */
import { setFlagsFromString } from 'node:v8';
import type { ExportFormat } from '../../domain/index.ts';
import type { Backup, ExistingWorkspace, PlanOutcome, UploadedFile } from '../../formats/index.ts';
import type { ExportOptions, FileBody, FileWork, ReadSummary } from '../../services/file-work.ts';
import { type ThreadAnswer, ThreadClient } from '../thread-client.ts';
import { FileJobLimitError, FileJobsBusyError } from './errors.ts';
import type { JobRequest } from './protocol.ts';

// Gives the job threads (isolates made from now on) a `gc()` for the end of a job; the main thread's own
// context already exists and does not get it.
setFlagsFromString('--expose-gc');

const ENTRY = new URL('./thread.ts', import.meta.url);

export interface FileJobSettings {
  /** Jobs running at once in the installation. */
  concurrency: number;
  /** Jobs waiting for a thread in the installation. */
  queueLength: number;
  /** Jobs running or waiting per account. */
  perAccount: number;
  /** Heap of one job's thread, in MB (V8 old generation). */
  memoryMb: number;
  /** Time one job may take on its thread, in seconds. */
  timeLimitSeconds: number;
}

/**
 * Two at once on a 2-core machine: one core for the event loop and the database, jobs share the rest.
 * 1 GB of heap holds the 10,000-speler XLSX import (~600 MB) with room; caps in src/formats/limits.ts keep
 * hostile files from getting near it.
 */
export const DEFAULT_FILE_JOBS: FileJobSettings = {
  concurrency: 2,
  queueLength: 8,
  perAccount: 2,
  memoryMb: 1024,
  timeLimitSeconds: 120,
};

/** A thread whose live heap is this large after a job (and its garbage collection) is retired. */
const RETIRE_AFTER_HEAP_BYTES = 128 * 1024 * 1024;

export interface JobTicket {
  /** Waits for a thread, runs `task` with file work on it, then gives the place back. */
  run<T>(task: (work: FileWork) => Promise<T>): Promise<T>;
  /** Gives the place back unused (the request failed before its job); harmless after `run`. */
  release(): void;
}

export interface FileJobs {
  /** A place for one job of `account`, or a FileJobsBusyError. */
  admit(account: string): JobTicket;
  /** Jobs running and waiting now, for tests and the benchmark. */
  load(): { running: number; waiting: number };
  close(): Promise<void>;
}

/** A request before it gets its id (an Omit that keeps the union a union). */
type JobMessage = JobRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** One job thread: a heap-capped ThreadClient that remembers the heap size its last answer reported. */
class JobThread {
  private readonly client: ThreadClient;
  heapBytes = 0;

  constructor(memoryMb: number) {
    this.client = new ThreadClient(ENTRY, {
      name: 'file-job',
      resourceLimits: { maxOldGenerationSizeMb: memoryMb },
      explainError: (error) =>
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new FileJobLimitError('memory', memoryMb) : error,
      onAnswer: (answer) => {
        this.heapBytes = (answer as ThreadAnswer & { heapBytes: number }).heapBytes;
      },
    });
  }

  get dead(): boolean {
    return this.client.dead;
  }

  send<T>(request: JobMessage): Promise<T> {
    return this.client.send<T>(request);
  }

  stop(reason: Error): Promise<number> {
    return this.client.stop(reason);
  }
}

export function createFileJobs(settings: FileJobSettings = DEFAULT_FILE_JOBS): FileJobs {
  const idle: JobThread[] = [];
  const busy = new Set<JobThread>();
  /** Jobs whose upload is in and that wait for a thread, in order. */
  const ready: (() => void)[] = [];
  const perAccount = new Map<string, number>();
  let running = 0;
  /** Admitted and not yet running: uploading, or ready and waiting. */
  let admitted = 0;
  let closed = false;
  /** Running average of job seconds, for Retry-After. */
  let averageSeconds = 2;

  const retryAfter = (jobsAhead: number) =>
    Math.min(300, Math.max(1, Math.ceil(((jobsAhead + 1) / settings.concurrency) * averageSeconds)));

  function takeThread(): JobThread {
    let thread = idle.pop();
    while (thread?.dead) thread = idle.pop();
    thread ??= new JobThread(settings.memoryMb);
    busy.add(thread);
    return thread;
  }

  /** Starts a thread ahead of need when none is idle and fewer than `concurrency` exist. */
  function warmUp(): void {
    if (closed || idle.some((thread) => !thread.dead) || idle.length + busy.size >= settings.concurrency)
      return;
    idle.push(new JobThread(settings.memoryMb));
  }

  async function giveBack(thread: JobThread): Promise<void> {
    busy.delete(thread);
    if (!thread.dead) {
      try {
        await thread.send({ kind: 'end' });
      } catch {
        // it stopped while ending: nothing to keep
      }
    }
    if (thread.dead) {
      warmUp();
      return;
    }
    if (closed || thread.heapBytes > RETIRE_AFTER_HEAP_BYTES || idle.length >= settings.concurrency) {
      await thread.stop(new Error('retired'));
      warmUp();
      return;
    }
    idle.push(thread);
  }

  /** File work on `thread`, each step bounded by what is left of the job's time. */
  function workOn(thread: JobThread, deadline: number): FileWork {
    const timed = <T>(request: JobMessage): Promise<T> => {
      const left = deadline - Date.now();
      const limit = new FileJobLimitError('time', settings.timeLimitSeconds);
      if (left <= 0) {
        void thread.stop(limit);
        return Promise.reject(limit);
      }
      const timer = setTimeout(() => void thread.stop(limit), left);
      return thread.send<T>(request).finally(() => clearTimeout(timer));
    };
    return {
      read: (files: readonly UploadedFile[]) => timed<ReadSummary>({ kind: 'read', files: [...files] }),
      plan: (existing: ExistingWorkspace) => timed<PlanOutcome>({ kind: 'plan', existing }),
      write: (backup: Backup, format: ExportFormat, options: ExportOptions) =>
        timed<FileBody>({ kind: 'write', backup, format, options }),
    };
  }

  function admit(account: string): JobTicket {
    if (closed) throw new FileJobsBusyError('installation', 5);
    const mine = perAccount.get(account) ?? 0;
    if (mine >= settings.perAccount) throw new FileJobsBusyError('account', retryAfter(mine - 1));
    if (running + admitted >= settings.concurrency + settings.queueLength)
      throw new FileJobsBusyError('installation', retryAfter(running + admitted));
    perAccount.set(account, mine + 1);
    // Admitted counts against the queue from now on, also while its upload is still arriving.
    admitted += 1;
    warmUp();
    let state: 'admitted' | 'running' | 'done' = 'admitted';
    const finish = () => {
      if (state === 'done') return;
      if (state === 'admitted') admitted -= 1;
      else running -= 1;
      state = 'done';
      const left = (perAccount.get(account) ?? 1) - 1;
      if (left > 0) perAccount.set(account, left);
      else perAccount.delete(account);
      startReady();
    };

    return {
      release() {
        if (state === 'admitted') finish();
      },
      async run<T>(task: (work: FileWork) => Promise<T>): Promise<T> {
        if (state !== 'admitted') throw new Error('this job place was used or given back');
        await new Promise<void>((resolve) => {
          ready.push(() => {
            admitted -= 1;
            running += 1;
            state = 'running';
            resolve();
          });
          startReady();
        });
        const started = Date.now();
        const thread = takeThread();
        try {
          return await task(workOn(thread, started + settings.timeLimitSeconds * 1000));
        } finally {
          averageSeconds = averageSeconds * 0.8 + ((Date.now() - started) / 1000) * 0.2;
          await giveBack(thread);
          finish();
        }
      },
    };
  }

  /** Lets jobs that are ready start while fewer than `concurrency` run. */
  function startReady(): void {
    while (running < settings.concurrency && ready.length > 0) (ready.shift() as () => void)();
  }

  return {
    admit,
    load: () => ({ running, waiting: admitted }),
    async close() {
      closed = true;
      const threads = [...idle, ...busy];
      idle.length = 0;
      await Promise.all(threads.map((thread) => thread.stop(new Error('the app is closing'))));
    },
  };
}
