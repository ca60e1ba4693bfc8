/**
 * One werkruimte as an app shell: the title bar with its sections, the map filling the screen, and beside it
 * (below it on a phone) the panel the address names — a speler, a relatie, the registers, the diagnosis,
 * filters, exchange, history, members. Every panel has its own URL (src/web/router.ts), so a view can be
 * shared and survives a reload. Server data comes through the query cache; every write invalidates it.
 * What the user may do follows their role: a lezer sees no buttons or forms that change the map.
 *
 * How the map is drawn lives in the query string (state/map-view.ts), which stays while panels change: whose
 * map it is ("Kaart volgens"), a second perspective's map beside it with the relaties only one of them has
 * marked, and a vraagstuk whose standpunten colour the spelers (map/stance.ts); and time: a momentopname
 * shown instead of now (the whole screen then shows that moment, read-only), what changed since an earlier
 * one coloured on the map (map/moment-changes.ts), and a day on which relaties must hold to be drawn.
 */
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../contract/index.ts';
import type { Member } from '../../../domain/index.ts';
import type { LegendItem } from '../../../formats/map-image/index.ts';
import { useEndpoint, useOptionalEndpoint } from '../../api/queries.ts';
import { formatDate, formatDay } from '../../i18n/format.ts';
import { buildMapGraph } from '../../map/build-map-graph.ts';
import { CameraLink } from '../../map/camera-link.ts';
import { relationsOnlyIn, saysNothing } from '../../map/compare-maps.ts';
import { ImageExport } from '../../map/ImageExport.tsx';
import { LayoutControl } from '../../map/LayoutControl.tsx';
import { Legend, type StanceLegend } from '../../map/Legend.tsx';
import { type MapOverride, MapView, type MapViewHandle } from '../../map/MapView.tsx';
import { CHANGE_COLORS, changeColors, countMarks, markRelations } from '../../map/moment-changes.ts';
import {
  mapStanceOf,
  NO_POSITION_COLOR,
  STANCE_VALUES,
  stanceFill,
  stanceSource,
  stancesOf,
  stanceWordKey,
} from '../../map/stance.ts';
import { hasOneSidedTies } from '../../map/survey-ties.ts';
import { useMapLayout } from '../../map/use-map-layout.ts';
import {
  followLink,
  navigate,
  navigateSearch,
  setLeaveGuard,
  useSearch,
  type WorkspacePanel,
  workspacePath,
} from '../../router.ts';
import { filteredOut, hasFilters, type MapFilters, NO_FILTERS } from '../../state/map-filters.ts';
import {
  changeMapView,
  knownMapView,
  type MapView as MapViewChoice,
  mapViewSearch,
  readMapView,
} from '../../state/map-view.ts';
import { problemText } from '../../state/problem-errors.ts';
import { notInForceOn } from '../../state/valid-on.ts';
import { DiagnosePanel } from './DiagnosePanel.tsx';
import { MapOptions } from './shell/MapOptions.tsx';
import { MapNote, MapPair, MapPane } from './shell/MapPanes.tsx';
import { MapSearch } from './shell/MapSearch.tsx';
import { MapStage, type ShellStatus } from './shell/MapStage.tsx';
import { PanelContent } from './shell/PanelContent.tsx';
import { PerspectiveSwitcher } from './shell/PerspectiveSwitcher.tsx';
import { SidePanel } from './shell/SidePanel.tsx';
import { TopicColorControl } from './shell/TopicColorControl.tsx';
import { useCurrentPositions, useTopicList } from './shell/use-map-stance.ts';
import { useMomentMap } from './shell/use-moment-map.ts';
import { useNarrowScreen } from './shell/use-narrow-screen.ts';
import { useWorkspaceData } from './shell/use-workspace-data.ts';
import { WorkspaceHeader } from './shell/WorkspaceHeader.tsx';
import { stanceMark } from './topics/topic-grid.ts';

/** Panels with tables or long lists get more room than a speler's card; the diagnosis a little more. */
const PANEL_WIDTHS: Partial<Record<NonNullable<WorkspacePanel>['kind'], 'medium' | 'wide'>> = {
  diagnose: 'medium',
  divergence: 'wide',
  topic: 'wide',
  surveys: 'wide',
  survey: 'wide',
  actors: 'wide',
  relations: 'wide',
  transfer: 'wide',
  report: 'wide',
  history: 'wide',
  members: 'wide',
};
/** Panels that bring their own close button. */
const OWN_CLOSE: ReadonlySet<string> = new Set(['actor', 'new-actor', 'relation', 'topic']);

export function WorkspacePage({ workspaceId, panel }: { workspaceId: string; panel: WorkspacePanel }) {
  const { t, i18n } = useTranslation();
  // How the map is drawn, from the address: whose map ('' as stored, 'all' or one perspective), a second
  // perspective beside it, a vraagstuk colouring the spelers. Ids that no longer exist are dropped.
  const search = useSearch();
  // One page of the most the API gives (500), so an address naming any perspective is recognised.
  const perspectiveList = useEndpoint(contract.perspectives.listPerspectives, {
    params: { workspaceId },
    query: { pageSize: 500 },
  });
  const topicList = useTopicList(workspaceId);
  // The momentopnames are asked for only when the address names one: every request on this screen shares
  // the browser's few connections with the live streams of a bijeenkomst (facilitator and projection).
  const addressed = readMapView(search);
  const snapshotList = useOptionalEndpoint(
    contract.snapshots.listSnapshots,
    addressed.moment || addressed.since ? { params: { workspaceId } } : null,
  );
  const perspectives = useMemo(() => perspectiveList.data?.items ?? [], [perspectiveList.data]);
  const topics = useMemo(() => topicList.data?.items ?? [], [topicList.data]);
  const mapView = useMemo(
    () =>
      knownMapView(
        readMapView(search),
        perspectiveList.data ? new Set(perspectives.map((perspective) => perspective.id)) : null,
        topicList.data ? new Set(topics.map((topic) => topic.id)) : null,
        snapshotList.data ? new Set(snapshotList.data.items.map((snapshot) => snapshot.id)) : null,
      ),
    [search, perspectiveList.data, perspectives, topicList.data, topics, snapshotList.data],
  );
  const setMapView = useCallback((next: MapViewChoice) => navigateSearch(mapViewSearch(next)), []);
  const live = useWorkspaceData(workspaceId, mapView.perspective, mapView.beside);
  const { viewReady, besideView, role, error, changed } = live;
  // A momentopname shown instead of now: every panel reads it, nothing can be changed.
  const moments = useMomentMap(workspaceId, live.data, mapView.moment, mapView.since);
  const inMoment = Boolean(mapView.moment);
  const timeShown = inMoment || Boolean(mapView.since);
  // While the next moment loads, the screen keeps the last one (unmounting it would take the slider's focus).
  const lastData = useRef(live.data);
  const shownData = inMoment ? moments.moment : live.data;
  if (shownData) lastData.current = shownData;
  const data = shownData ?? lastData.current;
  const view = inMoment ? data : live.view;
  const canEdit = live.canEdit && !inMoment;
  const positions = useCurrentPositions(workspaceId, mapView.topic);
  // Two maps side by side move together (camera-link.ts); the first map is always the leader.
  const cameraLink = useMemo(() => new CameraLink(), []);
  const [filters, setFilters] = useState<MapFilters>(NO_FILTERS);
  const [status, setStatus] = useState<ShellStatus | null>(null);
  const [memberNames, setMemberNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [mapOverride, setMapOverride] = useState<MapOverride | undefined>(undefined);
  // A speler the diagnosis points out (a broker, a weak spot): shown on the map, the panel stays.
  const [diagnoseFocus, setDiagnoseFocus] = useState<string | null>(null);
  const [diagnoseOpened, setDiagnoseOpened] = useState(panel?.kind === 'diagnose');
  const mapHandle = useRef<MapViewHandle>(null);
  const layout = useMapLayout({ workspaceId, data: live.data, canEdit });
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

  // What the map draws: the chosen reading of now, or (time shown) a moment with what went since put back.
  const lastDrawn = useRef(view);
  const drawnNow = timeShown ? moments.mapData : view;
  if (drawnNow) lastDrawn.current = drawnNow;
  const drawn = drawnNow ?? lastDrawn.current;
  const places = useMemo(() => {
    if (!layout.positions || layout.layout !== 'force' || !timeShown) return layout.positions;
    // A moment's own saved places come first; spelers gone since keep the place they had.
    const then = moments.positionsOf('force');
    return inMoment ? { ...layout.positions, ...then } : { ...then, ...layout.positions };
  }, [layout.positions, layout.layout, timeShown, inMoment, moments]);
  const changes = moments.changes;
  const builtGraph = useMemo(() => {
    if (!drawn || !places) return null;
    const built = buildMapGraph(drawn, places, layout.layout);
    if (changes) markRelations(built, changes);
    return built;
  }, [drawn, places, layout.layout, changes]);
  // While another layout's positions load, the map keeps the last one: showing "loading" instead would
  // unmount the panels, and with them the diagnosis and its what-if changes.
  const lastGraph = useRef(builtGraph);
  if (builtGraph) lastGraph.current = builtGraph;
  const graph = builtGraph ?? lastGraph.current;
  const faded = useMemo(() => {
    if (!drawn) return null;
    const out = filteredOut(drawn, filters);
    for (const relationId of notInForceOn(drawn.relations, mapView.on)) out.relations.add(relationId);
    return out;
  }, [drawn, filters, mapView.on]);
  // The map beside: the same places, its perspective's relaties; each marks the relaties only it has.
  const builtBeside = useMemo(
    () =>
      besideView && layout.positions ? buildMapGraph(besideView, layout.positions, layout.layout) : null,
    [besideView, layout.positions, layout.layout],
  );
  const lastBeside = useRef(builtBeside);
  if (builtBeside || !besideView) lastBeside.current = builtBeside;
  const besideGraph = builtBeside ?? lastBeside.current;
  const besideFaded = useMemo(
    () => (besideView ? filteredOut(besideView, filters) : null),
    [besideView, filters],
  );
  const onlyHere = useMemo(
    () =>
      view && besideView
        ? { main: relationsOnlyIn(view, besideView), beside: relationsOnlyIn(besideView, view) }
        : null,
    [view, besideView],
  );
  // Ties only one side named in an uitvraag are dashed; the legend says so only when a map has one.
  const oneSided = useMemo(() => hasOneSidedTies(view, besideView), [view, besideView]);
  // A vraagstuk's standpunten: each map from its own perspective (merged for the stored map and 'all').
  const fiveForces = layout.layout === 'vijf_krachten';
  const actorIds = useMemo(() => data?.actors.map((actor) => actor.id) ?? [], [data]);
  const mainStance = useMemo(
    () =>
      positions
        ? mapStanceOf(stancesOf(positions, stanceSource(mapView.perspective), actorIds), fiveForces)
        : undefined,
    [positions, mapView.perspective, actorIds, fiveForces],
  );
  const besideStance = useMemo(
    () =>
      positions && mapView.beside
        ? mapStanceOf(stancesOf(positions, stanceSource(mapView.beside), actorIds), fiveForces)
        : undefined,
    [positions, mapView.beside, actorIds, fiveForces],
  );
  // An open relatie shows its two spelers on the map, the rest faded.
  const openRelationId = panel?.kind === 'relation' ? panel.relationId : null;
  const relationEnds = useMemo((): MapOverride | undefined => {
    const relation = data?.relations.find((r) => r.id === openRelationId);
    return relation ? { spotlight: [relation.source, relation.target] } : undefined;
  }, [data, openRelationId]);
  // What changed since an earlier moment: spelers coloured by their mark (relaties are marked in the graph).
  const changeOverride = useMemo((): MapOverride | undefined => {
    if (!changes || !drawn) return undefined;
    return {
      colors: changeColors(
        drawn.actors.map((actor) => actor.id),
        changes,
      ),
      legend: {
        title: t('time.view.legendTitle'),
        items: [
          { color: CHANGE_COLORS.new, label: t('time.view.legendNew') },
          { color: CHANGE_COLORS.changed, label: t('time.view.legendChanged') },
          { color: CHANGE_COLORS.gone, label: t('time.view.legendGone') },
          { color: CHANGE_COLORS.same, label: t('time.view.legendSame') },
        ],
      },
    };
  }, [changes, drawn, t]);

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
  const clustersShown = diagnosing && Boolean(mapOverride?.colors);
  // The change colours stay under a diagnosis' spotlight or an open relatie's ends.
  const shownOver = diagnosing ? mapOverride : relationEnds;
  const mapOverrideShown =
    clustersShown || !changeOverride
      ? shownOver
      : shownOver
        ? { ...changeOverride, ...shownOver }
        : changeOverride;
  const changesShown = !clustersShown && Boolean(changeOverride);
  // What the colours of the map mean, for the legend and a saved image.
  const colorLegend = clustersShown ? mapOverride?.legend : changesShown ? changeOverride?.legend : undefined;
  const mapHref = workspacePath(workspaceId);
  const besideShown = Boolean(mapView.beside && besideGraph && besideFaded);
  const topicName = topics.find((topic) => topic.id === mapView.topic)?.name ?? '';
  const stanceShown = Boolean(topicName && positions);
  const perspectiveName = (id: string) =>
    perspectives.find((perspective) => perspective.id === id)?.name ?? '';
  const captionOf = (perspective: string) =>
    perspective === ''
      ? t('mapView.captionStored')
      : perspective === 'all'
        ? t('mapView.captionAll')
        : t('mapView.captionOne', { name: perspectiveName(perspective) });
  const mapLabelOf = (perspective: string, clusters: boolean) => {
    if (clusters) return t('workspace.mapLabelClusters');
    if (changesShown && moments.since) return t('time.view.mapLabelChanges', { name: moments.since.name });
    if (inMoment && moments.moment) return t('time.view.mapLabel', { name: moments.moment.snapshot.name });
    if (stanceShown)
      return t('mapView.mapLabelStance', { caption: captionOf(perspective), topic: topicName });
    return perspective === ''
      ? t('workspace.mapLabel')
      : t('mapView.mapLabel', { caption: captionOf(perspective) });
  };
  const merged = mapView.perspective === '' || mapView.perspective === 'all';
  const stanceLegend: StanceLegend | undefined = stanceShown
    ? {
        topic: topicName,
        whose: besideShown
          ? t('mapView.legendWhosePair')
          : merged
            ? t('mapView.legendWhoseAll')
            : t('mapView.legendWhoseOne', { name: perspectiveName(mapView.perspective) }),
        merged,
        movements: fiveForces,
      }
    : undefined;
  // What a saved image of the (first) map says its colours are: the standpunten, the ring, the arrows.
  const stanceImageLegend: { title: string; items: readonly LegendItem[] } | undefined = stanceShown
    ? {
        title: t('mapView.imageStanceTitle', { topic: topicName }),
        items: [
          ...[...STANCE_VALUES].reverse().map((value) => ({
            color: stanceFill(value),
            label: t('mapView.stanceItem', { words: t(stanceWordKey(value)), mark: stanceMark(value) }),
          })),
          { color: NO_POSITION_COLOR, label: t('mapView.noPosition') },
          { label: t('mapView.imageRing') },
          ...(fiveForces
            ? [{ label: t('mapView.imageMovementDown') }, { label: t('mapView.imageMovementUp') }]
            : []),
        ],
      }
    : undefined;

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
      <PerspectiveSwitcher perspectives={perspectives} value={mapView} onChange={setMapView} />
      <MapOptions defaultOpen={!narrow && !(panel && PANEL_WIDTHS[panel.kind] === 'wide')}>
        <LayoutControl state={layout} />
        <TopicColorControl
          topics={topics}
          value={mapView.topic}
          onChange={(topic) => setMapView(changeMapView(mapView, { topic }))}
        />
        {data.actors.length > 0 && (
          <ImageExport
            map={mapHandle}
            workspaceName={data.workspace.name}
            viewLine={mapView.perspective ? captionOf(mapView.perspective) : timeCaptionOf()?.caption}
            colorLegend={colorLegend ?? stanceImageLegend}
            filtered={faded.actors.size > 0}
            onStatus={(message) => setStatus({ message })}
          />
        )}
      </MapOptions>
    </>
  );

  const onSelect = (id: string | null) => {
    if (id && mapPicker.current && diagnosing) mapPicker.current(id);
    else if (id) open({ kind: 'actor', actorId: id });
    // A click beside the spelers closes a speler's card, not a section the user is working in.
    else if (panel?.kind === 'actor') open(null);
  };
  // A perspective that said nothing about relaties yet gets an explanation, not an empty-looking map.
  const mainNote =
    viewReady && view && saysNothing(mapView.perspective, view, data) ? (
      <MapNote
        text={mapView.perspective === 'all' ? t('mapView.silentAll') : t('mapView.silent')}
        action={{
          label: t('mapView.showStored'),
          run: () => setMapView(changeMapView(mapView, { perspective: '' })),
        }}
      />
    ) : null;
  const mainMap = (
    <MapView
      graph={graph}
      label={mapLabelOf(mapView.perspective, clustersShown)}
      faded={faded}
      selectedId={selectedId}
      onSelect={onSelect}
      override={mapOverrideShown}
      handle={mapHandle}
      stance={clustersShown || !stanceShown ? undefined : mainStance}
      cameraLink={cameraLink}
      onlyHere={besideShown ? onlyHere?.main : undefined}
    />
  );
  // Side by side where there is room; one above the other on a phone and beside a wide panel.
  const stacked = narrow || Boolean(panel && PANEL_WIDTHS[panel.kind] === 'wide');
  const onlyHereLine = (count: number | undefined) =>
    count ? t('mapView.onlyHereCount', { count }) : t('mapView.onlyHereNone');

  const pair = besideShown && besideGraph && besideFaded && besideView;
  const timeCaption = timeCaptionOf();
  function timeCaptionOf(): { caption: string; detail: string; actions: ReactNode } | null {
    if (!timeShown && !mapView.on) return null;
    const snapshot = inMoment ? moments.moment?.snapshot : null;
    const caption = snapshot
      ? t('time.view.captionMoment', {
          name: snapshot.name,
          date: formatDate(snapshot.takenAt, i18n.language),
        })
      : timeShown
        ? t('time.view.captionNow')
        : t('time.view.captionDay', { date: formatDay(mapView.on, i18n.language) });
    const counts = changes && changesShown ? countMarks(changes) : null;
    const lines = [
      moments.error ? problemText(moments.error, t('errors.generic')) : '',
      moments.loading ? t('time.view.loading') : '',
      inMoment ? t('time.view.readOnly') : '',
      counts && moments.since
        ? `${t('time.view.changesSince', { name: moments.since.name })} ${t('time.view.changeCounts', {
            actorsNew: counts.new.actors,
            actorsGone: counts.gone.actors,
            actorsChanged: counts.changed.actors,
            relationsNew: counts.new.relations,
            relationsGone: counts.gone.relations,
            relationsChanged: counts.changed.relations,
          })}`
        : '',
      mapView.on
        ? t('time.view.dayShown', {
            date: formatDay(mapView.on, i18n.language),
            count: notInForceOn(drawn?.relations ?? [], mapView.on).size,
          })
        : '',
    ];
    const back = (label: string, change: Partial<MapViewChoice>) => (
      <button
        type="button"
        className="kv-link-button"
        onClick={() => setMapView(changeMapView(mapView, change))}
      >
        {label}
      </button>
    );
    return {
      caption,
      detail: lines.filter(Boolean).join(' '),
      actions: (
        <>
          {inMoment && back(t('time.view.backToNow'), { moment: '' })}
          {mapView.since && back(t('time.view.stopChanges'), { since: '' })}
          {mapView.on && back(t('time.view.dayClear'), { on: '' })}
        </>
      ),
    };
  }
  const map =
    data.actors.length === 0 ? (
      <div className="kv-map kv-map--empty">
        <Paragraph>{t('workspace.emptyMap')}</Paragraph>
      </div>
    ) : (
      <MapPair mode={pair ? (stacked ? 'stacked' : 'side') : 'single'}>
        <MapPane
          caption={pair ? captionOf(mapView.perspective) : timeCaption?.caption}
          detail={pair ? onlyHereLine(onlyHere?.main.size) : timeCaption?.detail}
          actions={pair ? undefined : timeCaption?.actions}
          testId={pair ? 'map-pane' : 'map-time'}
        >
          {mainMap}
          {mainNote}
        </MapPane>
        {pair && (
          <MapPane caption={captionOf(mapView.beside)} detail={onlyHereLine(onlyHere?.beside.size)}>
            <MapView
              graph={besideGraph}
              label={mapLabelOf(mapView.beside, false)}
              faded={besideFaded}
              selectedId={selectedId}
              onSelect={onSelect}
              override={diagnosing ? undefined : relationEnds}
              stance={stanceShown ? besideStance : undefined}
              exposeAs="beside"
              cameraLink={cameraLink}
              onlyHere={onlyHere?.beside}
            />
            {saysNothing(mapView.beside, besideView, data) && (
              <MapNote
                text={t('mapView.silent')}
                action={{
                  label: t('mapView.closeBeside'),
                  run: () => setMapView(changeMapView(mapView, { beside: '' })),
                }}
              />
            )}
          </MapPane>
        )}
      </MapPair>
    );

  const showAside = panel !== null || diagnoseOpened;
  return (
    <div className="kv-workspace-shell">
      <WorkspaceHeader data={data} panel={panel} canEdit={live.canEdit} />
      <div className="kv-workspace-body">
        <MapStage
          toolbar={toolbar}
          map={map}
          legend={
            <Legend
              override={colorLegend}
              // Folded where it would cover much of the map: beside a panel, on a phone, over one of two maps.
              collapsed={panel !== null || narrow || besideShown}
              stance={stanceLegend}
              compare={besideShown}
              oneSided={oneSided}
            />
          }
          status={status}
          onDismissStatus={() => setStatus(null)}
          tall={narrow && besideShown}
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
                  workspaceId={workspaceId}
                  data={view ?? data}
                  selectedId={selectedId}
                  onSelect={setDiagnoseFocus}
                  onMapOverride={setMapOverride}
                  setMapPicker={setMapPicker}
                  layout={layout.layout}
                  onUseNetworkLayout={() => layout.setLayout('force')}
                  mapCaption={
                    mapView.perspective === ''
                      ? undefined
                      : mapView.perspective === 'all'
                        ? t('diagnose.ofMapAll')
                        : t('diagnose.ofMapOne', { name: perspectiveName(mapView.perspective) })
                  }
                />
              </div>
            )}
            {panel && panel.kind !== 'diagnose' && (
              <PanelContent
                panel={panel}
                context={{
                  data,
                  moment: inMoment ? moments.moment : null,
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
