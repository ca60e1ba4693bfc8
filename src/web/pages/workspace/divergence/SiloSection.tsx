/**
 * Verkokering as each perspective sees the map: the E-I index of the diagnosis of that perspective's map,
 * side by side for the two, each with its band in words and the diagnosis' own reading, and one sentence
 * comparing them. A map too small to judge says so on its card; a perspective that names no relatie has
 * no map to judge, which its card says without asking the server. All perspectives at once behind a
 * disclosure, asked for only when opened (one diagnosis per perspective).
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIndexValue, type GroupingKey, groupingWord, type Locale } from '../../../../analysis/index.ts';
import * as contract from '../../../../contract/index.ts';
import type { Perspective } from '../../../../domain/index.ts';
import { call } from '../../../api/client.ts';
import { queryKeyOf } from '../../../api/queries.ts';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { type Sentence, type SiloView, siloView } from './silos.ts';

export type PerspectiveDiagnosis = ReturnType<typeof usePerspectiveDiagnosis>;

type Diagnosis = contract.EndpointOutput<typeof contract.analysis.diagnose>;

/**
 * The diagnosis of one perspective's map, in the reader's language (part of the cache key); `enabled`
 * false asks nothing (a perspective known to name no relatie).
 */
export function usePerspectiveDiagnosis(workspaceId: string, perspectiveId: string, enabled = true) {
  const { i18n } = useTranslation();
  const input = {
    params: { workspaceId },
    query: { perspective: [perspectiveId], lang: i18n.language === 'en' ? ('en' as const) : ('nl' as const) },
  };
  return useQuery<Diagnosis, Error>({
    queryKey: queryKeyOf(contract.analysis.diagnose, input),
    queryFn: () => call(contract.analysis.diagnose, input),
    enabled,
  });
}

/** One side: its diagnosis, or `silent` when it names no relatie (then nothing was asked). */
export interface SiloSide {
  name: string;
  query: PerspectiveDiagnosis;
  silent: boolean;
}

interface SiloSectionProps {
  workspaceId: string;
  a: SiloSide;
  b: SiloSide;
  comparison: Sentence | null;
  perspectives: readonly Perspective[];
}

export function SiloSection({ workspaceId, a, b, comparison, perspectives }: SiloSectionProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [allOpen, setAllOpen] = useState(false);
  const grouping = (a.query.data?.parameters.grouping ??
    b.query.data?.parameters.grouping ??
    'domein') as GroupingKey;
  return (
    <section aria-labelledby={`${id}-silos`} className="kv-divergence-section">
      <h3 id={`${id}-silos`}>{t('divergence.silos.title')}</h3>
      <p className="kv-muted">
        {t('divergence.silos.intro', { koker: groupingWord(grouping, i18n.language as Locale) })}
      </p>
      <ul className="kv-cards kv-divergence-silos">
        <SiloCard side={a} />
        <SiloCard side={b} />
      </ul>
      {comparison && (
        <p className="kv-divergence-verdict" data-testid="divergence-silo-comparison">
          {t(comparison.key, comparison.values)}
        </p>
      )}
      <details className="kv-disclosure" onToggle={(event) => setAllOpen(event.currentTarget.open)}>
        <summary className="kv-divergence-more">{t('divergence.silos.all')}</summary>
        {allOpen && <AllSilos workspaceId={workspaceId} perspectives={perspectives} />}
      </details>
    </section>
  );
}

function SiloCard({ side }: { side: SiloSide }) {
  const { t, i18n } = useTranslation();
  const { name, query } = side;
  if (side.silent)
    return (
      <li className="kv-card kv-band-none" data-testid="divergence-silo">
        <h4 className="kv-card-title">{name}</h4>
        <p className="kv-card-value">–</p>
        <p>
          <strong>{t('divergence.silos.band.none')}</strong>
        </p>
        <p>{t('divergence.silos.silent', { name })}</p>
      </li>
    );
  if (!query.data)
    return (
      <li className="kv-card">
        <h4 className="kv-card-title">{name}</h4>
        {query.error ? (
          <p role="alert">{t('divergence.silos.failed', { name, message: query.error.message })}</p>
        ) : (
          <p>{t('app.loading')}</p>
        )}
      </li>
    );
  const view = siloView(name, query.data);
  const card = query.data.indices.find((index) => index.key === 'eiIndex');
  return (
    <li className={`kv-card kv-band-${view.band}`} data-testid="divergence-silo">
      <h4 className="kv-card-title">{name}</h4>
      <p className="kv-card-value">
        <span className="kv-visually-hidden">{t('divergence.silos.value')}: </span>
        {formatIndexValue({ value: view.value, format: 'index' }, i18n.language as Locale)}
      </p>
      <p>
        <strong>{t(`divergence.silos.band.${view.band}`)}</strong>
      </p>
      {card && <p>{card.explanation.reading}</p>}
      <p className="kv-muted">{sizeText(t, view)}</p>
      {view.indicative && <p className="kv-notice">{t('divergence.silos.indicative')}</p>}
    </li>
  );
}

function sizeText(t: ReturnType<typeof useTranslation>['t'], view: Pick<SiloView, 'spelers' | 'ties'>) {
  return `${t('diagnose.count.spelers', { count: view.spelers })}, ${t('diagnose.count.ties', { count: view.ties })}`;
}

/** Every perspective's E-I in one table; each row asks for its own diagnosis. */
function AllSilos({
  workspaceId,
  perspectives,
}: {
  workspaceId: string;
  perspectives: readonly Perspective[];
}) {
  const { t } = useTranslation();
  return (
    <ScrollRegion label={t('divergence.silos.allLabel')}>
      <table className="kv-table kv-compact">
        <caption className="kv-visually-hidden">{t('divergence.silos.allCaption')}</caption>
        <thead>
          <tr>
            {(['perspective', 'value', 'band', 'size'] as const).map((column) => (
              <th key={column} scope="col" className={column === 'value' ? 'kv-number' : undefined}>
                {t(`divergence.silos.column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {perspectives.map((perspective) => (
            <SiloRow key={perspective.id} workspaceId={workspaceId} perspective={perspective} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function SiloRow({ workspaceId, perspective }: { workspaceId: string; perspective: Perspective }) {
  const { t, i18n } = useTranslation();
  const query = usePerspectiveDiagnosis(workspaceId, perspective.id);
  const diagnosis: Diagnosis | undefined = query.data;
  const view = diagnosis ? siloView(perspective.name, diagnosis) : null;
  return (
    <tr>
      <th scope="row">{perspective.name}</th>
      {view ? (
        <>
          <td className="kv-number">
            {formatIndexValue({ value: view.value, format: 'index' }, i18n.language as Locale)}
          </td>
          <td>
            {t(`divergence.silos.band.${view.band}`)}
            {view.indicative && ` (${t('divergence.silos.indicative')})`}
          </td>
          <td>{sizeText(t, view)}</td>
        </>
      ) : (
        <td colSpan={3}>{query.error?.message ?? t('app.loading')}</td>
      )}
    </tr>
  );
}
