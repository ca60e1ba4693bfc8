/**
 * The Diagnose panel beside the map: "waar valt de samenwerking uiteen?" Settings, a headline to repeat,
 * and in tabs the index cards, kokers and clusters, brokers and weak spots, suggested contacts, residents'
 * reach and the what-if mode. The analysis runs in a worker on the graph the page already loaded; what the
 * map should show (colours by cluster, a suggested pair) goes up as an override, never into the map graph.
 */
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_COLLABORATION_TYPES,
  DEFAULT_GROUPING,
  type GroupingKey,
  mapReliability,
} from '../../../analysis/index.ts';
import type { RelationType, WorkspaceGraph } from '../../../domain/index.ts';
import { Tabs } from '../../components/Tabs.tsx';
import type { MapOverride } from '../../map/MapView.tsx';
import {
  addTie,
  changedActors,
  clusterColouring,
  groupingChoices,
  type SuggestionRow,
  type WhatIfChange,
} from '../../state/analysis/index.ts';
import type { MapLayout } from '../../state/map-layout.ts';
import { BrokerList } from './diagnose/BrokerList.tsx';
import { ClusterLegend } from './diagnose/ClusterLegend.tsx';
import { DiagnoseControls } from './diagnose/DiagnoseControls.tsx';
import { DiagnoseHeadline } from './diagnose/DiagnoseHeadline.tsx';
import { IndexCards } from './diagnose/IndexCards.tsx';
import { ResidentsReach } from './diagnose/ResidentsReach.tsx';
import { SiloTable } from './diagnose/SiloTable.tsx';
import { SuggestionList } from './diagnose/SuggestionList.tsx';
import { SurveyCoverageNotice } from './diagnose/SurveyCoverageNotice.tsx';
import { useAnalysis } from './diagnose/use-analysis.ts';
import { WeakSpots } from './diagnose/WeakSpots.tsx';
import { WhatIfPanel } from './diagnose/WhatIfPanel.tsx';

const SECTIONS = ['indices', 'clusters', 'brokers', 'suggestions', 'residents', 'whatIf'] as const;
type Section = (typeof SECTIONS)[number];

interface DiagnosePanelProps {
  data: WorkspaceGraph;
  selectedId: string | null;
  onSelect(id: string): void;
  onMapOverride(override: MapOverride | undefined): void;
  setMapPicker(picker: ((id: string) => void) | null): void;
  /**
   * The map's current layout and a way to switch to the network layout: colouring by cluster on the
   * five-forces layout (spelers placed by kracht) looks random, so the clusters tab then offers the
   * network layout. Optional only while the app shell is being rebuilt; without them no notice shows.
   */
  layout?: MapLayout;
  onUseNetworkLayout?(): void;
  /** Whose map is diagnosed, as a sentence, when it is not the map as entered. */
  mapCaption?: string;
  /** The werkruimte, for what its latest uitvraag says about who did not answer. */
  workspaceId?: string;
}

export function DiagnosePanel({
  data,
  selectedId,
  onSelect,
  onMapOverride,
  setMapPicker,
  layout,
  onUseNetworkLayout,
  mapCaption,
  workspaceId,
}: DiagnosePanelProps) {
  const { t } = useTranslation();
  const [grouping, setGrouping] = useState<GroupingKey>(DEFAULT_GROUPING);
  const [collaborationTypes, setCollaborationTypes] = useState<RelationType[]>([
    ...DEFAULT_COLLABORATION_TYPES,
  ]);
  const [section, setSection] = useState<Section>('indices');
  const [coloured, setColoured] = useState(false);
  const [suggestion, setSuggestion] = useState<SuggestionRow | null>(null);
  const [changes, setChanges] = useState<WhatIfChange[]>([]);
  const [message, setMessage] = useState('');

  const options = useMemo(() => ({ grouping, collaborationTypes }), [grouping, collaborationTypes]);
  const { status, diagnosis, whatIf, error, retry } = useAnalysis(data, options, changes);
  const groupings = useMemo(() => groupingChoices(data.actors), [data]);
  const colouring = useMemo(() => (diagnosis ? clusterColouring(diagnosis.clusters) : null), [diagnosis]);
  const names = useMemo(() => new Map(data.actors.map((actor) => [actor.id, actor.name])), [data]);

  // In what-if mode the map points out every speler the change set touches.
  const touched = useMemo(() => {
    if (section !== 'whatIf' || changes.length === 0) return undefined;
    const ends = new Map(
      data.relations.map((relation) => [relation.id, [relation.source, relation.target] as [string, string]]),
    );
    return changedActors(changes, (id) => ends.get(id));
  }, [section, changes, data]);
  const override = useMemo<MapOverride>(
    () => ({
      colors: coloured ? colouring?.colors : undefined,
      spotlight: suggestion ? [suggestion.sourceId, suggestion.targetId] : touched,
      legend:
        coloured && colouring
          ? {
              title: t('diagnose.clusters.legend'),
              items: colouring.legend.map((row) => ({
                color: row.color,
                label: `${t('diagnose.clusters.name', { number: row.number })}: ${t('diagnose.clusters.size', { count: row.size })}`,
              })),
            }
          : undefined,
    }),
    [coloured, colouring, suggestion, touched, t],
  );
  useEffect(() => onMapOverride(override), [override, onMapOverride]);
  useEffect(() => () => onMapOverride(undefined), [onMapOverride]);

  const select = (id: string) => {
    setSuggestion(null);
    onSelect(id);
    setMessage(t('diagnose.selected', { name: names.get(id) ?? id }));
  };

  const sections: Record<Section, string> = {
    indices: t('diagnose.tabs.indices'),
    clusters: t('diagnose.tabs.clusters'),
    brokers: t('diagnose.tabs.brokers'),
    suggestions: t('diagnose.tabs.suggestions'),
    residents: t('diagnose.tabs.residents'),
    whatIf: t('diagnose.tabs.whatIf'),
  };

  return (
    <section className="kv-diagnose" aria-labelledby="diagnose-heading">
      <Heading level={2} id="diagnose-heading">
        {t('diagnose.title')}
      </Heading>
      <DiagnoseControls
        groupings={groupings}
        grouping={grouping}
        onGrouping={setGrouping}
        collaborationTypes={collaborationTypes}
        onCollaborationTypes={setCollaborationTypes}
      />
      <p className="kv-busy" role="status" data-testid="diagnose-status">
        {status.busy
          ? `${t('diagnose.busy')}${status.step ? ` (${t(`diagnose.step.${status.step}`)})` : ''}`
          : message}
      </p>
      {error && (
        <div className="kv-alert" role="alert">
          <p>{t('diagnose.failed', { message: error })}</p>
          <button type="button" className="kv-link-button" onClick={retry}>
            {t('errors.retry')}
          </button>
        </div>
      )}
      {diagnosis && colouring && (
        <>
          {mapCaption && (
            <p className="kv-hint" data-testid="diagnose-map-caption">
              {mapCaption}
            </p>
          )}
          <DiagnoseHeadline diagnosis={diagnosis} />
          {workspaceId && <SurveyCoverageNotice workspaceId={workspaceId} />}
          <Tabs
            idPrefix="diagnose"
            label={t('diagnose.tabs.label')}
            tabs={SECTIONS.map((id) => ({ id, label: sections[id] }))}
            active={section}
            onChange={(next) => {
              setSection(next);
              setSuggestion(null);
            }}
          >
            {section === 'indices' && <IndexCards diagnosis={diagnosis} />}
            {section === 'clusters' && (
              <>
                <ClusterLegend
                  legend={colouring.legend}
                  names={names}
                  coloured={coloured}
                  onColoured={setColoured}
                  noTies={diagnosis.network.ties === 0}
                  indicative={mapReliability(diagnosis.network).indicative}
                  layout={layout}
                  onUseNetworkLayout={onUseNetworkLayout}
                />
                <SiloTable diagnosis={diagnosis} />
              </>
            )}
            {section === 'brokers' && (
              <>
                <BrokerList diagnosis={diagnosis} selectedId={selectedId} onSelect={select} />
                <WeakSpots diagnosis={diagnosis} onSelect={select} />
              </>
            )}
            {section === 'suggestions' && (
              <SuggestionList
                diagnosis={diagnosis}
                activeKey={suggestion?.key ?? null}
                onShow={(row) => {
                  setSuggestion(row);
                  setMessage(
                    row
                      ? t('diagnose.suggestions.shown', { first: row.sourceName, second: row.targetName })
                      : '',
                  );
                }}
                onTry={(row) => {
                  setChanges((current) =>
                    addTie(current, { source: row.sourceId, target: row.targetId, type: 'werkt_samen' }),
                  );
                  setSuggestion(null);
                  setSection('whatIf');
                  // The button goes away with its tab: keep the keyboard focus on the tab it leads to.
                  requestAnimationFrame(() => document.getElementById('diagnose-tab-whatIf')?.focus());
                }}
              />
            )}
            {section === 'residents' && <ResidentsReach diagnosis={diagnosis} onSelect={select} />}
            {section === 'whatIf' && (
              <WhatIfPanel
                data={data}
                changes={changes}
                onChanges={setChanges}
                result={whatIf}
                selectedId={selectedId}
                setMapPicker={setMapPicker}
              />
            )}
          </Tabs>
        </>
      )}
    </section>
  );
}
