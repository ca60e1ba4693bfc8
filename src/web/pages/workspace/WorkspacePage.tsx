/**
 * One werkruimte: the map with legend and filters, the speler panel (or the form for a new speler), and
 * the registers of spelers and relaties below — the keyboard- and screen-reader-friendly way to everything
 * the map shows. Selection and filters are shared by all parts; any change reloads the map from the server.
 * Below: Uitwisselen, the Geschiedenis (history) and the Leden (members). What the user may do follows their
 * role here: a lezer sees no buttons or forms that change the map.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../contract/index.ts';
import { type Member, type Role, roleAllows, type WorkspaceGraph } from '../../../domain/index.ts';
import { call, hrefOf } from '../../api/client.ts';
import { Tabs } from '../../components/Tabs.tsx';
import { buildMapGraph } from '../../map/build-map-graph.ts';
import { runForceLayout } from '../../map/force-layout.ts';
import { ImageExport } from '../../map/ImageExport.tsx';
import { LayoutControl } from '../../map/LayoutControl.tsx';
import { Legend } from '../../map/Legend.tsx';
import { type MapOverride, MapView, type MapViewHandle } from '../../map/MapView.tsx';
import { followLink } from '../../router.ts';
import { filteredOut, type MapFilters, NO_FILTERS } from '../../state/map-filters.ts';
import {
  loadPositions,
  type MapLayout,
  type Positions,
  savePositions,
  storedLayout,
  storeLayout,
} from '../../state/map-layout.ts';
import { describeImport } from '../import-summary.ts';
import { ActorPanel } from './ActorPanel.tsx';
import { ActorRegister } from './ActorRegister.tsx';
import { DiagnosePanel } from './DiagnosePanel.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { HistorySection } from './history/HistorySection.tsx';
import { MembersSection } from './MembersSection.tsx';
import { NewActorForm } from './NewActorForm.tsx';
import { RelationRegister } from './RelationRegister.tsx';
import { TransferSection } from './TransferSection.tsx';

export function WorkspacePage({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation();
  const [data, setData] = useState<WorkspaceGraph | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const [memberNames, setMemberNames] = useState<ReadonlyMap<string, string>>(new Map());
  // Counts changes to members and invitations, which the history shows too.
  const [membersChanged, setMembersChanged] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [filters, setFilters] = useState<MapFilters>(NO_FILTERS);
  const [status, setStatus] = useState('');
  const [layout, setLayout] = useState<MapLayout>(() => storedLayout(workspaceId));
  const [positions, setPositions] = useState<Positions | null>(null);
  const [layoutRunning, setLayoutRunning] = useState(false);
  const [layoutStatus, setLayoutStatus] = useState('');
  const [rerun, setRerun] = useState(0);
  const [sideTab, setSideTab] = useState<'map' | 'diagnose'>('map');
  const [diagnoseOpened, setDiagnoseOpened] = useState(false);
  const [mapOverride, setMapOverride] = useState<MapOverride | undefined>(undefined);
  const mapHandle = useRef<MapViewHandle>(null);
  // While the what-if mode waits for a speler, a click on the map goes there instead of selecting.
  const mapPicker = useRef<((id: string) => void) | null>(null);
  const setMapPicker = useCallback((picker: ((id: string) => void) | null) => {
    mapPicker.current = picker;
  }, []);
  const panelDirty = useRef(false);
  const setPanelDirty = useCallback((dirty: boolean) => {
    panelDirty.current = dirty;
  }, []);

  const reload = useCallback(
    () =>
      call(contract.graph.getGraph, { params: { workspaceId } })
        .then(setData)
        .catch((problem: Error) => setError(problem.message)),
    [workspaceId],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  // The user's own role here: loaded at the start and again when the members change (it may be theirs).
  const loadRole = useCallback(
    () =>
      call(contract.workspaces.getWorkspace, { params: { workspaceId } })
        .then((workspace) => setRole(workspace.role))
        .catch((problem: Error) => setError(problem.message)),
    [workspaceId],
  );
  useEffect(() => {
    void loadRole();
  }, [loadRole]);
  const onMembers = useCallback((members: Member[]) => {
    setMemberNames(new Map(members.map((member) => [member.userId, member.displayName])));
  }, []);
  const onMembersChanged = useCallback(() => {
    setMembersChanged((n) => n + 1);
    void loadRole();
  }, [loadRole]);
  const canEdit = role !== null && roleAllows(role, 'edit');
  const actorNames = useMemo(
    () => new Map((data?.actors ?? []).map((actor) => [actor.id, actor.name])),
    [data],
  );
  const historyKey = useMemo(() => [data, membersChanged], [data, membersChanged]);

  useEffect(() => {
    setPositions(null);
    loadPositions(workspaceId, layout)
      .catch(() => ({}))
      .then(setPositions);
  }, [workspaceId, layout]);

  const graph = useMemo(() => (data && positions ? buildMapGraph(data, positions) : null), [data, positions]);

  // The network layout runs when a speler has no saved place yet, or on request; its result is saved.
  useEffect(() => {
    // Waits for the role too: whether the result is saved depends on it.
    if (layout !== 'force' || !graph || !data || !positions || !role || graph.order === 0) return;
    const complete = data.actors.every((actor) => positions[actor.id]);
    if (complete && rerun === 0) return;
    setLayoutRunning(true);
    setLayoutStatus(t('layout.running'));
    const run = runForceLayout(graph, (settled) => {
      setLayoutRunning(false);
      setRerun(0);
      setPositions(settled);
      // A lezer may arrange the map for themselves; only a redacteur or eigenaar saves it for everyone.
      if (!canEdit) {
        setLayoutStatus(t('layout.notSaved'));
        return;
      }
      void savePositions(workspaceId, 'force', settled)
        .then(() => setLayoutStatus(t('layout.saved')))
        .catch((problem: Error) => setLayoutStatus(problem.message));
    });
    return () => run.cancel();
  }, [layout, graph, data, positions, rerun, workspaceId, t, role, canEdit]);
  const faded = useMemo(() => (data ? filteredOut(data, filters) : null), [data, filters]);

  useEffect(() => {
    if (data) document.title = `${data.workspace.name} – ${t('app.name')}`;
  }, [data, t]);

  if (error) {
    return (
      <div className="kv-alert" role="alert">
        <Paragraph>{error}</Paragraph>
        <a href="/" onClick={followLink}>
          {t('app.backToList')}
        </a>
      </div>
    );
  }
  if (!data || !graph || !faded || !role) return <Paragraph>{t('app.loading')}</Paragraph>;

  const select = (id: string | null) => {
    if (id === selectedId) return;
    // Switching away from a speler with unsaved edits would lose them: ask first.
    if (panelDirty.current && !window.confirm(t('panel.discardEdits'))) return;
    panelDirty.current = false;
    setAdding(false);
    setSelectedId(id);
  };

  return (
    <>
      <a href="/" onClick={followLink} className="kv-back">
        ← {t('app.backToList')}
      </a>
      <Heading level={1}>{data.workspace.name}</Heading>
      <Paragraph className="kv-muted">
        {t('workspace.summary', { actors: data.actors.length, relations: data.relations.length })}
      </Paragraph>
      {!canEdit && <p className="kv-notice">{t('workspace.readOnly')}</p>}
      <p className="kv-status" role="status">
        {status}
      </p>
      <section aria-labelledby="map-heading" className="kv-map-section">
        <Heading level={2} id="map-heading" className="kv-visually-hidden">
          {t('workspace.map')}
        </Heading>
        {data.actors.length === 0 ? (
          <Paragraph>{t('workspace.emptyMap')}</Paragraph>
        ) : (
          <div className={sideTab === 'diagnose' ? 'kv-map-layout kv-map-layout--wide' : 'kv-map-layout'}>
            <MapView
              graph={graph}
              label={
                sideTab === 'diagnose' && mapOverride?.colors
                  ? t('workspace.mapLabelClusters')
                  : t('workspace.mapLabel')
              }
              faded={faded}
              selectedId={selectedId}
              onSelect={(id) => {
                if (id && mapPicker.current && sideTab === 'diagnose') mapPicker.current(id);
                else select(id);
              }}
              override={sideTab === 'diagnose' ? mapOverride : undefined}
              handle={mapHandle}
            />
            <Tabs
              idPrefix="side"
              label={t('workspace.sideTabs')}
              tabs={[
                { id: 'map', label: t('workspace.mapTab') },
                { id: 'diagnose', label: t('workspace.diagnoseTab') },
              ]}
              active={sideTab}
              onChange={(next) => {
                setSideTab(next);
                if (next === 'diagnose') setDiagnoseOpened(true);
              }}
              className="kv-map-side-tabs"
            >
              {diagnoseOpened && (
                // Kept while the other tab shows, so the diagnosis and what-if changes survive a look at the filters.
                <div hidden={sideTab !== 'diagnose'}>
                  <DiagnosePanel
                    data={data}
                    selectedId={selectedId}
                    onSelect={select}
                    onMapOverride={setMapOverride}
                    setMapPicker={setMapPicker}
                  />
                </div>
              )}
              <div className="kv-map-side" hidden={sideTab !== 'map'}>
                <LayoutControl
                  layout={layout}
                  running={layoutRunning}
                  onChange={(next) => {
                    storeLayout(workspaceId, next);
                    setLayoutStatus('');
                    setLayout(next);
                  }}
                  onRerun={() => setRerun((n) => n + 1)}
                />
                <p className="kv-muted" role="status" data-testid="layout-status">
                  {layoutStatus}
                </p>
                <Legend />
                <FilterPanel
                  data={data}
                  filters={filters}
                  visibleCount={data.actors.length - faded.actors.size}
                  onChange={setFilters}
                  onFind={select}
                />
              </div>
            </Tabs>
          </div>
        )}
        <div className="kv-actions kv-toolbar">
          {canEdit && (
            <Button
              purpose="secondary"
              onClick={() => {
                setSelectedId(null);
                setAdding(true);
              }}
            >
              {t('actorForm.add')}
            </Button>
          )}
          <a
            className="kv-button-link"
            href={hrefOf(contract.transfer.exportWorkspace, {
              params: { workspaceId },
              query: { format: 'json' },
            })}
            download
          >
            {t('import.download')}
          </a>
          {data.actors.length > 0 && (
            <ImageExport
              map={mapHandle}
              workspaceName={data.workspace.name}
              colorLegend={sideTab === 'diagnose' && mapOverride?.colors ? mapOverride.legend : undefined}
              filtered={faded.actors.size > 0}
              onStatus={setStatus}
            />
          )}
        </div>
      </section>
      {adding && canEdit && (
        <NewActorForm
          workspaceId={workspaceId}
          onCancel={() => setAdding(false)}
          onCreated={(actor) => {
            setStatus(t('actorForm.created', { name: actor.name }));
            void reload().then(() => select(actor.id));
          }}
        />
      )}
      {selectedId && (
        <ActorPanel
          key={selectedId}
          data={data}
          actorId={selectedId}
          canEdit={canEdit}
          onChanged={() => void reload()}
          onClose={() => select(null)}
          onDirtyChange={setPanelDirty}
          onDeleted={(name) => {
            setStatus(t('panel.deleted', { name }));
            select(null);
            void reload();
          }}
        />
      )}
      <section aria-labelledby="register-heading">
        <Heading level={2} id="register-heading">
          {t('workspace.register')}
        </Heading>
        <Heading level={3}>{t('workspace.actors')}</Heading>
        <ActorRegister data={data} hidden={faded.actors} selectedId={selectedId} onSelect={select} />
        <Heading level={3}>{t('workspace.relations')}</Heading>
        <RelationRegister data={data} hidden={faded.relations} />
      </section>
      <TransferSection
        workspaceId={workspaceId}
        canImport={canEdit}
        onImported={({ summary }) => {
          const [headline] = describeImport(summary, t, i18n.language);
          setStatus(t('transfer.imported', { summary: headline }));
          void reload();
        }}
      />
      <HistorySection
        workspaceId={workspaceId}
        refreshKey={historyKey}
        actorNames={actorNames}
        memberNames={memberNames}
        canRestore={canEdit}
        onRestored={() => void reload()}
      />
      <MembersSection
        workspaceId={workspaceId}
        role={role}
        onMembers={onMembers}
        onChanged={onMembersChanged}
      />
    </>
  );
}
