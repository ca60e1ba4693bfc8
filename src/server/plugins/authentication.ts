/**
 * Who is asking. Every API route needs a signed-in user unless it declares `config.auth: 'public'`
 * (setup, login, the invitation pages, health), `'respondent'` (an uitvraag's respondent, whose personal
 * link's token in the body is checked by the survey services on every call), `'participant'` (a
 * bijeenkomst's participant: the join code, then a token in the Authorization header, checked by the meeting
 * services on every call) or `'admin'` (an administrator). The session comes from an
 * HttpOnly, SameSite=Strict cookie holding a random token; the database stores only its hash.
 *
 * Cross-site request forgery is refused twice over for every unsafe method: a request whose browser says
 * it comes from another site (Origin or Sec-Fetch-Site) is refused, public routes included (login CSRF);
 * and a cookie-authenticated request must carry the session's CSRF token in `X-CSRF-Token`, which only
 * our own pages can read (from the session response).
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { API_PREFIX } from '../../contract/index.ts';
import { AuthenticationError, ForbiddenError, type User } from '../../domain/index.ts';
import { type Author, apiAuthor, hashToken, looksLikeToken, sameSecret } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { createSessionCache, type SessionCache } from '../auth/session-cache.ts';

export const AUTH_MODES = ['user', 'public', 'respondent', 'participant', 'admin'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route; default `user` (any signed-in account). */
    auth?: AuthMode;
  }
  interface FastifyRequest {
    /** The signed-in user and session, or null (only on public routes). */
    principal: Principal | null;
  }
  interface FastifyInstance {
    /** Sessions checked in the last seconds; logout and password change must forget theirs. */
    sessionCache: SessionCache;
  }
}

export interface Principal {
  user: User;
  sessionId: string;
  csrfToken: string;
}

export interface SessionSettings {
  /** A session ends this long after its last request. */
  idleSeconds: number;
  /** … and at the latest this long after login. */
  maxSeconds: number;
  /** Send the cookie with Secure (and the __Host- prefix). */
  secureCookie: boolean;
}

export function sessionCookieName(settings: Pick<SessionSettings, 'secureCookie'>): string {
  // __Host- makes the browser refuse the cookie unless it is Secure, host-only and for path /.
  return settings.secureCookie ? '__Host-krachtenveld-sessie' : 'krachtenveld-sessie';
}

/** Routes open without an account: what they check themselves (a code, a link, a token) is the credential. */
const ANONYMOUS_MODES: ReadonlySet<AuthMode> = new Set(['public', 'respondent', 'participant']);

/** Methods that change nothing: no CSRF token needed, not rate limited as writes. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * `last_seen_at` is refreshed at most once a second per session: a write on every read would double the
 * database work of a busy map, and a coarser step would end an active session early (once a minute let a
 * session with a one-minute idle time expire while in use). So a session ends between idle time − 1 s and
 * idle time after its last request.
 */
const TOUCH_AFTER_MS = 1_000;
/** How long a checked session is trusted without asking the database again (see auth/session-cache.ts). */
const SESSION_CACHE_MS = 5_000;

export function isApiRoute(url: string): boolean {
  return url === API_PREFIX || url.startsWith(`${API_PREFIX}/`);
}

/** True when the browser tells us the request was made by a page of another site. */
function isCrossSite(request: FastifyRequest): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true; // "null" (sandboxed frames, file://) or garbage
  }
}

export const authentication = fp<{ store: Store; settings: SessionSettings }>(
  async (app: FastifyInstance, { store, settings }) => {
    await app.register(cookie);
    app.decorateRequest('principal', null);
    const cookieName = sessionCookieName(settings);
    const cache = createSessionCache(SESSION_CACHE_MS, settings.idleSeconds);
    app.decorate('sessionCache', cache);

    async function loadPrincipal(request: FastifyRequest): Promise<Principal | null> {
      const token = request.cookies[cookieName];
      if (!looksLikeToken(token)) return null;
      const id = hashToken(token);
      let session = cache.get(id);
      if (!session) {
        session = await store.sessions.findValid(id, settings.idleSeconds);
        if (!session) return null;
        cache.set(session);
      }
      // Also on a cached session: every request counts as activity, not only those that reach the database.
      if (Date.now() - Date.parse(session.lastSeenAt) >= TOUCH_AFTER_MS) {
        await store.sessions.touch(session.id);
        session = cache.seen(session.id) ?? session;
      }
      return { user: session.user, sessionId: session.id, csrfToken: session.csrfToken };
    }

    async function authenticate(request: FastifyRequest, reply: FastifyReply) {
      const mode = request.routeOptions.config.auth ?? 'user';
      const unsafe = !SAFE_METHODS.has(request.method);
      if (unsafe && isCrossSite(request)) throw new AuthenticationError('csrf');
      const principal = await loadPrincipal(request);
      if (!principal) {
        // A stale cookie is cleared, so the browser stops sending it.
        if (request.cookies[cookieName]) reply.clearCookie(cookieName, { path: '/' });
        if (ANONYMOUS_MODES.has(mode)) return;
        throw new AuthenticationError('unauthenticated');
      }
      if (unsafe) {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !sameSecret(sent, principal.csrfToken)) {
          // On a public route (login) the request simply counts as anonymous; elsewhere it is refused.
          if (ANONYMOUS_MODES.has(mode)) return;
          throw new AuthenticationError('csrf');
        }
      }
      request.principal = principal;
      if (mode === 'admin' && !request.principal.user.isAdmin) throw new ForbiddenError('beheerder', null);
    }

    app.addHook('onRoute', (route: RouteOptions) => {
      if (!isApiRoute(route.url)) return;
      const existing = route.onRequest ? [route.onRequest].flat() : [];
      // onRequest runs before the body is read: an anonymous upload is refused before it is received.
      route.onRequest = [authenticate, ...existing];
    });
  },
  { name: 'authentication' },
);

/** The signed-in caller; on every route that is not public the hook above guarantees one. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AuthenticationError('unauthenticated');
  return request.principal;
}

/** The author of a change made through this request, for the audit trail. */
export function authorOf(request: FastifyRequest): Author {
  return apiAuthor(principalOf(request).user.id);
}
