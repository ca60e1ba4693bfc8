/** Messages between the server and its analysis worker thread. */
import type { DiagnosisOptionsInput, Locale, WhatIfResult } from '../../analysis/index.ts';
import type { ChangeSetInput, ExplainedDiagnosis, MapData } from '../../services/analysis-compute.ts';

export type ThreadRequest =
  | { id: number; kind: 'diagnose'; graph: MapData; options: DiagnosisOptionsInput; locale: Locale }
  | { id: number; kind: 'whatIf'; graph: MapData; changes: ChangeSetInput; options: DiagnosisOptionsInput };

export type ThreadResponse =
  | { id: number; ok: true; result: ExplainedDiagnosis | WhatIfResult }
  | { id: number; ok: false; error: { name: string; message: string } };
