/**
 * The gemeenten reference list as the server uses it: loaded once from the database at start (CBS's 342 and one fictitious),
 * so checking a code on every write costs a Set lookup, not a query.
 */
import type { Gemeente } from '../domain/index.ts';

export interface GemeenteDirectory {
  list: Gemeente[];
  has(code: string): boolean;
}

export function createGemeenteDirectory(list: Gemeente[]): GemeenteDirectory {
  const codes = new Set(list.map((gemeente) => gemeente.code));
  return { list, has: (code) => codes.has(code) };
}
