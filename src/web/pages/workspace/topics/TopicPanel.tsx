/**
 * One vraagstuk: who has how much invloed and belang, and who is for or against, as each perspective sees
 * it. A switcher chooses the view (one perspective, all merged into the mean per speler, or two side by
 * side); the power/interest grid shows it and lets editors move a speler (drag, or arrow keys and Enter) —
 * every move adds a new dated position, the earlier one stays; a form adds a speler that is not on the grid
 * yet, or a new standpunt. The table below holds the same data, with each speler's first and latest
 * position, for keyboard and screen-reader users and for reading exact values.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import {
  FORCE_COLORS,
  FORCES,
  type GraphActor,
  type Perspective,
  type TopicPosition,
  type WorkspaceGraph,
} from '../../../../domain/index.ts';
import { ApiProblem, call } from '../../../api/client.ts';
import { queryKeyOf, useEndpoint } from '../../../api/queries.ts';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { formatDate } from '../../../i18n/format.ts';
import { dutchCollator } from '../../../state/collator.ts';
import { PositionForm } from './PositionForm.tsx';
import { TopicGrid } from './TopicGrid.tsx';
import { type GridPoint, STANCE_COLORS, stanceKey, stanceMark } from './topic-grid.ts';
import { formatScore, type GridRow, type GridView, historiesOf, rowsOf } from './topic-positions.ts';

interface TopicPanelProps {
  data: WorkspaceGraph;
  topicId: string;
  canEdit: boolean;
  onChanged(): void;
  onOpenActor(actorId: string): void;
  onClose(): void;
}

const PAGE = 500;

/** Every dated position of the vraagstuk (the history too), read page by page. */
function useAllPositions(workspaceId: string, topicId: string) {
  const input = { params: { workspaceId, topicId }, query: { current: 'false' as const, pageSize: PAGE } };
  return useQuery<TopicPosition[], Error>({
    queryKey: queryKeyOf(contract.topics.listPositions, input),
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
}

const ALL = 'all';

export function TopicPanel({ data, topicId, canEdit, onChanged, onOpenActor, onClose }: TopicPanelProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const workspaceId = data.workspace.id;
  const topic = useEndpoint(contract.topics.getTopic, { params: { workspaceId, topicId } });
  const perspectiveList = useEndpoint(contract.perspectives.listPerspectives, {
    params: { workspaceId },
    query: { pageSize: 500 },
  });
  const positions = useAllPositions(workspaceId, topicId);
  const [primary, setPrimary] = useState<string>(ALL);
  const [second, setSecond] = useState<string>('');
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');

  const actors = useMemo(() => {
    const sorted = [...data.actors].sort((a, b) => dutchCollator.compare(a.name, b.name));
    return {
      sorted,
      byId: new Map<string, GraphActor>(sorted.map((actor) => [actor.id, actor])),
      order: new Map(sorted.map((actor, index) => [actor.id, index])),
    };
  }, [data.actors]);
  const perspectives = useMemo(() => perspectiveList.data?.items ?? [], [perspectiveList.data]);
  const perspectiveById = useMemo(
    () => new Map<string, Perspective>(perspectives.map((perspective) => [perspective.id, perspective])),
    [perspectives],
  );
  const histories = useMemo(() => historiesOf(positions.data ?? []), [positions.data]);

  // A chosen perspective that was removed meanwhile falls back to all of them.
  const primaryView: GridView =
    primary !== ALL && perspectiveById.has(primary)
      ? { kind: 'one', perspectiveId: primary }
      : { kind: 'all' };
  const views: GridView[] =
    second && perspectiveById.has(second) && second !== primary
      ? [primaryView, { kind: 'one', perspectiveId: second }]
      : [primaryView];
  const viewRows = views.map((view) => rowsOf(histories, view, actors.order));
  const viewName = (view: GridView) =>
    view.kind === 'all' ? t('topics.allShort') : (perspectiveById.get(view.perspectiveId)?.name ?? '');
  const editable = (view: GridView) => canEdit && view.kind === 'one';
  const helpId = `${id}-help`;

  async function move(row: GridRow, point: GridPoint) {
    const latest = row.histories[0]?.latest;
    if (!row.perspectiveId || !latest) return;
    const name = actors.byId.get(row.actorId)?.name ?? '';
    setProblem('');
    try {
      await call(contract.topics.createPositions, {
        params: { workspaceId, topicId },
        body: {
          actorId: row.actorId,
          perspectiveId: row.perspectiveId,
          invloed: point.invloed,
          belang: point.belang,
          standpunt: latest.standpunt,
          beweging: latest.beweging,
          reasoning: latest.reasoning,
        },
      });
      await positions.refetch();
      setStatus(
        t('topics.moved', {
          name,
          invloed: point.invloed,
          belang: point.belang,
          perspective: perspectiveById.get(row.perspectiveId)?.name ?? '',
        }),
      );
      onChanged();
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error.message : t('errors.generic'));
    }
  }

  if (topic.error) {
    return (
      <section className="kv-panel" aria-labelledby="topic-panel-title">
        <div className="kv-panel-header">
          <Heading level={2} id="topic-panel-title">
            {topic.error instanceof ApiProblem && topic.error.status === 404
              ? t('topics.gone')
              : t('topics.title')}
          </Heading>
          <Button purpose="subtle" onClick={onClose}>
            {t('panel.close')}
          </Button>
        </div>
        {!(topic.error instanceof ApiProblem && topic.error.status === 404) && (
          <p className="kv-alert" role="alert">
            {topic.error.message}
          </p>
        )}
      </section>
    );
  }
  if (!topic.data) {
    return (
      <section className="kv-panel" aria-label={t('topics.title')}>
        <Paragraph>{t('app.loading')}</Paragraph>
      </section>
    );
  }

  const loadProblem = perspectiveList.error ?? positions.error;
  const editorsPerspective = perspectives.find((perspective) => perspective.editors) ?? perspectives[0];
  const formPerspective = primaryView.kind === 'one' ? primaryView.perspectiveId : editorsPerspective?.id;
  const tableRows = viewRows
    .flatMap((rows, viewIndex) => rows.map((row) => ({ row, viewIndex })))
    .sort(
      (a, b) =>
        (actors.order.get(a.row.actorId) ?? 0) - (actors.order.get(b.row.actorId) ?? 0) ||
        a.viewIndex - b.viewIndex,
    )
    .map((entry) => entry.row);

  return (
    <section className="kv-panel kv-topic" aria-labelledby="topic-panel-title">
      <div className="kv-panel-header">
        <Heading level={2} id="topic-panel-title">
          {topic.data.name}
        </Heading>
        <Button purpose="subtle" onClick={onClose}>
          {t('panel.close')}
        </Button>
      </div>
      <p className="kv-muted">
        {t('topics.statusLabel')}: {t(`topics.status.${topic.data.status}`)}
      </p>
      {topic.data.description && <p className="kv-prewrap">{topic.data.description}</p>}

      <fieldset className="kv-fieldset kv-topic-views">
        <legend>{t('topics.views')}</legend>
        <div className="kv-field">
          <label htmlFor={`${id}-view`}>{t('topics.view')}</label>
          <select
            id={`${id}-view`}
            className="kv-select"
            value={primary}
            onChange={(e) => {
              setPrimary(e.target.value);
              // A grid beside itself says nothing: the second choice goes when it becomes the first.
              if (e.target.value === second) setSecond('');
            }}
          >
            <option value={ALL}>{t('topics.allPerspectives')}</option>
            {perspectives.map((perspective) => (
              <option key={perspective.id} value={perspective.id}>
                {perspective.name}
              </option>
            ))}
          </select>
        </div>
        <div className="kv-field">
          <label htmlFor={`${id}-compare`}>{t('topics.compare')}</label>
          <select
            id={`${id}-compare`}
            className="kv-select"
            value={second}
            onChange={(e) => setSecond(e.target.value)}
          >
            <option value="">{t('topics.compareNone')}</option>
            {perspectives
              .filter((perspective) => perspective.id !== primary)
              .map((perspective) => (
                <option key={perspective.id} value={perspective.id}>
                  {perspective.name}
                </option>
              ))}
          </select>
        </div>
      </fieldset>

      <p className="kv-status" role="status">
        {status}
      </p>
      {(problem || loadProblem) && (
        <p className="kv-alert" role="alert">
          {problem || loadProblem?.message}
        </p>
      )}
      {canEdit && (
        <p id={helpId} className="kv-hint kv-topic-help">
          {views.some(editable) ? t('topics.moveHelp') : t('topics.mergedHelp')}
        </p>
      )}
      {!positions.data && !positions.error ? (
        <Paragraph>{t('app.loading')}</Paragraph>
      ) : (
        <div className={views.length > 1 ? 'kv-topic-grids kv-topic-grids--two' : 'kv-topic-grids'}>
          {views.map((view, index) => (
            <TopicGrid
              key={view.kind === 'all' ? ALL : view.perspectiveId}
              title={t('topics.gridTitle', { view: viewName(view) })}
              rows={viewRows[index] ?? []}
              actors={actors.byId}
              editable={editable(view)}
              helpId={canEdit ? helpId : undefined}
              onMove={move}
              onAnnounce={setStatus}
              compact={views.length > 1}
            />
          ))}
        </div>
      )}
      <GridLegend />

      {canEdit && formPerspective && (
        <section aria-labelledby={`${id}-add`} className="kv-topic-add">
          <Heading level={3} id={`${id}-add`}>
            {t('topics.addPosition')}
          </Heading>
          <Paragraph>{t('topics.addPositionHint')}</Paragraph>
          <PositionForm
            key={formPerspective}
            workspaceId={workspaceId}
            topicId={topicId}
            actors={actors.sorted}
            perspectives={perspectives}
            histories={histories}
            initialPerspectiveId={formPerspective}
            onSaved={async (name, perspective) => {
              await positions.refetch();
              setStatus(t('topics.positionSaved', { name, perspective }));
              onChanged();
            }}
          />
        </section>
      )}

      <section aria-labelledby={`${id}-table`} className="kv-topic-table">
        <Heading level={3} id={`${id}-table`}>
          {t('topics.table')}
        </Heading>
        <PositionTable
          caption={t('topics.tableCaption', { topic: topic.data.name })}
          rows={tableRows}
          actors={actors.byId}
          perspectiveById={perspectiveById}
          language={i18n.language}
          onOpenActor={onOpenActor}
        />
      </section>
    </section>
  );
}

/** What the colours, rings and marks of the grid mean. */
function GridLegend() {
  const { t } = useTranslation();
  return (
    <details className="kv-topic-legend" open>
      <summary className="kv-topic-legend-summary">{t('topics.legend')}</summary>
      <p className="kv-topic-legend-text">{t('topics.legendAxes')}</p>
      <div className="kv-topic-legend-columns">
        <div>
          <p className="kv-topic-legend-text kv-topic-legend-title">{t('topics.legendForce')}</p>
          <ul className="kv-topic-legend-list">
            {FORCES.map((force) => (
              <li key={force} className="kv-topic-legend-item">
                <span
                  className="kv-swatch"
                  style={{ backgroundColor: FORCE_COLORS[force] }}
                  aria-hidden="true"
                />{' '}
                {t(`force.${force}`)}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <p className="kv-topic-legend-text kv-topic-legend-title">{t('topics.legendStance')}</p>
          <ul className="kv-topic-legend-list">
            {STANCE_COLORS.map((color, index) => {
              const stance = index - 2;
              return (
                <li key={color} className="kv-topic-legend-item">
                  <span
                    className="kv-swatch kv-stance-swatch"
                    style={{ borderColor: color }}
                    aria-hidden="true"
                  />{' '}
                  <span className="kv-stance-mark">{stanceMark(stance)}</span>{' '}
                  {t(`topics.stance.${stanceKey(stance)}`)}
                </li>
              );
            })}
          </ul>
        </div>
      </div>
    </details>
  );
}

interface PositionTableProps {
  caption: string;
  rows: readonly GridRow[];
  actors: ReadonlyMap<string, GraphActor>;
  perspectiveById: ReadonlyMap<string, Perspective>;
  language: string;
  onOpenActor(actorId: string): void;
}

/** The grid as a table: one row per speler and view, with its first position beside the current one. */
function PositionTable({
  caption,
  rows,
  actors,
  perspectiveById,
  language,
  onOpenActor,
}: PositionTableProps) {
  const { t } = useTranslation();
  const stance = (value: number) => t(`topics.stance.${stanceKey(value)}`);
  const score = (value: number) => formatScore(value, language);
  const date = (value: string) => (value ? formatDate(value, language) : '');
  const perspectiveName = (perspectiveId: string) => perspectiveById.get(perspectiveId)?.name ?? '';

  if (rows.length === 0) return <Paragraph>{t('topics.empty')}</Paragraph>;
  return (
    <ScrollRegion label={t('topics.tableLabel')}>
      <table className="kv-table kv-compact kv-position-table">
        <caption className="kv-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {(
              [
                'actor',
                'force',
                'perspective',
                'invloed',
                'belang',
                'standpunt',
                'beweging',
                'date',
                'reasoning',
                'history',
              ] as const
            ).map((column) => (
              <th
                key={column}
                scope="col"
                className={column === 'invloed' || column === 'belang' ? 'kv-number' : undefined}
              >
                {t(`topics.column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const actor = actors.get(row.actorId);
            const history = row.perspectiveId ? row.histories[0] : undefined;
            return (
              <tr key={row.key}>
                <th scope="row">
                  <button type="button" className="kv-link-button" onClick={() => onOpenActor(row.actorId)}>
                    {actor?.name}
                  </button>
                </th>
                <td>{actor ? t(`force.${actor.force}`) : ''}</td>
                <td>
                  {row.perspectiveId
                    ? perspectiveName(row.perspectiveId)
                    : t('topics.meanOf', { count: row.histories.length })}
                </td>
                <td className="kv-number">{score(row.invloed)}</td>
                <td className="kv-number">{score(row.belang)}</td>
                <td>{stance(row.standpunt)}</td>
                <td>{t(`topics.movement.${row.beweging ?? 'none'}`)}</td>
                <td>{date(row.assessedOn)}</td>
                <td className="kv-cell-text">{row.reasoning}</td>
                <td className="kv-cell-text">
                  {history ? (
                    history.all.length === 1 ? (
                      t('topics.historyOnly')
                    ) : (
                      <>
                        {t('topics.historyFirst', {
                          date: date(history.first.assessedOn),
                          invloed: history.first.invloed,
                          belang: history.first.belang,
                          stance: stance(history.first.standpunt),
                        })}
                        <details>
                          <summary>{t('topics.historyAll', { count: history.all.length })}</summary>
                          <ol className="kv-position-history">
                            {history.all.map((position) => (
                              <li key={position.id}>
                                {t('topics.historyEntry', {
                                  date: date(position.assessedOn),
                                  invloed: position.invloed,
                                  belang: position.belang,
                                  stance: stance(position.standpunt),
                                })}
                              </li>
                            ))}
                          </ol>
                        </details>
                      </>
                    )
                  ) : (
                    <ul className="kv-position-history">
                      {row.histories.map((each) => (
                        <li key={each.perspectiveId}>
                          {t('topics.perPerspective', {
                            perspective: perspectiveName(each.perspectiveId),
                            invloed: each.latest.invloed,
                            belang: each.latest.belang,
                            stance: stance(each.latest.standpunt),
                            date: date(each.latest.assessedOn),
                          })}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
