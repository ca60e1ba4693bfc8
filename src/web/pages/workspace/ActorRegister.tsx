/**
 * The register of spelers: every speler of the map (the map's filters applied) in a searchable, sortable,
 * paged table. A speler's name opens it; so does a click on its row.
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphActor, WorkspaceGraph } from '../../../domain/index.ts';
import { type DataColumn, DataTable } from '../../components/DataTable.tsx';

interface ActorRegisterProps {
  data: WorkspaceGraph;
  /** Spelers outside the map's filters, left out of the table too. */
  hidden: ReadonlySet<string>;
  selectedId: string | null;
  onSelect(actorId: string): void;
}

export function ActorRegister({ data, hidden, selectedId, onSelect }: ActorRegisterProps) {
  const { t } = useTranslation();

  const degree = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of data.relations) {
      counts.set(r.source, (counts.get(r.source) ?? 0) + 1);
      counts.set(r.target, (counts.get(r.target) ?? 0) + 1);
    }
    return counts;
  }, [data]);
  const rows = useMemo(() => data.actors.filter((actor) => !hidden.has(actor.id)), [data, hidden]);

  const columns = useMemo(
    (): DataColumn<GraphActor>[] => [
      { key: 'name', label: t('table.name'), cell: (a) => a.name, sortValue: (a) => a.name },
      {
        key: 'force',
        label: t('table.force'),
        cell: (a) => t(`force.${a.force}`),
        sortValue: (a) => t(`force.${a.force}`),
      },
      {
        key: 'kind',
        label: t('table.kind'),
        cell: (a) => t(`kind.${a.kind}`),
        sortValue: (a) => t(`kind.${a.kind}`),
      },
      {
        key: 'domains',
        label: t('table.domains'),
        cell: (a) => a.domains.map((d) => t(`domain.${d}`)).join(', '),
      },
      {
        key: 'wijken',
        label: t('table.wijken'),
        cell: (a) => a.wijken.join(', '),
        sortValue: (a) => a.wijken.join(', ') || null,
      },
      {
        key: 'relations',
        label: t('table.relations'),
        cell: (a) => degree.get(a.id) ?? 0,
        sortValue: (a) => degree.get(a.id) ?? 0,
        numeric: true,
      },
    ],
    [t, degree],
  );
  // A speler is found by its name, and by the wijken and labels it has.
  const searchTexts = useCallback((a: GraphActor) => [a.name, ...a.wijken, ...a.tags], []);

  return (
    <DataTable
      caption={t('workspace.actors')}
      rows={rows}
      rowId={(a) => a.id}
      columns={columns}
      onOpen={onSelect}
      selectedId={selectedId}
      searchLabel={t('register.search')}
      searchTexts={searchTexts}
      countText={(count) => t('register.count', { count })}
      noneText={(query) => t('register.none', { query })}
      pagerLabel={t('register.pages')}
      initialSort={{ key: 'name', direction: 'ascending' }}
    />
  );
}
