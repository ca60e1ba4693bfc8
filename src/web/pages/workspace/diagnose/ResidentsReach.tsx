/**
 * Residents' reach: for every bewoner-speler, how many steps of collaboration it is from the gemeente and
 * from a professional (and through whom), and its direct line to the gemeente. "Alleen subsidie" beside
 * "3 stappen" must not read as a contradiction: the steps count collaboration only, so the cell says the
 * initiative gets money directly but works with the gemeente through others, and a sentence above the
 * table says how the two columns go together.
 */
import { useTranslation } from 'react-i18next';
import type { Diagnosis } from '../../../../analysis/index.ts';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { type ReachRow, reachRows } from '../../../state/analysis/index.ts';
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
        {t('diagnose.residents.steps', { count: distance })}
        {path.length > 2 && (
          <span className="kv-hint">
            {t('diagnose.residents.via', { path: path.slice(1, -1).join(' → ') })}
          </span>
        )}
      </>
    );
  const contact = (row: ReachRow) => {
    const words = t(`diagnose.residents.contact.${row.directContact}`);
    if (row.directContact !== 'subsidyOnly') return words;
    const reach =
      row.toGemeente === null
        ? t('diagnose.residents.subsidyNoReach')
        : t('diagnose.residents.subsidyReach', { count: row.toGemeente });
    return (
      <>
        <strong>{words}</strong>; {reach}
      </>
    );
  };
  return (
    <section aria-labelledby="residents-heading">
      <h3 id="residents-heading">{t('diagnose.residents.title')}</h3>
      <p className="kv-muted">{t('diagnose.residents.intro')}</p>
      {rows.length === 0 ? (
        <p>{t('diagnose.residents.none')}</p>
      ) : (
        <>
          <p data-testid="residents-subsidy-count">
            {t('diagnose.residents.subsidyOnlyCount', { count: subsidyOnly })}
          </p>
          <p className="kv-muted">{t('diagnose.residents.howRead')}</p>
          <ScrollRegion label={t('diagnose.residents.title')}>
            <table className="kv-table kv-compact" data-testid="residents-table">
              <thead>
                <tr>
                  <th scope="col">{t('diagnose.residents.name')}</th>
                  <th scope="col">{t('diagnose.residents.toGemeente')}</th>
                  <th scope="col">{t('diagnose.residents.toProfessional')}</th>
                  <th scope="col">{t('diagnose.residents.directContact')}</th>
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
                    <td data-testid="resident-contact">{contact(row)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
