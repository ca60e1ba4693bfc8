/**
 * Where a participant's phone keeps its place in a bijeenkomst: the token from joining, in localStorage
 * under one key per join code, so a reload, or a phone that threw the tab away, comes back as the same
 * participant instead of joining twice. The code itself travels in the address (`/doe-mee?code=ABC234`):
 * it is no secret (it is on the wall), and it is what the page reads first after a reload. Storage can be
 * missing or refuse (private browsing, a full quota): then the page works, it only forgets on a reload.
 */
import { normaliseJoinCode } from '../../../domain/index.ts';

export const TOKEN_KEY_PREFIX = 'krachtenveld-deelnemer:';

/** What the page needs of localStorage (a Map-backed stand-in in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function tokenKey(code: string): string {
  return `${TOKEN_KEY_PREFIX}${normaliseJoinCode(code)}`;
}

/** The browser's localStorage, or null where reading it throws (some browsers' private mode, no window). */
export function browserStore(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readToken(store: KeyValueStore | null, code: string): string | null {
  try {
    const token = store?.getItem(tokenKey(code)) ?? null;
    return token && token.trim() !== '' ? token : null;
  } catch {
    return null;
  }
}

export function saveToken(store: KeyValueStore | null, code: string, token: string): void {
  try {
    store?.setItem(tokenKey(code), token);
  } catch {
    // Full or refused: the participant stays joined until the page is reloaded.
  }
}

/** Forgets a token the server no longer honours (a closed meeting, a stopped participant). */
export function dropToken(store: KeyValueStore | null, code: string): void {
  try {
    store?.removeItem(tokenKey(code));
  } catch {
    // Nothing to do: a token that stays behind gets a 404 and is dropped next time.
  }
}

/** The code in the address (`?code=abc 234` → `ABC234`), or '' without one. */
export function codeFromSearch(search: string): string {
  const value = new URLSearchParams(search).get('code');
  return value ? normaliseJoinCode(value).slice(0, 40) : '';
}

/**
 * The address to show for a code: `?code=` set (a reload comes back to this meeting) or removed (back at
 * the code entry), everything else of the query and the fragment kept.
 */
export function searchWithCode(search: string, code: string): string {
  const params = new URLSearchParams(search);
  if (code) params.set('code', code);
  else params.delete('code');
  const query = params.toString();
  return query ? `?${query}` : '';
}
