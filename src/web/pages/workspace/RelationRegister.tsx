/** The register of relaties: every tie as a readable row, paged, with the map's filters applied. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceGraph } from '../../../domain/index.ts';
import { Pager } from '../../components/Pager.tsx';

const PAGE_SIZE = 50;

export function RelationRegister({ data, hidden }: { data: WorkspaceGraph; hidden: Set<string> }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const names = useMemo(() => new Map(data.actors.map((a) => [a.id, a.name])), [data]);
  const rows = useMemo(() => data.relations.filter((r) => !hidden.has(r.id)), [data, hidden]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);

  return (
    <div className="kv-register">
      <p className="kv-muted">{t('relationsTable.count', { count: rows.length })}</p>
      <table className="kv-table">
        <caption className="kv-visually-hidden">{t('relationsTable.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('relationsTable.from')}</th>
            <th scope="col">{t('relationsTable.type')}</th>
            <th scope="col">{t('relationsTable.to')}</th>
            <th scope="col">{t('relationsTable.strength')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE).map((relation) => (
            <tr key={relation.id}>
              <td>{names.get(relation.source)}</td>
              <td>{t(`relationType.${relation.type}`)}</td>
              <td>{names.get(relation.target)}</td>
              <td className="kv-number">{relation.strength}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager
        label={`${t('relationsTable.title')}: ${t('register.pages')}`}
        page={current}
        pages={pages}
        onPage={setPage}
      />
    </div>
  );
}
