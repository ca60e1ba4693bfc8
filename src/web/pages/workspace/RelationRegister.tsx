/**
 * The register of relaties: every tie of the map (the map's filters applied) as a row with both ends, the
 * kind, strength, period and description, searchable by names and text, sortable and paged. A row opens its
 * relatie (`onOpenRelation`).
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphRelation, WorkspaceGraph } from '../../../domain/index.ts';
import { type DataColumn, DataTable } from '../../components/DataTable.tsx';
import { periodText, relationSentence } from './relation-words.ts';
import { useRelationDescriptions } from './use-relation-descriptions.ts';

/** Long descriptions are cut in the table; the relatie panel shows them whole. */
const DESCRIPTION_SHOWN = 140;

interface RelationRegisterProps {
  data: WorkspaceGraph;
  /** Relaties outside the map's filters, left out of the table too. */
  hidden: ReadonlySet<string>;
  selectedId?: string | null;
  /** Opens the relatie; without it the rows only show. */
  onOpenRelation?(relationId: string): void;
}

export function RelationRegister({ data, hidden, selectedId, onOpenRelation }: RelationRegisterProps) {
  const { t, i18n } = useTranslation();
  const workspaceId = data.workspace.id;
  const descriptions = useRelationDescriptions(workspaceId);
  const names = useMemo(() => new Map(data.actors.map((a) => [a.id, a.name])), [data]);
  const rows = useMemo(() => data.relations.filter((r) => !hidden.has(r.id)), [data, hidden]);

  const columns = useMemo((): DataColumn<GraphRelation>[] => {
    const name = (id: string) => names.get(id) ?? t('history.unknownActor');
    const type = (r: GraphRelation) => t(`relationType.${r.type}`);
    return [
      {
        key: 'from',
        label: t('relationsTable.from'),
        cell: (r) => name(r.source),
        sortValue: (r) => name(r.source),
      },
      { key: 'type', label: t('relationsTable.type'), cell: type, sortValue: type },
      {
        key: 'to',
        label: t('relationsTable.to'),
        cell: (r) => name(r.target),
        sortValue: (r) => name(r.target),
      },
      {
        key: 'strength',
        label: t('relationsTable.strength'),
        cell: (r) => r.strength,
        sortValue: (r) => r.strength,
        numeric: true,
      },
      {
        key: 'period',
        label: t('relationsTable.period'),
        cell: (r) => periodText(t, i18n.language, r.validFrom, r.validTo) ?? '–',
        // ISO dates sort as text; a relatie without a start sorts by its end.
        sortValue: (r) => r.validFrom ?? r.validTo,
      },
      {
        key: 'description',
        label: t('relationsTable.description'),
        cell: (r) => shorten(descriptions.get(r.id) ?? ''),
        sortValue: (r) => descriptions.get(r.id) || null,
        className: 'kv-cell-text',
      },
    ];
  }, [t, i18n.language, names, descriptions]);

  const searchTexts = useCallback(
    (r: GraphRelation) => [
      names.get(r.source) ?? '',
      names.get(r.target) ?? '',
      t(`relationType.${r.type}`),
      descriptions.get(r.id) ?? '',
    ],
    [names, t, descriptions],
  );

  return (
    <DataTable
      caption={t('relationsTable.title')}
      rows={rows}
      rowId={(r) => r.id}
      columns={columns}
      openLabel={(r) => relationSentence(t, (id) => names.get(id), r)}
      onOpen={onOpenRelation}
      selectedId={selectedId}
      searchLabel={t('relationsTable.search')}
      searchHint={t('relationsTable.searchHint')}
      searchTexts={searchTexts}
      countText={(count) => t('relationsTable.count', { count })}
      noneText={(query) => t('relationsTable.none', { query })}
      pagerLabel={`${t('relationsTable.title')}: ${t('register.pages')}`}
      initialSort={{ key: 'from', direction: 'ascending' }}
    />
  );
}

function shorten(text: string): string {
  return text.length <= DESCRIPTION_SHOWN ? text : `${text.slice(0, DESCRIPTION_SHOWN).trimEnd()}…`;
}
