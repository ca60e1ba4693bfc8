/**
 * Kwetsbare plekken: spelers whose departure would cut others off the map (articulation points, with how
 * many), spelers whose departure would cut the most ties between kokers, and spelers who are the only
 * direct link between kokers. Names select the speler.
 */
import { useTranslation } from 'react-i18next';
import type { Diagnosis } from '../../../../analysis/index.ts';
import { weakSpotRows } from '../../../state/analysis/index.ts';

interface WeakSpotsProps {
  diagnosis: Diagnosis;
  onSelect(id: string): void;
}

export function WeakSpots({ diagnosis, onSelect }: WeakSpotsProps) {
  const { t } = useTranslation();
  const { cutOff, soleBridges, carriers } = weakSpotRows(diagnosis);
  const name = (id: string, label: string) => (
    <button type="button" className="kv-link-button" onClick={() => onSelect(id)}>
      {label}
    </button>
  );
  return (
    <section aria-labelledby="weak-heading">
      <h3 id="weak-heading">{t('diagnose.weakSpots.title')}</h3>
      <h4>{t('diagnose.weakSpots.cutOffTitle')}</h4>
      {cutOff.length === 0 ? (
        <p>{t('diagnose.weakSpots.noneCutOff')}</p>
      ) : (
        <ul data-testid="cut-off-list">
          {cutOff.map((row) => (
            <li key={row.id}>
              {name(row.id, row.name)}: {t('diagnose.weakSpots.cutOff', { count: row.separated })}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('diagnose.weakSpots.carriersTitle')}</h4>
      {carriers.length === 0 ? (
        <p>{t('diagnose.weakSpots.noneCarriers')}</p>
      ) : (
        <ul data-testid="carriers-list">
          {carriers.map((row) => (
            <li key={row.id}>
              {name(row.id, row.name)}:{' '}
              {t(`diagnose.weakSpots.carries.${row.share}`, { count: row.crossTies, total: row.total })}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('diagnose.weakSpots.soleTitle')}</h4>
      {soleBridges.length === 0 ? (
        <p>{t('diagnose.weakSpots.noneSole')}</p>
      ) : (
        <ul>
          {soleBridges.map((row) => (
            <li key={row.id}>
              {name(row.id, row.name)}: {t('diagnose.weakSpots.sole', { count: row.soleLinks })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
