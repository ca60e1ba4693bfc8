/**
 * Who is signed in, shared by the whole app: loaded once at start (first-administrator setup needed?
 * signed in? signed out?), changed by login, setup, logout and by any 401 from the server. The CSRF token of
 * the session goes to the API client, which sends it with every change.
 */
import { useSyncExternalStore } from 'react';
import * as contract from '../../contract/index.ts';
import type { User } from '../../domain/index.ts';
import { call, setCsrfToken, setUnauthenticatedHandler } from '../api/client.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'setup' }
  | { status: 'signed-out'; expired: boolean }
  | { status: 'signed-in'; user: User };

let state: SessionState = { status: 'loading' };
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

function signedIn(response: contract.session.Session): void {
  setCsrfToken(response.csrfToken);
  set({ status: 'signed-in', user: response.user });
}

setUnauthenticatedHandler(() => {
  setCsrfToken(null);
  if (state.status === 'signed-in') set({ status: 'signed-out', expired: true });
});

export async function loadSession(): Promise<void> {
  const { needed } = await call(contract.session.getSetup);
  if (needed) return set({ status: 'setup' });
  try {
    signedIn(await call(contract.session.getSession));
  } catch {
    set({ status: 'signed-out', expired: false });
  }
}

export async function logIn(email: string, password: string): Promise<void> {
  signedIn(await call(contract.session.logIn, { body: { email, password } }));
}

export async function setUp(
  account: contract.EndpointInput<typeof contract.session.setUp>['body'],
): Promise<void> {
  signedIn(await call(contract.session.setUp, { body: account }));
}

/** After accepting an invitation with a new account, the server has signed it in. */
export function adoptSession(response: contract.session.Session): void {
  signedIn(response);
}

export async function logOut(): Promise<void> {
  try {
    await call(contract.session.logOut);
  } finally {
    setCsrfToken(null);
    set({ status: 'signed-out', expired: false });
  }
}

export function useSession(): SessionState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
