/**
 * The Diagnose panel's link to the analysis worker: sends the werkruimte when it (re)loads, asks for the
 * diagnosis when the data or the options change and for the what-if result when the stacked changes do,
 * and reports whether the worker is busy. The worker lives as long as the panel.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Diagnosis, DiagnosisOptionsInput, WhatIfResult } from '../../../../analysis/index.ts';
import type { WorkspaceGraph } from '../../../../domain/index.ts';
import {
  analysisInput,
  createAnalysisSupervisor,
  toChangeSet,
  type WhatIfChange,
} from '../../../state/analysis/index.ts';

export function useAnalysis(
  data: WorkspaceGraph,
  options: DiagnosisOptionsInput,
  changes: readonly WhatIfChange[],
) {
  const supervisor = useMemo(() => createAnalysisSupervisor(), []);
  useEffect(() => () => supervisor.terminate(), [supervisor]);
  const subscribe = useCallback((listener: () => void) => supervisor.subscribe(listener), [supervisor]);
  const status = useSyncExternalStore(subscribe, () => supervisor.status());
  const [diagnosis, setDiagnosis] = useState<Diagnosis | null>(null);
  const [whatIf, setWhatIf] = useState<WhatIfResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // One key for the options, so a new but equal object does not start a new run.
  const optionsKey = JSON.stringify(options);

  useEffect(() => {
    const input = analysisInput(data);
    supervisor.setInput(input.actors, input.relations);
  }, [supervisor, data]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `data` and `attempt` are triggers: the worker holds the data.
  useEffect(() => {
    let live = true;
    supervisor.diagnose(JSON.parse(optionsKey) as DiagnosisOptionsInput).then(
      (result) => {
        if (!live || !result) return;
        setDiagnosis(result);
        setError(null);
      },
      (problem: Error) => live && setError(problem.message),
    );
    return () => {
      live = false;
    };
  }, [supervisor, data, optionsKey, attempt]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `data` and `attempt` are triggers: the worker holds the data.
  useEffect(() => {
    if (changes.length === 0) {
      setWhatIf(null);
      return;
    }
    let live = true;
    supervisor.whatIf(toChangeSet(changes), JSON.parse(optionsKey) as DiagnosisOptionsInput).then(
      (result) => {
        if (live && result) setWhatIf(result);
      },
      (problem: Error) => live && setError(problem.message),
    );
    return () => {
      live = false;
    };
  }, [supervisor, data, optionsKey, changes, attempt]);

  return { status, diagnosis, whatIf, error, retry: () => setAttempt((n) => n + 1) };
}
