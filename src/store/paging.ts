/** Page arithmetic shared by every list query: 1-based pages, a bounded page size. */
export interface PageRequest {
  page: number;
  pageSize: number;
}

export interface Page<T> {
  items: T[];
  totalItems: number;
}

export function offsetOf(request: PageRequest): number {
  return (request.page - 1) * request.pageSize;
}

/** Escapes LIKE wildcards so a user's "50%" searches for "50%", not "50 and anything". */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** PostgreSQL renders timestamptz as "2026-01-02 10:00:00.123+00"; the API speaks ISO 8601. */
export function isoTimestamp(value: string | Date): string {
  return new Date(value).toISOString();
}
