/**
 * The page's side of the analysis worker (conventions.md §3, after Gephi Lite's worker supervisors): start,
 * terminate, send the werkruimte, and turn requests into promises. A newer request of the same kind makes
 * the older one stale: its promise resolves to `null` at once and the worker's late answer is dropped, so
 * the panel never shows a diagnosis of options the user already changed. `status()` says whether the
 * worker is busy, for the "Bezig met analyseren…" message; it is a stable object until something changes,
 * as React's useSyncExternalStore needs.
 */
import type {
  AnalysisActor,
  AnalysisRelation,
  ChangeSet,
  Diagnosis,
  DiagnosisOptionsInput,
  WhatIfResult,
} from '../../../analysis/index.ts';
import type { RequestKind, WorkerRequest, WorkerResponse } from './protocol.ts';

/** What the supervisor needs of a Worker (a fake one in the tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface AnalysisStatus {
  busy: boolean;
  /** Kinds with an unanswered request. */
  running: readonly RequestKind[];
  /** What the worker reported it is doing for the newest request; null when idle. */
  step: 'snapshot' | 'measures' | null;
  /** Milliseconds the last answered request took inside the worker. */
  lastMs: number | null;
}

interface Pending {
  kind: RequestKind;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

const IDLE: AnalysisStatus = { busy: false, running: [], step: null, lastMs: null };

export class AnalysisSupervisor {
  private worker: WorkerLike | null = null;
  private input: Extract<WorkerRequest, { type: 'input' }> | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly latest = new Map<RequestKind, number>();
  private readonly listeners = new Set<() => void>();
  private current: AnalysisStatus = IDLE;

  constructor(private readonly createWorker: () => WorkerLike) {}

  isRunning(): boolean {
    return this.worker !== null;
  }

  start(): void {
    if (this.worker) return;
    const worker = this.createWorker();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.failAll(new Error(event.message || 'analysis worker failed'));
      this.stopWorker();
    };
    this.worker = worker;
    if (this.input) worker.postMessage(this.input);
  }

  /** Stops the worker; unanswered requests resolve to `null`. */
  terminate(): void {
    this.stopWorker();
    for (const entry of this.pending.values()) entry.resolve(null);
    this.pending.clear();
    this.latest.clear();
    this.update();
  }

  setInput(actors: AnalysisActor[], relations: AnalysisRelation[]): void {
    this.input = { type: 'input', actors, relations };
    this.worker?.postMessage(this.input);
  }

  /** The diagnosis, or `null` when a newer diagnose request replaced this one. */
  diagnose(options: DiagnosisOptionsInput): Promise<Diagnosis | null> {
    return this.request('diagnose', (id) => ({ type: 'diagnose', id, options }));
  }

  /** The what-if result, or `null` when a newer what-if request replaced this one. */
  whatIf(changes: ChangeSet, options: DiagnosisOptionsInput): Promise<WhatIfResult | null> {
    return this.request('whatIf', (id) => ({ type: 'whatIf', id, changes, options }));
  }

  status(): AnalysisStatus {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private request<T>(kind: RequestKind, message: (id: number) => WorkerRequest): Promise<T | null> {
    this.start();
    const id = this.nextId++;
    const previous = this.latest.get(kind);
    if (previous !== undefined) {
      this.pending.get(previous)?.resolve(null);
      this.pending.delete(previous);
    }
    this.latest.set(kind, id);
    const promise = new Promise<T | null>((resolve, reject) => {
      this.pending.set(id, { kind, resolve: resolve as (result: unknown) => void, reject });
    });
    this.update();
    this.worker?.postMessage(message(id));
    return promise;
  }

  private receive(message: WorkerResponse): void {
    if (message.type === 'progress') {
      if (this.pending.has(message.id)) this.update(undefined, message.step);
      return;
    }
    const entry = this.pending.get(message.id);
    // Answers to requests that were replaced (or to a terminated run) are dropped here.
    if (!entry) return;
    this.pending.delete(message.id);
    if (this.latest.get(entry.kind) === message.id) this.latest.delete(entry.kind);
    if (message.type === 'done') {
      entry.resolve(message.result);
      this.update(message.ms);
    } else if (message.type === 'failed') {
      entry.reject(new Error(message.message));
      this.update();
    } else {
      entry.resolve(null);
      this.update();
    }
  }

  private failAll(error: Error): void {
    for (const entry of this.pending.values()) entry.reject(error);
    this.pending.clear();
    this.latest.clear();
    this.update();
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private update(ms?: number, progress?: AnalysisStatus['step']): void {
    const running = [...new Set([...this.pending.values()].map((entry) => entry.kind))].sort();
    const lastMs = ms ?? this.current.lastMs;
    const step = running.length === 0 ? null : (progress ?? this.current.step);
    const same =
      running.length === this.current.running.length &&
      running.every((kind, i) => kind === this.current.running[i]) &&
      lastMs === this.current.lastMs &&
      step === this.current.step;
    if (same) return;
    this.current = { busy: running.length > 0, running, step, lastMs };
    for (const listener of this.listeners) listener();
  }
}
