/**
 * The analysis worker: a thin supervisor around src/analysis (conventions.md §3), so the page stays responsive
 * while the diagnosis runs. It keeps the last werkruimte it was sent, the snapshot built from it (per
 * choice of collaboration types) and the prepared what-if base, and answers diagnose and what-if requests. Requests that arrive while it
 * is busy are coalesced: of each kind only the newest is computed, older ones are answered `stale`.
 */
import {
  type AnalysisActor,
  type AnalysisRelation,
  buildSnapshot,
  type DiagnosisOptions,
  diagnose,
  prepareWhatIf,
  resolveDiagnosisOptions,
  type Snapshot,
  type WhatIfSession,
} from '../../analysis/index.ts';
import type { WorkerRequest, WorkerResponse } from '../state/analysis/protocol.ts';

type Computation = Exclude<WorkerRequest, { type: 'input' }>;

let actors: AnalysisActor[] = [];
let relations: AnalysisRelation[] = [];
let cached: { key: string; snapshot: Snapshot } | null = null;
// The what-if base (snapshot, clusters, pivots) is prepared once per map and options, so each click only
// computes the changed map.
let session: { key: string; session: WhatIfSession } | null = null;
let pending: WorkerRequest[] = [];
let scheduled = false;

const post = (message: WorkerResponse) => self.postMessage(message);

function snapshotFor(collaborationTypes: DiagnosisOptions['collaborationTypes']): Snapshot {
  const key = collaborationTypes.join(',');
  if (cached?.key !== key)
    cached = { key, snapshot: buildSnapshot(actors, relations, { collaborationTypes }) };
  return cached.snapshot;
}

function run(request: Computation): void {
  const started = performance.now();
  try {
    if (request.type === 'diagnose') {
      post({ type: 'progress', id: request.id, step: 'snapshot' });
      const options = resolveDiagnosisOptions(request.options);
      const snapshot = snapshotFor(options.collaborationTypes);
      post({ type: 'progress', id: request.id, step: 'measures' });
      const result = diagnose(snapshot, options);
      post({ type: 'done', id: request.id, kind: 'diagnose', result, ms: performance.now() - started });
    } else {
      post({ type: 'progress', id: request.id, step: 'measures' });
      const key = JSON.stringify(resolveDiagnosisOptions(request.options));
      if (session?.key !== key) session = { key, session: prepareWhatIf(actors, relations, request.options) };
      const result = session.session.apply(request.changes);
      post({ type: 'done', id: request.id, kind: 'whatIf', result, ms: performance.now() - started });
    }
  } catch (error) {
    post({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
}

function drain(): void {
  scheduled = false;
  const batch = pending;
  pending = [];
  const newest = new Map<Computation['type'], Computation>();
  for (const request of batch) {
    if (request.type === 'input') {
      actors = request.actors;
      relations = request.relations;
      cached = null;
      session = null;
      continue;
    }
    const older = newest.get(request.type);
    if (older) post({ type: 'stale', id: older.id });
    newest.set(request.type, request);
  }
  for (const request of newest.values()) run(request);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  pending.push(event.data);
  if (!scheduled) {
    scheduled = true;
    setTimeout(drain, 0);
  }
};
