/**
 * A bijeenkomst on the big screen: the facilitator opens it in a second window on the projector. It shows
 * the meeting's name, how to join (the code very large, the QR code, the address) while it is open, how many
 * take part per group, the werkruimte's map in the five-forces layout as the editors and the meeting's
 * groups see it together — growing as contributions are accepted, what was just accepted lit up for a few
 * seconds — the vraagstuk's power/interest grid with the groups' places when the meeting has one, and a
 * ticker of what was just accepted. Nothing here changes anything: no editing, no clicks on the map.
 *
 * Live: the contributions and the meeting's state come through the live stream (use-projection-live.ts);
 * an acceptance asks the query cache for the map, the positions and the meeting again. The map is rebuilt
 * from the server's answer each time (build-map-graph.ts); the lighting-up is a MapView override.
 */
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../contract/index.ts';
import { FORCE_COLORS, type GraphActor, type TopicPosition } from '../../../domain/index.ts';
import { call } from '../../api/client.ts';
import { queryKeyOf, useEndpoint } from '../../api/queries.ts';
import { buildMapGraph } from '../../map/build-map-graph.ts';
import { type MapOverride, MapView } from '../../map/MapView.tsx';
import { followLink, workspacePath } from '../../router.ts';
import { dutchCollator } from '../../state/collator.ts';
import { TopicGrid } from '../workspace/topics/TopicGrid.tsx';
import {
  graphQueryOf,
  groupCounts,
  groupPerspectiveIds,
  meetingGridRows,
  projectionLabelSize,
} from './meeting-views.ts';
import { ProjectionJoin } from './ProjectionJoin.tsx';
import { ProjectionTicker } from './ProjectionTicker.tsx';
import { tickerEntries } from './ticker.ts';
import { useProjectionLive } from './use-projection-live.ts';

const PAGE = 500;
const NOTHING_FADED = { actors: new Set<string>(), relations: new Set<string>() };
const NO_MOVE = async () => {};
const NO_ANNOUNCE = () => {};
const NO_SELECT = () => {};

export function ProjectionPage({ workspaceId, meetingId }: { workspaceId: string; meetingId: string }) {
  const { t } = useTranslation();
  const mapHeadingId = useId();
  const gridHeadingId = useId();
  const groupsHeadingId = useId();
  const meeting = useEndpoint(contract.meetings.getMeeting, { params: { workspaceId, meetingId } });
  // The same page of perspectives the werkruimte screen asks for: one cache entry.
  const perspectiveList = useEndpoint(contract.perspectives.listPerspectives, {
    params: { workspaceId },
    query: { pageSize: 500 },
  });
  const [labelSize] = useState(() => projectionLabelSize(window.innerWidth));

  const groups = meeting.data?.groups;
  const perspectiveIds = useMemo(() => (groups ? groupPerspectiveIds(groups) : []), [groups]);
  // Undefined while the perspectives load; null when there is no editors' perspective to read.
  const editorsId = perspectiveList.data
    ? (perspectiveList.data.items.find((perspective) => perspective.editors)?.id ?? null)
    : perspectiveList.error
      ? null
      : undefined;
  const graphInput = useMemo(
    () =>
      groups && editorsId !== undefined
        ? { params: { workspaceId }, query: graphQueryOf(editorsId, groups) }
        : null,
    [workspaceId, groups, editorsId],
  );
  const graph = useQuery({
    queryKey: queryKeyOf(contract.graph.getGraph, graphInput ?? { params: { workspaceId } }),
    queryFn: () => call(contract.graph.getGraph, graphInput ?? { params: { workspaceId } }),
    enabled: graphInput !== null,
    // While a new selection loads (a group's first acceptance), the map keeps showing the last one.
    placeholderData: keepPreviousData,
  });
  const topicId = meeting.data?.topicId ?? null;
  const topic = useQuery({
    queryKey: queryKeyOf(contract.topics.getTopic, { params: { workspaceId, topicId: topicId ?? '' } }),
    queryFn: () => call(contract.topics.getTopic, { params: { workspaceId, topicId: topicId ?? '' } }),
    enabled: topicId !== null,
  });
  const positions = useGroupPositions(workspaceId, topicId, perspectiveIds);

  const view = graph.data ?? null;
  const live = useProjectionLive(workspaceId, meetingId, view);
  const mapGraph = useMemo(() => (view ? buildMapGraph(view, {}, 'vijf_krachten') : null), [view]);
  const { highlights } = live;
  const override = useMemo(
    (): MapOverride => ({ emphasis: { actors: highlights.actors, relations: highlights.relations } }),
    [highlights],
  );
  const actors = useMemo(() => {
    const sorted = [...(view?.actors ?? [])].sort((a, b) => dutchCollator.compare(a.name, b.name));
    return {
      byId: new Map<string, GraphActor>(sorted.map((actor) => [actor.id, actor])),
      order: new Map(sorted.map((actor, index) => [actor.id, index])),
    };
  }, [view]);
  const gridRows = useMemo(
    () => meetingGridRows(positions, perspectiveIds, actors.order),
    [positions, perspectiveIds, actors.order],
  );
  const ticker = useMemo(
    () => (live.state ? tickerEntries(live.state.live.contributions.values()) : []),
    [live.state],
  );

  const name = live.state?.live.name ?? meeting.data?.name ?? '';
  useEffect(() => {
    if (name) document.title = `${name} – ${t('app.name')}`;
  }, [name, t]);

  if (meeting.error) {
    return (
      <div className="kv-alert" role="alert">
        <Paragraph>{t('projection.loadError')}</Paragraph>
        <Paragraph>{meeting.error.message}</Paragraph>
        <a href={workspacePath(workspaceId)} onClick={followLink}>
          {t('projection.backToWorkspace')}
        </a>
      </div>
    );
  }
  if (!meeting.data) return <Paragraph>{t('app.loading')}</Paragraph>;

  const state = live.state?.live.state ?? meeting.data.state;
  const counts = groupCounts(meeting.data.groups, live.state?.live.participants ?? new Map());
  const withTopic = topicId !== null;

  return (
    <div className="kv-projection" data-testid="projection">
      <header className="kv-projection-head">
        <h1 className="kv-projection-title">{name}</h1>
        {state !== 'closed' && (
          <p
            className={`kv-projection-live kv-projection-live--${live.status}`}
            role="status"
            data-testid="projection-live-status"
          >
            {t(`projection.live.${live.status}`)}
          </p>
        )}
      </header>
      {live.error && (
        <p className="kv-alert" role="alert">
          {t('projection.loadError')} {live.error.message}
        </p>
      )}
      <div className={withTopic ? 'kv-projection-body kv-projection-body--topic' : 'kv-projection-body'}>
        <section className="kv-projection-map" aria-labelledby={mapHeadingId}>
          <h2 id={mapHeadingId} className="kv-visually-hidden">
            {t('projection.map.heading')}
          </h2>
          <div className="kv-projection-map-frame">
            {!mapGraph || !view ? (
              <Paragraph>{graph.error ? graph.error.message : t('app.loading')}</Paragraph>
            ) : view.actors.length === 0 ? (
              <p className="kv-projection-quiet">{t('projection.map.empty')}</p>
            ) : (
              <MapView
                graph={mapGraph}
                label={t('projection.map.label', { workspace: view.workspace.name })}
                faded={NOTHING_FADED}
                selectedId={null}
                onSelect={NO_SELECT}
                override={override}
                labelSize={labelSize}
              />
            )}
          </div>
        </section>
        {withTopic && (
          <section className="kv-projection-section kv-projection-grid" aria-labelledby={gridHeadingId}>
            <h2 id={gridHeadingId} className="kv-projection-heading">
              {t('projection.grid.heading', { topic: topic.data?.name ?? '' })}
            </h2>
            <TopicGrid
              title={t('projection.grid.title')}
              rows={gridRows}
              actors={actors.byId}
              editable={false}
              onMove={NO_MOVE}
              onAnnounce={NO_ANNOUNCE}
            />
          </section>
        )}
        <div className="kv-projection-side">
          <ProjectionJoin code={meeting.data.code} state={state} />
          <section className="kv-projection-section" aria-labelledby={groupsHeadingId}>
            <h2 id={groupsHeadingId} className="kv-projection-heading">
              {t('projection.groups.heading')}
            </h2>
            <ul className="kv-projection-groups" data-testid="projection-groups">
              {counts.groups.map((group) => (
                <li key={group.id} className="kv-projection-group">
                  <span
                    className="kv-projection-swatch"
                    style={{ backgroundColor: FORCE_COLORS[group.force] }}
                    aria-hidden="true"
                  />
                  <span className="kv-projection-name">{group.name}</span>
                  <span className="kv-projection-group-count">
                    {t('projection.groups.count', { count: group.participants })}
                  </span>
                </li>
              ))}
            </ul>
            <p className="kv-projection-total">{t('projection.groups.total', { count: counts.total })}</p>
          </section>
          <ProjectionTicker entries={ticker} fresh={highlights.contributions} />
        </div>
      </div>
    </div>
  );
}

/**
 * The current positions the meeting's groups gave on its vraagstuk (all pages), through the query cache so
 * an acceptance's refetch reaches them; none without a vraagstuk or before any group has a perspective.
 */
function useGroupPositions(
  workspaceId: string,
  topicId: string | null,
  perspectiveIds: readonly string[],
): readonly TopicPosition[] {
  const input = {
    params: { workspaceId, topicId: topicId ?? '' },
    query: { current: 'true' as const, pageSize: PAGE, perspective: [...perspectiveIds] },
  };
  const enabled = topicId !== null && perspectiveIds.length > 0;
  const positions = useQuery<TopicPosition[], Error>({
    queryKey: queryKeyOf(contract.topics.listPositions, input),
    enabled,
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const all: TopicPosition[] = [];
      for (let page = 1; ; page++) {
        const answer = await call(contract.topics.listPositions, {
          ...input,
          query: { ...input.query, page },
        });
        all.push(...answer.items);
        if (page >= answer.totalPages) return all;
      }
    },
  });
  return enabled ? (positions.data ?? NO_POSITIONS) : NO_POSITIONS;
}

const NO_POSITIONS: readonly TopicPosition[] = [];
