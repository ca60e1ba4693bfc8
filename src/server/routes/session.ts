/**
 * /api/v1/setup and /api/v1/session: the first administrator, login, who am I, logout and password change.
 * Login and setup answer with the session cookie and the CSRF token the web app sends back on every change.
 * Contract: src/contract/session.ts.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { session as contract } from '../../contract/index.ts';
import { ConflictError, type User } from '../../domain/index.ts';
import {
  changePassword,
  checkCredentials,
  endSession,
  hashToken,
  looksLikeToken,
  openSession,
  setUpFirstAdministrator,
} from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';
import { principalOf, type SessionSettings, sessionCookieName } from '../plugins/authentication.ts';

/** Starts a session for the user: ends the one the browser had, sets the cookie, returns the body. */
export async function signIn(
  store: Store,
  settings: SessionSettings,
  request: FastifyRequest,
  reply: FastifyReply,
  user: User,
): Promise<contract.Session> {
  const cookieName = sessionCookieName(settings);
  const previous = request.cookies[cookieName];
  if (looksLikeToken(previous)) {
    request.server.sessionCache.forget(hashToken(previous));
    await endSession(store, hashToken(previous));
  }
  const session = await openSession(store, user.id, settings.maxSeconds);
  reply.setCookie(cookieName, session.token, {
    path: '/',
    httpOnly: true,
    secure: settings.secureCookie,
    sameSite: 'strict',
    expires: session.expiresAt,
  });
  return { user, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
}

/** Requests that came through a proxy cannot prove they come from this machine. */
function isDirectLoopback(request: FastifyRequest): boolean {
  const loopback = ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(request.socket.remoteAddress ?? '');
  return loopback && !request.headers['x-forwarded-for'] && !request.headers.forwarded;
}

export const sessionRoutes: FastifyPluginAsyncZod<{ store: Store; settings: SessionSettings }> = async (
  app,
  { store, settings },
) => {
  app.route({
    ...routeOf(contract.getSetup),
    config: { auth: 'public' },
    handler: async () => ({ needed: (await store.users.countAll()) === 0 }),
  });

  app.route({
    ...routeOf(contract.setUp),
    config: { auth: 'public', throttle: 'login' },
    handler: async (request, reply) => {
      if (!isDirectLoopback(request)) throw new ConflictError('setup_remote');
      const user = await setUpFirstAdministrator(store, request.body);
      return reply.code(201).send(await signIn(store, settings, request, reply, user));
    },
  });

  app.route({
    ...routeOf(contract.getSession),
    handler: async (request) => {
      const principal = principalOf(request);
      const session = await store.sessions.findValid(principal.sessionId, settings.idleSeconds);
      return {
        user: principal.user,
        csrfToken: principal.csrfToken,
        expiresAt: session?.expiresAt ?? new Date().toISOString(),
      };
    },
  });

  app.route({
    ...routeOf(contract.logIn),
    config: { auth: 'public', throttle: 'login' },
    handler: async (request, reply) => {
      const user = await checkCredentials(store, request.body);
      return signIn(store, settings, request, reply, user);
    },
  });

  app.route({
    ...routeOf(contract.logOut),
    handler: async (request, reply) => {
      if (request.principal) {
        request.server.sessionCache.forget(request.principal.sessionId);
        await endSession(store, request.principal.sessionId);
      }
      reply.clearCookie(sessionCookieName(settings), { path: '/' });
      return reply.code(204).send(null);
    },
  });

  app.route({
    ...routeOf(contract.changePassword),
    config: { throttle: 'login' },
    handler: async (request, reply) => {
      const principal = principalOf(request);
      await changePassword(
        store,
        principal.user.id,
        principal.sessionId,
        request.body.currentPassword,
        request.body.newPassword,
      );
      request.server.sessionCache.forgetUser(principal.user.id);
      return reply.code(204).send(null);
    },
  });
};
