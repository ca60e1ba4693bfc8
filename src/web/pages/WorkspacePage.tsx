/**
 * One werkruimte: the map with its legend, and the register of spelers below it, which is also the
 * keyboard- and screen-reader-friendly way to everything the map shows. Selecting a speler in either place
 * selects it in both.
 */
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceGraph } from '../../domain/index.ts';
import { api } from '../api/client.ts';
import { buildMapGraph } from '../map/build-map-graph.ts';
import { Legend } from '../map/Legend.tsx';
import { MapView } from '../map/MapView.tsx';
import { followLink } from '../router.ts';
import { ActorRegister } from './ActorRegister.tsx';

export function WorkspacePage({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const [data, setData] = useState<WorkspaceGraph | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  useEffect(() => {
    setData(null);
    setError(null);
    api
      .get<WorkspaceGraph>(`/workspaces/${workspaceId}/graph`)
      .then(setData)
      .catch((problem: Error) => setError(problem.message));
  }, [workspaceId]);

  const graph = useMemo(() => (data ? buildMapGraph(data) : null), [data]);

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
  if (!data || !graph) return <Paragraph>{t('app.loading')}</Paragraph>;

  return (
    <>
      <a href="/" onClick={followLink} className="kv-back">
        ← {t('app.backToList')}
      </a>
      <Heading level={1}>{data.workspace.name}</Heading>
      <Paragraph className="kv-muted">
        {t('workspace.summary', { actors: data.actors.length, relations: data.relations.length })}
      </Paragraph>
      <section aria-labelledby="map-heading" className="kv-map-section">
        <Heading level={2} id="map-heading" className="kv-visually-hidden">
          {t('workspace.map')}
        </Heading>
        {data.actors.length === 0 ? (
          <Paragraph>{t('workspace.emptyMap')}</Paragraph>
        ) : (
          <div className="kv-map-layout">
            <MapView
              graph={graph}
              label={t('workspace.mapLabel')}
              selectedId={selectedId}
              onSelect={setSelectedId}
            />
            <Legend />
          </div>
        )}
      </section>
      <section aria-labelledby="register-heading">
        <Heading level={2} id="register-heading">
          {t('workspace.register')}
        </Heading>
        <ActorRegister data={data} selectedId={selectedId} onSelect={setSelectedId} />
      </section>
    </>
  );
}
