/**
 * Residents' reach: for every bewoner-speler, how many steps of collaboration it is from the gemeente and
 * from a professional (and through whom), and whether its only line to the gemeente is subsidy.
 */
import { useTranslation } from 'react-i18next';
import type { Diagnosis } from '../../../../analysis/index.ts';
import { reachRows } from '../../../state/analysis/index.ts';
import { dutchCollator } from '../../../state/collator.ts';

interface ResidentsReachProps {
  diagnosis: Diagnosis;
  onSelect(id: string): void;
}

export function ResidentsReach({ diagnosis, onSelect }: ResidentsReachProps) {
  const { t } = useTranslation();
  const rows = reachRows(diagnosis, (a, b) => dutchCollator.compare(a, b));
  const subsidyOnly = rows.filter((row) => row.subsidyOnly).length;
  const steps = (distance: number | null, path: string[]) =>
    distance === null ? (
      <strong>{t('diagnose.residents.unreachable')}</strong>
    ) : (
      <>
        {distance}
        {path.length > 2 && (
          <span className="kv-hint">
            {t('diagnose.residents.via', { path: path.slice(1, -1).join(' → ') })}
          </span>
        )}
      </>
    );
  return (
    <section aria-labelledby="residents-heading">
      <h3 id="residents-heading">{t('diagnose.residents.title')}</h3>
      <p className="kv-muted">{t('diagnose.residents.intro')}</p>
      {rows.length === 0 ? (
        <p>{t('diagnose.residents.none')}</p>
      ) : (
        <>
          <p>{t('diagnose.residents.subsidyOnlyCount', { count: subsidyOnly })}</p>
          <div className="kv-table-scroll">
            <table className="kv-table kv-compact" data-testid="residents-table">
              <thead>
                <tr>
                  <th scope="col">{t('diagnose.residents.name')}</th>
                  <th scope="col">{t('diagnose.residents.toGemeente')}</th>
                  <th scope="col">{t('diagnose.residents.toProfessional')}</th>
                  <th scope="col">{t('diagnose.residents.subsidyOnly')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      <button type="button" className="kv-link-button" onClick={() => onSelect(row.id)}>
                        {row.name}
                      </button>
                    </th>
                    <td>{steps(row.toGemeente, row.gemeentePath)}</td>
                    <td>{steps(row.toProfessional, row.professionalPath)}</td>
                    <td>
                      {row.subsidyOnly ? (
                        <strong>{t('diagnose.residents.yes')}</strong>
                      ) : (
                        t('diagnose.residents.no')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
