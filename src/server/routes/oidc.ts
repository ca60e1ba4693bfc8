/**
 * /api/v1/session/methods, and — when the gemeente's own identity provider is configured —
 * /api/v1/session/oidc (start) and /api/v1/session/oidc/callback (return). The login under way is kept
 * server-side (oidc_logins: state, nonce, PKCE verifier) under the hash of a random token in a short-lived
 * HttpOnly cookie. That cookie is SameSite=Lax, because the browser comes back from the provider through a
 * top-level cross-site redirect, and is limited to the paths of these routes. Contract: src/contract/oidc.ts.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { API_PREFIX, oidc as contract } from '../../contract/index.ts';
import {
  accountForOidc,
  hashToken,
  looksLikeToken,
  newToken,
  type OidcIdentity,
  OidcRefusedError,
  rememberOidcLogin,
} from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import {
  createOidcClient,
  describeOidcError,
  type OidcSettings,
  OidcUnavailableError,
} from '../auth/oidc.ts';
import { routeOf } from '../contract-route.ts';
import { messages } from '../messages/index.ts';
import type { SessionSettings } from '../plugins/authentication.ts';
import { sendProblem } from '../plugins/problem-json.ts';
import { signIn } from './session.ts';

/** How long a browser may take at the identity provider. */
export const OIDC_LOGIN_SECONDS = 10 * 60;
const COOKIE_PATH = `${API_PREFIX}${contract.startOidcLogin.path}`;

export function oidcCookieName(settings: Pick<SessionSettings, 'secureCookie'>): string {
  // __Secure- (not __Host-, which demands path=/) makes the browser refuse the cookie unless it is Secure.
  return settings.secureCookie ? '__Secure-krachtenveld-oidc' : 'krachtenveld-oidc';
}

/** Where the web app shows its login page, with the reason the login failed. */
export const OIDC_FAILED = '/inloggen?fout=oidc';
export const OIDC_EMAIL_REFUSED = '/inloggen?fout=oidc_email';

export const oidcRoutes: FastifyPluginAsyncZod<{
  store: Store;
  settings: SessionSettings;
  oidc: OidcSettings | undefined;
}> = async (app, { store, settings, oidc: oidcSettings }) => {
  app.route({
    ...routeOf(contract.loginMethods),
    config: { auth: 'public' },
    handler: async () => ({ password: true, oidc: oidcSettings ? { name: oidcSettings.name } : null }),
  });

  if (!oidcSettings) return;
  const oidc = createOidcClient(oidcSettings);
  const cookieName = oidcCookieName(settings);
  const cookieOptions = {
    path: COOKIE_PATH,
    httpOnly: true,
    secure: settings.secureCookie,
    sameSite: 'lax' as const,
  };

  app.route({
    ...routeOf(contract.startOidcLogin),
    config: { auth: 'public', throttle: 'login' },
    handler: async (request, reply) => {
      let login: Awaited<ReturnType<typeof oidc.startLogin>>;
      try {
        login = await oidc.startLogin();
      } catch (error) {
        if (!(error instanceof OidcUnavailableError)) throw error;
        request.log.error({ issuer: oidcSettings.issuer, ...describeOidcError(error.cause) }, error.message);
        return sendProblem(request, reply, 503, 'service_unavailable', {
          detail: messages(request.locale).details.oidcUnavailable,
        });
      }
      const token = newToken();
      const expiresAt = new Date(Date.now() + OIDC_LOGIN_SECONDS * 1000);
      await rememberOidcLogin(store, hashToken(token), login.checks, expiresAt);
      reply.setCookie(cookieName, token, { ...cookieOptions, maxAge: OIDC_LOGIN_SECONDS });
      return reply.redirect(login.url.href, 302);
    },
  });

  app.route({
    ...routeOf(contract.oidcCallback),
    config: { auth: 'public' },
    handler: async (request, reply) => {
      const token = request.cookies[cookieName];
      reply.clearCookie(cookieName, cookieOptions);
      const refuse = (reason: string, to = OIDC_FAILED, details: object = {}) => {
        request.log.warn({ reason, ...details }, 'oidc: login refused');
        return reply.redirect(to, 302);
      };
      if (!looksLikeToken(token)) return refuse('no_login_cookie');
      const attempt = await store.oidcLogins.take(hashToken(token));
      if (!attempt) return refuse('login_unknown_or_expired');

      let identity: OidcIdentity;
      try {
        identity = await oidc.finishLogin(queryOf(request), attempt);
      } catch (error) {
        return refuse('authorization_failed', OIDC_FAILED, describeOidcError(error));
      }
      try {
        const account = await accountForOidc(store, identity);
        await signIn(store, settings, request, reply, account.user);
        request.log.info({ userId: account.user.id, outcome: account.outcome }, 'oidc: signed in');
        return reply.redirect('/', 302);
      } catch (error) {
        if (error instanceof OidcRefusedError) {
          return refuse(error.reason, error.reason === 'no_email' ? OIDC_FAILED : OIDC_EMAIL_REFUSED);
        }
        return refuse('account_failed', OIDC_FAILED, describeOidcError(error));
      }
    },
  });
};

/** The raw query string, exactly as the provider sent it. */
function queryOf(request: FastifyRequest): string {
  const at = request.url.indexOf('?');
  return at === -1 ? '' : request.url.slice(at);
}
