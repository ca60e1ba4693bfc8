/**
 * The map's layout for the werkruimte screen: which layout is chosen (remembered in this browser), the
 * positions to draw with, and the network layout (ForceAtlas2 in a worker, force-layout.ts) run when a
 * speler has no place yet or on request. Trying a layout changes nothing for others: a run's result stays
 * in this browser until an editor presses "Bewaar deze indeling" — only then is it saved (with a history
 * entry), and only then do the whole-map image and the other users get it. A lezer can try layouts too.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceGraph } from '../../domain/index.ts';
import {
  loadPositions,
  type MapLayout,
  type Positions,
  savePositions,
  storedLayout,
  storeLayout,
} from '../state/map-layout.ts';
import { buildMapGraph } from './build-map-graph.ts';
import { runForceLayout } from './force-layout.ts';

export interface MapLayoutState {
  layout: MapLayout;
  setLayout(layout: MapLayout): void;
  /** What to build the map with (`buildMapGraph(data, positions, layout)`); null while loading. */
  positions: Positions | null;
  /** The network layout is being computed. */
  running: boolean;
  /** One line for the user: running, tried but not saved, saved, or why saving failed. */
  status: string;
  /** Runs the network layout again from the current positions (not saved). */
  rerun(): void;
  /** The network layout on screen is not the saved one. */
  unsaved: boolean;
  /** This user may save a layout (redacteur, eigenaar). */
  canSave: boolean;
  saving: boolean;
  /** Saves the network layout on screen for everyone. */
  save(): Promise<void>;
}

interface MapLayoutOptions {
  workspaceId: string;
  /** The werkruimte's graph; null while loading. */
  data: WorkspaceGraph | null;
  canEdit: boolean;
}

export function useMapLayout({ workspaceId, data, canEdit }: MapLayoutOptions): MapLayoutState {
  const { t } = useTranslation();
  const [layout, setLayoutState] = useState<MapLayout>(() => storedLayout(workspaceId));
  // Tagged with what they belong to: right after a switch, the last layout's positions are not this one's.
  const [placed, setPlaced] = useState<{ key: string; positions: Positions } | null>(null);
  const key = `${workspaceId}:${layout}`;
  const positions = placed?.key === key ? placed.positions : null;
  const setPositions = useCallback(
    (next: Positions) => setPlaced({ key: `${workspaceId}:${layout}`, positions: next }),
    [workspaceId, layout],
  );
  const [running, setRunning] = useState(false);
  const [status, setStatus] = useState('');
  const [rerunCount, setRerunCount] = useState(0);
  const [unsaved, setUnsaved] = useState(false);
  const [saving, setSaving] = useState(false);
  // A tried network layout survives a look at the five-forces layout (in this browser, until saved).
  const tried = useRef<{ workspaceId: string; positions: Positions } | null>(null);
  // Read when a run ends, without restarting a run when the role arrives.
  const canEditRef = useRef(canEdit);
  canEditRef.current = canEdit;

  useEffect(() => {
    let current = true;
    setUnsaved(false);
    if (layout === 'vijf_krachten') {
      setPositions({});
    } else if (tried.current?.workspaceId === workspaceId) {
      setPositions(tried.current.positions);
      setUnsaved(true);
    } else {
      loadPositions(workspaceId, layout)
        .catch(() => ({}))
        .then((loaded) => {
          if (current) setPositions(loaded);
        });
    }
    return () => {
      current = false;
    };
  }, [workspaceId, layout, setPositions]);

  // The network layout runs when a speler has no place yet (a new map, a new speler) or on request.
  useEffect(() => {
    if (layout !== 'force' || !data || !positions || data.actors.length === 0) return;
    const complete = data.actors.every((actor) => positions[actor.id]);
    if (complete && rerunCount === 0) return;
    setRunning(true);
    setStatus(t('layout.running'));
    // On a graph of its own: the map keeps showing the last positions until the new ones are there.
    const run = runForceLayout(buildMapGraph(data, positions, 'force'), (settled) => {
      tried.current = { workspaceId, positions: settled };
      setRunning(false);
      setRerunCount(0);
      setPositions(settled);
      setUnsaved(true);
      setStatus(canEditRef.current ? t('layout.tried') : t('layout.notSaved'));
    });
    return () => {
      run.cancel();
      setRunning(false);
    };
  }, [layout, data, positions, rerunCount, workspaceId, t, setPositions]);

  const setLayout = useCallback(
    (next: MapLayout) => {
      storeLayout(workspaceId, next);
      setStatus('');
      setLayoutState(next);
    },
    [workspaceId],
  );

  const rerun = useCallback(() => setRerunCount((n) => n + 1), []);

  const save = useCallback(async () => {
    if (layout !== 'force' || !positions || !canEdit) return;
    setSaving(true);
    setStatus(t('layout.saving'));
    try {
      await savePositions(workspaceId, 'force', positions);
      tried.current = null;
      setUnsaved(false);
      setStatus(t('layout.saved'));
    } catch (problem) {
      setStatus((problem as Error).message);
    } finally {
      setSaving(false);
    }
  }, [layout, positions, canEdit, workspaceId, t]);

  return {
    layout,
    setLayout,
    positions,
    running,
    status,
    rerun,
    unsaved: layout === 'force' && unsaved,
    canSave: canEdit,
    saving,
    save,
  };
}
