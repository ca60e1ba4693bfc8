import { describe, expect, it } from 'vitest';
import type { Diagnosis, WhatIfResult } from '../../../analysis/index.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import { AnalysisSupervisor, type WorkerLike } from './supervisor.ts';

class FakeWorker implements WorkerLike {
  sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: WorkerRequest) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: WorkerResponse) {
    this.onmessage?.({ data: message } as MessageEvent<WorkerResponse>);
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
  idOf(index: number): number {
    const request = this.sent[index];
    if (!request || request.type === 'input') throw new Error(`request ${index} has no id`);
    return request.id;
  }
}

const DIAGNOSIS = { brokers: ['a'] } as unknown as Diagnosis;
const WHAT_IF = { exactPaths: true } as unknown as WhatIfResult;

function setUp() {
  const workers: FakeWorker[] = [];
  const supervisor = new AnalysisSupervisor(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  return { supervisor, workers };
}

describe('AnalysisSupervisor', () => {
  it('starts the worker on the first request and sends the werkruimte before it', async () => {
    const { supervisor, workers } = setUp();
    supervisor.setInput([], []);
    expect(workers).toHaveLength(0);
    const result = supervisor.diagnose({ grouping: 'kracht' });
    const worker = workers[0] as FakeWorker;
    expect(worker.sent.map((m) => m.type)).toEqual(['input', 'diagnose']);
    expect(supervisor.status()).toMatchObject({ busy: true, running: ['diagnose'], step: null });
    worker.answer({ type: 'progress', id: worker.idOf(1), step: 'measures' });
    expect(supervisor.status().step).toBe('measures');
    worker.answer({ type: 'done', id: worker.idOf(1), kind: 'diagnose', result: DIAGNOSIS, ms: 12 });
    await expect(result).resolves.toBe(DIAGNOSIS);
    expect(supervisor.status()).toEqual({ busy: false, running: [], step: null, lastMs: 12 });
  });

  it('resolves a replaced request with null and drops its late answer', async () => {
    const { supervisor, workers } = setUp();
    const first = supervisor.diagnose({});
    const second = supervisor.diagnose({ grouping: 'wijk' });
    await expect(first).resolves.toBeNull();
    const worker = workers[0] as FakeWorker;
    worker.answer({ type: 'done', id: worker.idOf(0), kind: 'diagnose', result: DIAGNOSIS, ms: 1 });
    expect(supervisor.status().busy).toBe(true);
    worker.answer({ type: 'stale', id: worker.idOf(0) });
    const fresh = { brokers: [] } as unknown as Diagnosis;
    worker.answer({ type: 'done', id: worker.idOf(1), kind: 'diagnose', result: fresh, ms: 1 });
    await expect(second).resolves.toBe(fresh);
  });

  it('keeps diagnose and what-if apart: one does not replace the other', async () => {
    const { supervisor, workers } = setUp();
    const diagnosis = supervisor.diagnose({});
    const whatIf = supervisor.whatIf({ removeRelationIds: ['r1'] }, {});
    expect(supervisor.status().running).toEqual(['diagnose', 'whatIf']);
    const worker = workers[0] as FakeWorker;
    worker.answer({ type: 'done', id: worker.idOf(1), kind: 'whatIf', result: WHAT_IF, ms: 3 });
    worker.answer({ type: 'done', id: worker.idOf(0), kind: 'diagnose', result: DIAGNOSIS, ms: 5 });
    await expect(whatIf).resolves.toBe(WHAT_IF);
    await expect(diagnosis).resolves.toBe(DIAGNOSIS);
  });

  it('rejects with the worker message when the analysis fails', async () => {
    const { supervisor, workers } = setUp();
    const result = supervisor.diagnose({});
    const worker = workers[0] as FakeWorker;
    worker.answer({ type: 'failed', id: worker.idOf(0), message: 'invalid `grouping`' });
    await expect(result).rejects.toThrow('invalid `grouping`');
    expect(supervisor.status().busy).toBe(false);
  });

  it('rejects everything when the worker crashes, and starts a fresh one with the data next time', async () => {
    const { supervisor, workers } = setUp();
    supervisor.setInput([], []);
    const result = supervisor.diagnose({});
    (workers[0] as FakeWorker).fail('blocked by CSP');
    await expect(result).rejects.toThrow('blocked by CSP');
    expect(workers[0]?.terminated).toBe(true);
    expect(supervisor.isRunning()).toBe(false);
    void supervisor.diagnose({});
    expect(workers[1]?.sent.map((m) => m.type)).toEqual(['input', 'diagnose']);
  });

  it('tells subscribers when it becomes busy and idle; terminate resolves what is pending', async () => {
    const { supervisor } = setUp();
    const seen: boolean[] = [];
    const unsubscribe = supervisor.subscribe(() => seen.push(supervisor.status().busy));
    const result = supervisor.whatIf({}, {});
    const before = supervisor.status();
    expect(supervisor.status()).toBe(before);
    supervisor.terminate();
    await expect(result).resolves.toBeNull();
    expect(seen).toEqual([true, false]);
    unsubscribe();
    void supervisor.whatIf({}, {});
    expect(seen).toEqual([true, false]);
  });
});
