/**
 * A minimal router over the History API: the app has a handful of pages, so a routing library would be more code
 * than it saves. Links are real <a href> elements, so they work with the keyboard, middle-click and
 * screen readers.
 */
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'workspaces' }
  | { page: 'workspace'; workspaceId: string }
  | { page: 'account' }
  | { page: 'invitation' }
  | { page: 'not-found' };

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/werkruimtes') return { page: 'workspaces' };
  if (pathname === '/account') return { page: 'account' };
  // Where a failed login through the identity provider returns; signed in, it is the list.
  if (pathname === '/inloggen') return { page: 'workspaces' };
  if (pathname === '/uitnodiging') return { page: 'invitation' };
  const match = pathname.match(/^\/werkruimtes\/([0-9a-f-]{36})$/);
  if (match?.[1]) return { page: 'workspace', workspaceId: match[1] };
  return { page: 'not-found' };
}

export function workspacePath(id: string): string {
  return `/werkruimtes/${id}`;
}

export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.pathname));
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return route;
}

/** Follows in-app links without a page load, leaving modified clicks (new tab) to the browser. */
export function followLink(event: React.MouseEvent<HTMLAnchorElement>): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
    return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href') ?? '/');
}
