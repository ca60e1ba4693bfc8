/**
 * A register table: a search box, sortable column headers, paging, and rows that open their item. The
 * first column is the row's header and holds a button, so opening a row works with Tab and Enter; a click
 * anywhere else on the row does the same for mouse users. The table scrolls sideways inside its own
 * focusable region, so on a phone it never makes the page wider than the screen. The rules for what shows
 * (search, sort, page) are pure functions in `state/data-table.ts`.
 */
import { type MouseEvent, type ReactNode, useId, useMemo, useState } from 'react';
import { dutchCollator } from '../state/collator.ts';
import {
  filterRows,
  nextSort,
  pageOf,
  type SortValue,
  searchIndex,
  sortRows,
  type TableSort,
} from '../state/data-table.ts';
import { Pager } from './Pager.tsx';
import { ScrollRegion } from './ScrollRegion.tsx';

export interface DataColumn<Row> {
  key: string;
  label: string;
  cell(row: Row): ReactNode;
  /** Sortable when given: the value the column sorts by, null for an empty cell. */
  sortValue?(row: Row): SortValue;
  numeric?: boolean;
  /** Extra class for the cells of this column (e.g. a clamped long text). */
  className?: string;
}

export interface DataTableProps<Row> {
  caption: string;
  rows: readonly Row[];
  rowId(row: Row): string;
  /** The first column is the row header; with `onOpen` its content is the button that opens the row. */
  columns: readonly DataColumn<Row>[];
  /** The name of the open button when its visible text is not enough (it must start with that text). */
  openLabel?(row: Row): string;
  onOpen?(id: string): void;
  selectedId?: string | null;
  searchLabel: string;
  searchHint?: string;
  /** The texts a row is found by; searching ignores case and accents. */
  searchTexts(row: Row): readonly string[];
  countText(count: number): string;
  /** "Geen spelers gevonden voor “…”". */
  noneText(query: string): string;
  pagerLabel: string;
  initialSort: TableSort;
  pageSize?: number;
}

export function DataTable<Row>({
  caption,
  rows,
  rowId,
  columns,
  openLabel,
  onOpen,
  selectedId,
  searchLabel,
  searchHint,
  searchTexts,
  countText,
  noneText,
  pagerLabel,
  initialSort,
  pageSize = 50,
}: DataTableProps<Row>) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState(initialSort);
  const [page, setPage] = useState(1);

  // Folding every row's text is the costly part; it only changes with the rows, not with each keystroke.
  const index = useMemo(() => searchIndex(rows, searchTexts), [rows, searchTexts]);
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort.key) ?? columns[0];
    const value = column?.sortValue;
    return value ? sortRows(rows, value, sort.direction, dutchCollator) : [...rows];
  }, [rows, columns, sort]);
  const sortedIndex = useMemo(() => {
    const position = new Map(rows.map((row, i) => [row, i]));
    return sorted.map((row) => index[position.get(row) ?? -1] ?? '');
  }, [rows, sorted, index]);
  const matched = useMemo(() => filterRows(sorted, sortedIndex, query), [sorted, sortedIndex, query]);
  const shown = pageOf(matched, page, pageSize);

  const searching = query.trim() !== '';
  const summary = searching && matched.length === 0 ? noneText(query.trim()) : countText(matched.length);

  function openFromRow(event: MouseEvent<HTMLTableRowElement>, row: Row) {
    // Buttons and links in the row do their own thing; selecting text is not a click to open.
    if ((event.target as HTMLElement).closest('button, a, input, select, textarea')) return;
    if (window.getSelection()?.toString()) return;
    onOpen?.(rowId(row));
  }

  const [first, ...rest] = columns;
  return (
    <div className="kv-register kv-data-table">
      <div className="kv-field">
        <label htmlFor={`${id}-search`}>{searchLabel}</label>
        {searchHint && (
          <span id={`${id}-hint`} className="kv-hint">
            {searchHint}
          </span>
        )}
        <input
          id={`${id}-search`}
          type="search"
          className="utrecht-textbox"
          autoComplete="off"
          aria-describedby={searchHint ? `${id}-hint` : undefined}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setPage(1);
          }}
        />
      </div>
      <p role="status" className="kv-muted">
        {summary}
      </p>
      <ScrollRegion label={caption}>
        <table className="kv-table">
          <caption className="kv-visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <HeaderCell
                  key={column.key}
                  column={column}
                  sort={sort}
                  onSort={() => {
                    setSort((current) => nextSort(current, column.key));
                    setPage(1);
                  }}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {first &&
              shown.items.map((row) => {
                const key = rowId(row);
                const selected = key === selectedId;
                return (
                  <tr
                    key={key}
                    aria-selected={selectedId === undefined ? undefined : selected}
                    className={[selected ? 'kv-selected' : '', onOpen ? 'kv-openable' : '']
                      .filter(Boolean)
                      .join(' ')}
                    onClick={onOpen ? (event) => openFromRow(event, row) : undefined}
                  >
                    <th scope="row" className={first.className}>
                      {onOpen ? (
                        <button
                          type="button"
                          className="kv-link-button"
                          aria-label={openLabel?.(row)}
                          onClick={() => onOpen(key)}
                        >
                          {first.cell(row)}
                        </button>
                      ) : (
                        first.cell(row)
                      )}
                    </th>
                    {rest.map((column) => (
                      <td
                        key={column.key}
                        className={[column.numeric ? 'kv-number' : '', column.className ?? '']
                          .filter(Boolean)
                          .join(' ')}
                      >
                        {column.cell(row)}
                      </td>
                    ))}
                  </tr>
                );
              })}
          </tbody>
        </table>
      </ScrollRegion>
      <Pager label={pagerLabel} page={shown.page} pages={shown.pages} onPage={setPage} />
    </div>
  );
}

function HeaderCell<Row>({
  column,
  sort,
  onSort,
}: {
  column: DataColumn<Row>;
  sort: TableSort;
  onSort(): void;
}) {
  if (!column.sortValue) {
    return (
      <th scope="col" className={column.numeric ? 'kv-number' : undefined}>
        {column.label}
      </th>
    );
  }
  const active = sort.key === column.key;
  return (
    <th
      scope="col"
      className={column.numeric ? 'kv-number' : undefined}
      aria-sort={active ? sort.direction : 'none'}
    >
      <button type="button" className="kv-sort" onClick={onSort}>
        {column.label}
        <span aria-hidden="true" className="kv-sort-mark">
          {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
}
