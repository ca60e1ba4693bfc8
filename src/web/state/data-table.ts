/**
 * What a register table shows: the rows that match the search box, in the order of the chosen column, cut
 * into pages. Pure, so the table component only renders, and the rules (accents and case do not matter,
 * empty cells sort last either way, a page past the end shows the last one) are tested in one place.
 */

export type SortDirection = 'ascending' | 'descending';
export interface TableSort {
  key: string;
  direction: SortDirection;
}
/** What a column sorts by; null is an empty cell. */
export type SortValue = string | number | null;

/** Text as searched: lower case, accents removed (Jiřina → jirina), runs of spaces as one. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The searchable text of every row, folded once: on 50,000 spelers folding per keystroke would cost more
 * than the search itself. Fields are joined with a space: a query word never holds one, so it cannot match
 * across two fields.
 */
export function searchIndex<Row>(rows: readonly Row[], texts: (row: Row) => readonly string[]): string[] {
  return rows.map((row) => foldText(texts(row).join(' ')));
}

/**
 * The rows whose text holds every word of the query, in any order and as part of a word ("buurt noord"
 * finds "Buurtkamer Noord"). An empty query keeps every row.
 */
export function filterRows<Row>(rows: readonly Row[], index: readonly string[], query: string): Row[] {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((_, i) => {
    const text = index[i] ?? '';
    return words.every((word) => text.includes(word));
  });
}

export interface TextCompare {
  compare(a: string, b: string): number;
}

/** Empty cells come last in both directions: a reader looks for values, not for blanks. */
export function sortRows<Row>(
  rows: readonly Row[],
  value: (row: Row) => SortValue,
  direction: SortDirection,
  collator: TextCompare,
): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, position) => ({ row, position, value: value(row) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === b.value) return a.position - b.position;
      return a.value === null ? 1 : -1;
    }
    const order =
      typeof a.value === 'number' && typeof b.value === 'number'
        ? a.value - b.value
        : collator.compare(String(a.value), String(b.value));
    // Equal values keep their earlier order (e.g. by name), in both directions.
    return sign * order || a.position - b.position;
  });
  return keyed.map((entry) => entry.row);
}

/** A click on a column header: that column ascending, or the other way round when it already sorts. */
export function nextSort(current: TableSort, key: string): TableSort {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

export interface PageOf<Row> {
  items: Row[];
  /** The page shown: the one asked for, within 1 … pages. */
  page: number;
  pages: number;
}

/** One page of rows; a page past the end (after the search shrank the list) shows the last one. */
export function pageOf<Row>(rows: readonly Row[], page: number, pageSize: number): PageOf<Row> {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  return { items: rows.slice((current - 1) * pageSize, current * pageSize), page: current, pages };
}
