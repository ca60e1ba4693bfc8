/**
 * One werkruimte as an app shell: the title bar with its sections, the map filling the screen, and beside it
 * (below it on a phone) the panel the address names — a speler, a relatie, the registers, the diagnosis,
 * filters, exchange, history, members. Every panel has its own URL (src/web/router.ts), so a view can be
 * shared and survives a reload. Server data comes through the query cache; every write invalidates it.
 * What the user may do follows their role: a lezer sees no buttons or forms that change the map.
 */
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../domain/index.ts';
import { buildMapGraph } from '../../map/build-map-graph.ts';
import { ImageExport } from '../../map/ImageExport.tsx';
import { LayoutControl } from '../../map/LayoutControl.tsx';
import { Legend } from '../../map/Legend.tsx';
import { type MapOverride, MapView, type MapViewHandle } from '../../map/MapView.tsx';
import { useMapLayout } from '../../map/use-map-layout.ts';
import { followLink, navigate, setLeaveGuard, type WorkspacePanel, workspacePath } from '../../router.ts';
import { filteredOut, hasFilters, type MapFilters, NO_FILTERS } from '../../state/map-filters.ts';
import { DiagnosePanel } from './DiagnosePanel.tsx';
import { MapOptions } from './shell/MapOptions.tsx';
import { MapSearch } from './shell/MapSearch.tsx';
import { MapStage, type ShellStatus } from './shell/MapStage.tsx';
import { PanelContent } from './shell/PanelContent.tsx';
import { type MapPerspective, PerspectiveSwitcher } from './shell/PerspectiveSwitcher.tsx';
import { SidePanel } from './shell/SidePanel.tsx';
import { useNarrowScreen } from './shell/use-narrow-screen.ts';
import { useWorkspaceData } from './shell/use-workspace-data.ts';
import { WorkspaceHeader } from './shell/WorkspaceHeader.tsx';

/** Panels with tables or long lists get more room than a speler's card; the diagnosis a little more. */
const PANEL_WIDTHS: Partial<Record<NonNullable<WorkspacePanel>['kind'], 'medium' | 'wide'>> = {
  diagnose: 'medium',
  divergence: 'wide',
  topic: 'wide',
  actors: 'wide',
  relations: 'wide',
  transfer: 'wide',
  history: 'wide',
  members: 'wide',
};
/** Panels that bring their own close button. */
const OWN_CLOSE: ReadonlySet<string> = new Set(['actor', 'new-actor', 'relation', 'topic']);

export function WorkspacePage({ workspaceId, panel }: { workspaceId: string; panel: WorkspacePanel }) {
  const { t } = useTranslation();
  // Whose map is drawn: '' as stored, 'all' or one perspective (the registers keep showing what is stored).
  const [perspective, setPerspective] = useState<MapPerspective>('');
  const { data, view, role, canEdit, error, changed } = useWorkspaceData(workspaceId, perspective);
  const [filters, setFilters] = useState<MapFilters>(NO_FILTERS);
  const [status, setStatus] = useState<ShellStatus | null>(null);
  const [memberNames, setMemberNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [mapOverride, setMapOverride] = useState<MapOverride | undefined>(undefined);
  // A speler the diagnosis points out (a broker, a weak spot): shown on the map, the panel stays.
  const [diagnoseFocus, setDiagnoseFocus] = useState<string | null>(null);
  const [diagnoseOpened, setDiagnoseOpened] = useState(panel?.kind === 'diagnose');
  const mapHandle = useRef<MapViewHandle>(null);
  const layout = useMapLayout({ workspaceId, data, canEdit });
  const narrow = useNarrowScreen();
  // While the what-if mode waits for a speler, a click on the map goes there instead of opening it.
  const mapPicker = useRef<((id: string) => void) | null>(null);
  const setMapPicker = useCallback((picker: ((id: string) => void) | null) => {
    mapPicker.current = picker;
  }, []);
  const dirty = useRef(false);
  const setDirty = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);
  const onMembers = useCallback((members: Member[]) => {
    setMemberNames(new Map(members.map((member) => [member.userId, member.displayName])));
  }, []);

  // Leaving a panel with unsaved edits would lose them: ask first.
  const mayLeave = useCallback(() => {
    if (dirty.current && !window.confirm(t('panel.discardEdits'))) return false;
    dirty.current = false;
    return true;
  }, [t]);
  useEffect(() => setLeaveGuard(mayLeave), [mayLeave]);
  const open = useCallback(
    (next: WorkspacePanel) => navigate(workspacePath(workspaceId, next)),
    [workspaceId],
  );

  const diagnosing = panel?.kind === 'diagnose';
  useEffect(() => {
    if (diagnosing) setDiagnoseOpened(true);
  }, [diagnosing]);
  useEffect(() => {
    if (data) document.title = `${data.workspace.name} – ${t('app.name')}`;
  }, [data, t]);

  const builtGraph = useMemo(
    () => (view && layout.positions ? buildMapGraph(view, layout.positions, layout.layout) : null),
    [view, layout.positions, layout.layout],
  );
  // While another layout's positions load, the map keeps the last one: showing "loading" instead would
  // unmount the panels, and with them the diagnosis and its what-if changes.
  const lastGraph = useRef(builtGraph);
  if (builtGraph) lastGraph.current = builtGraph;
  const graph = builtGraph ?? lastGraph.current;
  const faded = useMemo(() => (view ? filteredOut(view, filters) : null), [view, filters]);
  // An open relatie shows its two spelers on the map, the rest faded.
  const openRelationId = panel?.kind === 'relation' ? panel.relationId : null;
  const relationEnds = useMemo((): MapOverride | undefined => {
    const relation = data?.relations.find((r) => r.id === openRelationId);
    return relation ? { spotlight: [relation.source, relation.target] } : undefined;
  }, [data, openRelationId]);

  if (error) {
    return (
      <div className="kv-alert" role="alert">
        <Paragraph>{error.message}</Paragraph>
        <a href="/" onClick={followLink}>
          {t('app.backToList')}
        </a>
      </div>
    );
  }
  if (!data || !graph || !faded || !role) return <Paragraph>{t('app.loading')}</Paragraph>;

  const selectedId = panel?.kind === 'actor' ? panel.actorId : diagnosing ? diagnoseFocus : null;
  const mapOverrideShown = diagnosing ? mapOverride : relationEnds;
  const clustersShown = Boolean(mapOverrideShown?.colors);
  const mapHref = workspacePath(workspaceId);

  const toolbar = (
    <>
      <MapSearch
        data={data}
        hrefOfActor={(actorId) => workspacePath(workspaceId, { kind: 'actor', actorId })}
        onOpen={(actorId) => open({ kind: 'actor', actorId })}
      />
      <a
        className="kv-button-link"
        href={workspacePath(workspaceId, { kind: 'filters' })}
        onClick={followLink}
        aria-current={panel?.kind === 'filters' ? 'page' : undefined}
      >
        {hasFilters(filters)
          ? t('shell.filtersActive', {
              visible: data.actors.length - faded.actors.size,
              total: data.actors.length,
            })
          : t('filters.title')}
      </a>
      {canEdit && (
        <a
          className="kv-button-link"
          href={workspacePath(workspaceId, { kind: 'new-actor' })}
          onClick={followLink}
        >
          {t('actorForm.add')}
        </a>
      )}
      <PerspectiveSwitcher workspaceId={workspaceId} value={perspective} onChange={setPerspective} />
      <MapOptions defaultOpen={!narrow && !(panel && PANEL_WIDTHS[panel.kind] === 'wide')}>
        <LayoutControl state={layout} />
        {data.actors.length > 0 && (
          <ImageExport
            map={mapHandle}
            workspaceName={data.workspace.name}
            colorLegend={clustersShown ? mapOverrideShown?.legend : undefined}
            filtered={faded.actors.size > 0}
            onStatus={(message) => setStatus({ message })}
          />
        )}
      </MapOptions>
    </>
  );

  const map =
    data.actors.length === 0 ? (
      <div className="kv-map kv-map--empty">
        <Paragraph>{t('workspace.emptyMap')}</Paragraph>
      </div>
    ) : (
      <MapView
        graph={graph}
        label={clustersShown ? t('workspace.mapLabelClusters') : t('workspace.mapLabel')}
        faded={faded}
        selectedId={selectedId}
        onSelect={(id) => {
          if (id && mapPicker.current && diagnosing) mapPicker.current(id);
          else if (id) open({ kind: 'actor', actorId: id });
          // A click beside the spelers closes a speler's card, not a section the user is working in.
          else if (panel?.kind === 'actor') open(null);
        }}
        override={mapOverrideShown}
        handle={mapHandle}
      />
    );

  const showAside = panel !== null || diagnoseOpened;
  return (
    <div className="kv-workspace-shell">
      <WorkspaceHeader data={data} panel={panel} canEdit={canEdit} />
      <div className="kv-workspace-body">
        <MapStage
          toolbar={toolbar}
          map={map}
          legend={
            <Legend
              override={clustersShown ? mapOverrideShown?.legend : undefined}
              collapsed={panel !== null || narrow}
            />
          }
          status={status}
          onDismissStatus={() => setStatus(null)}
        />
        {showAside && (
          <SidePanel
            showing={panel ? workspacePath(workspaceId, panel) : ''}
            width={(panel && PANEL_WIDTHS[panel.kind]) ?? 'narrow'}
            hidden={panel === null}
            closeHref={panel && !OWN_CLOSE.has(panel.kind) ? mapHref : undefined}
          >
            {diagnoseOpened && (
              // Kept while another panel shows, so the diagnosis and what-if changes survive a look at a speler.
              <div hidden={!diagnosing}>
                <DiagnosePanel
                  data={view ?? data}
                  selectedId={selectedId}
                  onSelect={setDiagnoseFocus}
                  onMapOverride={setMapOverride}
                  setMapPicker={setMapPicker}
                  layout={layout.layout}
                  onUseNetworkLayout={() => layout.setLayout('force')}
                />
              </div>
            )}
            {panel && panel.kind !== 'diagnose' && (
              <PanelContent
                panel={panel}
                context={{
                  data,
                  role,
                  canEdit,
                  filters,
                  faded,
                  memberNames,
                  setFilters,
                  open,
                  changed: () => void changed(),
                  setStatus,
                  setDirty,
                  onMembers,
                }}
              />
            )}
          </SidePanel>
        )}
      </div>
    </div>
  );
}
