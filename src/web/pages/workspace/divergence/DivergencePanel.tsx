/**
 * "Waar verschillen de beelden?": two perspectives compared, so a policy adviser sees in a minute where
 * the gemeente and the residents see the field differently — first in a few sentences, then the agreement
 * figure, the relaties one claims and the other denies, the spelers most contested on a vraagstuk and
 * the verkokering each sees. It opens on a gemeente and a bewoners perspective and the first active
 * vraagstuk (pair.ts); "Bekijk op de kaart" puts the two maps side by side (the map's query string).
 */
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import type { Perspective, Topic, WorkspaceGraph } from '../../../../domain/index.ts';
import { useEndpoint } from '../../../api/queries.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { followLink, workspacePath } from '../../../router.ts';
import { mapViewSearch, readMapView, STORED_MAP } from '../../../state/map-view.ts';
import { AgreementSection } from './AgreementSection.tsx';
import { PositionSection } from './PositionSection.tsx';
import { choose, defaultPair, defaultTopic, type Pair } from './pair.ts';
import { contestedSpelers } from './positions.ts';
import { SiloSection, type SiloSide, usePerspectiveDiagnosis } from './SiloSection.tsx';
import { compareSilos, silentView, siloView } from './silos.ts';
import { summarySentences } from './summary.ts';
import { TieSections } from './TieSections.tsx';
import { claimsOf, type Side, type SideNames } from './ties.ts';

export function DivergencePanel({ data }: { data: WorkspaceGraph }) {
  const { t } = useTranslation();
  const id = useId();
  const workspaceId = data.workspace.id;
  // The same cache entries as the Perspectieven and Vraagstukken panels: no second request.
  const perspectiveList = useEndpoint(contract.perspectives.listPerspectives, {
    params: { workspaceId },
    query: { pageSize: 100 },
  });
  const topicList = useEndpoint(contract.topics.listTopics, {
    params: { workspaceId },
    query: { pageSize: 500 },
  });
  const [chosen, setChosen] = useState<Pair | null>(null);
  const [topicChoice, setTopicChoice] = useState<string | null>(null);
  // The two the map beside already compares (its address), read once: the panel opens on the same pair.
  const [fromAddress] = useState(() => {
    const view = readMapView(window.location.search);
    return { a: view.perspective === 'all' ? '' : view.perspective, b: view.beside };
  });
  const nameOf = useMemo(() => {
    const names = new Map(data.actors.map((actor) => [actor.id, actor.name]));
    return (actorId: string) => names.get(actorId);
  }, [data.actors]);

  const perspectives = perspectiveList.data?.items ?? [];
  const topics = topicList.data?.items ?? [];
  const byId = new Map(perspectives.map((perspective) => [perspective.id, perspective]));
  // A chosen perspective removed meanwhile falls back to the defaults.
  const pair =
    chosen && byId.has(chosen.a) && byId.has(chosen.b) ? chosen : defaultPair(perspectives, fromAddress);
  const topicId =
    topicChoice !== null && (topicChoice === '' || topics.some((topic) => topic.id === topicChoice))
      ? topicChoice
      : defaultTopic(topics);
  const topic = topics.find((each) => each.id === topicId) ?? null;

  return (
    <section className="kv-panel kv-divergence" aria-labelledby={`${id}-title`}>
      <Heading level={2} id={`${id}-title`}>
        {t('divergence.title')}
      </Heading>
      <Paragraph>{t('divergence.intro')}</Paragraph>
      <QueryState query={perspectiveList} />
      {perspectiveList.data && !pair && (
        <p>
          {t('divergence.tooFew')}{' '}
          <a href={workspacePath(workspaceId, { kind: 'perspectives' })} onClick={followLink}>
            {t('divergence.toPerspectives')}
          </a>
        </p>
      )}
      {pair && (
        <>
          <fieldset className="kv-fieldset kv-divergence-choice">
            <legend>{t('divergence.choose')}</legend>
            <PerspectiveSelect
              label={t('divergence.first')}
              value={pair.a}
              perspectives={perspectives}
              onChange={(value) => setChosen(choose(pair, 'a', value))}
            />
            <button
              type="button"
              className="kv-link-button kv-divergence-swap"
              onClick={() => setChosen({ a: pair.b, b: pair.a })}
            >
              {t('divergence.swap')}
            </button>
            <PerspectiveSelect
              label={t('divergence.second')}
              value={pair.b}
              perspectives={perspectives}
              onChange={(value) => setChosen(choose(pair, 'b', value))}
            />
            <div className="kv-field">
              <label htmlFor={`${id}-topic`}>{t('divergence.topic')}</label>
              <select
                id={`${id}-topic`}
                className="kv-select"
                value={topicId}
                onChange={(event) => setTopicChoice(event.target.value)}
              >
                <option value="">{t('divergence.noTopic')}</option>
                {topics.map((each) => (
                  <option key={each.id} value={each.id}>
                    {each.status === 'actief'
                      ? each.name
                      : `${each.name} (${t(`topics.status.${each.status}`)})`}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
          <Comparison
            workspaceId={workspaceId}
            pair={pair}
            names={{ a: byId.get(pair.a)?.name ?? '', b: byId.get(pair.b)?.name ?? '' }}
            topic={topic}
            hasTopics={topics.length > 0}
            perspectives={perspectives}
            actorCount={data.actors.length}
            nameOf={nameOf}
          />
        </>
      )}
    </section>
  );
}

function PerspectiveSelect(props: {
  label: string;
  value: string;
  perspectives: readonly Perspective[];
  onChange(value: string): void;
}) {
  const id = useId();
  return (
    <div className="kv-field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        className="kv-select"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.perspectives.map((perspective) => (
          <option key={perspective.id} value={perspective.id}>
            {perspective.name}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ComparisonProps {
  workspaceId: string;
  pair: Pair;
  names: SideNames;
  topic: Topic | null;
  hasTopics: boolean;
  perspectives: readonly Perspective[];
  /** Spelers on the map: a perspective's map holds them all, whatever it says about the relaties. */
  actorCount: number;
  nameOf(actorId: string): string | undefined;
}

/** What the server says about the chosen pair, in the panel's reading order. */
function Comparison(props: ComparisonProps) {
  const { workspaceId, pair, names, topic, hasTopics, perspectives, actorCount, nameOf } = props;
  const { t, i18n } = useTranslation();
  const id = useId();
  const divergence = useEndpoint(contract.divergence.getDivergence, {
    params: { workspaceId },
    query: topic ? { a: pair.a, b: pair.b, topic: topic.id } : { a: pair.a, b: pair.b },
  });
  // A side that names no relatie has no map to diagnose: its card says so, and nothing is asked.
  const naming = divergence.data
    ? { a: claimsOf(divergence.data, 'a').named > 0, b: claimsOf(divergence.data, 'b').named > 0 }
    : null;
  const sides: Record<Side, SiloSide> = {
    a: {
      name: names.a,
      query: usePerspectiveDiagnosis(workspaceId, pair.a, naming?.a === true),
      silent: naming?.a === false,
    },
    b: {
      name: names.b,
      query: usePerspectiveDiagnosis(workspaceId, pair.b, naming?.b === true),
      silent: naming?.b === false,
    },
  };
  const viewOf = (side: SiloSide) =>
    side.silent
      ? silentView(side.name, actorCount)
      : side.query.data
        ? siloView(side.name, side.query.data)
        : null;
  const viewA = viewOf(sides.a);
  const viewB = viewOf(sides.b);
  const silos = viewA && viewB ? compareSilos(viewA, viewB) : null;

  if (!divergence.data) return <QueryState query={divergence} />;
  const result = divergence.data;
  const positions = topic ? result.positions : undefined;
  const mostContested = positions ? contestedSpelers(positions, nameOf)[0] : undefined;
  const sentences = summarySentences({
    divergence: result,
    names,
    language: i18n.language,
    topic:
      topic && positions
        ? {
            name: topic.name,
            mostContested: mostContested ? (nameOf(mostContested.actorId) ?? null) : null,
            compared: positions.length > 0,
          }
        : undefined,
    silos,
  });
  const mapHref =
    workspacePath(workspaceId, { kind: 'divergence' }) +
    mapViewSearch({ ...STORED_MAP, perspective: pair.a, beside: pair.b });

  return (
    <>
      <section aria-labelledby={`${id}-summary`} className="kv-divergence-section kv-headline">
        <h3 id={`${id}-summary`}>{t('divergence.summaryTitle')}</h3>
        <p data-testid="divergence-summary">
          {sentences.map((sentence) => t(sentence.key, sentence.values) as string).join(' ')}
        </p>
        <p>
          <a className="kv-divergence-map" href={mapHref} onClick={followLink}>
            {t('divergence.onMap')}
          </a>{' '}
          <span className="kv-hint">{t('divergence.onMapHint', { ...names })}</span>
        </p>
      </section>
      <AgreementSection divergence={result} names={names} />
      <TieSections
        key={`${pair.a}|${pair.b}`}
        workspaceId={workspaceId}
        divergence={result}
        names={names}
        nameOf={nameOf}
      />
      <PositionSection
        key={`${pair.a}|${pair.b}|${topic?.id ?? ''}`}
        workspaceId={workspaceId}
        pair={pair}
        names={names}
        topic={topic}
        hasTopics={hasTopics}
        positions={positions}
        nameOf={nameOf}
      />
      <SiloSection
        workspaceId={workspaceId}
        a={sides.a}
        b={sides.b}
        comparison={silos}
        perspectives={perspectives}
      />
    </>
  );
}
