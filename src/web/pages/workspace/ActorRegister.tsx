/**
 * The register of spelers: a sortable, searchable, paged table of the whole map. Each name is a button, so
 * selecting a speler (which centres the map on it) works with the keyboard.
 */

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphActor, WorkspaceGraph } from '../../../domain/index.ts';
import { Pager } from '../../components/Pager.tsx';
import { dutchCollator } from '../../state/collator.ts';

const PAGE_SIZE = 50;
type SortKey = 'name' | 'force' | 'relations';

interface ActorRegisterProps {
  data: WorkspaceGraph;
  /** Spelers outside the map's filters, left out of the table too. */
  hidden: Set<string>;
  selectedId: string | null;
  onSelect(actorId: string): void;
}

export function ActorRegister({ data, hidden, selectedId, onSelect }: ActorRegisterProps) {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'name', descending: false });
  const [page, setPage] = useState(1);

  const degree = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of data.relations) {
      counts.set(r.source, (counts.get(r.source) ?? 0) + 1);
      counts.set(r.target, (counts.get(r.target) ?? 0) + 1);
    }
    return counts;
  }, [data]);

  const rows = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase(i18n.language);
    const filtered = data.actors.filter(
      (actor) =>
        !hidden.has(actor.id) && (!needle || actor.name.toLocaleLowerCase(i18n.language).includes(needle)),
    );
    const compare = (a: GraphActor, b: GraphActor) => {
      if (sort.key === 'relations') return (degree.get(a.id) ?? 0) - (degree.get(b.id) ?? 0);
      if (sort.key === 'force')
        return a.force.localeCompare(b.force) || dutchCollator.compare(a.name, b.name);
      return dutchCollator.compare(a.name, b.name);
    };
    const sorted = [...filtered].sort(compare);
    return sort.descending ? sorted.reverse() : sorted;
  }, [data, hidden, query, sort, degree, i18n.language]);

  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const visible = rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);

  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="kv-sort"
        onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }))}
      >
        {label}
      </button>
    </th>
  );

  return (
    <div className="kv-register">
      <label htmlFor="register-search">{t('register.search')}</label>
      <input
        id="register-search"
        type="search"
        className="utrecht-textbox"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setPage(1);
        }}
      />
      <p role="status" className="kv-muted">
        {t('register.count', { count: rows.length })}
      </p>
      <table className="kv-table">
        <caption className="kv-visually-hidden">{t('workspace.actors')}</caption>
        <thead>
          <tr>
            {header('name', t('table.name'))}
            {header('force', t('table.force'))}
            <th scope="col">{t('table.kind')}</th>
            <th scope="col">{t('table.domains')}</th>
            <th scope="col">{t('table.wijken')}</th>
            {header('relations', t('table.relations'))}
          </tr>
        </thead>
        <tbody>
          {visible.map((actor) => (
            <tr
              key={actor.id}
              aria-selected={actor.id === selectedId}
              className={actor.id === selectedId ? 'kv-selected' : ''}
            >
              <th scope="row">
                <button type="button" className="kv-link-button" onClick={() => onSelect(actor.id)}>
                  {actor.name}
                </button>
              </th>
              <td>{t(`force.${actor.force}`)}</td>
              <td>{t(`kind.${actor.kind}`)}</td>
              <td>{actor.domains.map((d) => t(`domain.${d}`)).join(', ')}</td>
              <td>{actor.wijken.join(', ')}</td>
              <td className="kv-number">{degree.get(actor.id) ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager label={t('register.pages')} page={current} pages={pages} onPage={setPage} />
    </div>
  );
}
