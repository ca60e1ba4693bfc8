/**
 * The messages between the page and the analysis worker, in one place so both sides agree by type. The
 * page sends the werkruimte once (`input`); diagnose and what-if requests then carry only their options or
 * change set, so a what-if costs the change, not a copy of the map. Every request has an id; an answer
 * names the id it answers, and `stale` says the worker skipped it because a newer one of the same kind came.
 */
import type {
  AnalysisActor,
  AnalysisRelation,
  ChangeSet,
  Diagnosis,
  DiagnosisOptionsInput,
  WhatIfResult,
} from '../../../analysis/index.ts';

export type RequestKind = 'diagnose' | 'whatIf';

export type WorkerRequest =
  | { type: 'input'; actors: AnalysisActor[]; relations: AnalysisRelation[] }
  | { type: 'diagnose'; id: number; options: DiagnosisOptionsInput }
  | { type: 'whatIf'; id: number; changes: ChangeSet; options: DiagnosisOptionsInput };

export type WorkerResponse =
  | { type: 'progress'; id: number; step: 'snapshot' | 'measures' }
  | { type: 'done'; id: number; kind: 'diagnose'; result: Diagnosis; ms: number }
  | { type: 'done'; id: number; kind: 'whatIf'; result: WhatIfResult; ms: number }
  | { type: 'stale'; id: number }
  | { type: 'failed'; id: number; message: string };
