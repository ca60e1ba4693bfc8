/**
 * /api/v1/setup and /api/v1/session: the first administrator, login, who am I, logout and password change.
 * Login and setup answer with the session cookie and the CSRF token the web app sends back on every change.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ConflictError,
  credentialsSchema,
  newAccountSchema,
  passwordChangeSchema,
  type User,
  userSchema,
} from '../../domain/index.ts';
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
import { principalOf, type SessionSettings, sessionCookieName } from '../plugins/authentication.ts';
import { problemResponses } from '../schemas.ts';

export const sessionSchema = z.object({
  user: userSchema,
  /** Send this in the X-CSRF-Token header with every request that changes something. */
  csrfToken: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});

/** Starts a session for the user: ends the one the browser had, sets the cookie, returns the body. */
export async function signIn(
  store: Store,
  settings: SessionSettings,
  request: FastifyRequest,
  reply: FastifyReply,
  user: User,
): Promise<z.infer<typeof sessionSchema>> {
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
  const tags = ['sessie'];

  app.get(
    '/setup',
    {
      config: { auth: 'public' },
      schema: {
        tags,
        summary: 'Is er al een beheerder?',
        response: { 200: z.object({ needed: z.boolean() }), ...problemResponses },
      },
    },
    async () => ({ needed: (await store.users.countAll()) === 0 }),
  );

  app.post(
    '/setup',
    {
      config: { auth: 'public', throttle: 'login' },
      schema: {
        tags,
        summary: 'De eerste beheerder aanmaken (alleen op een nieuwe installatie)',
        description:
          'Kan één keer, en alleen vanaf de computer waar Krachtenveld draait; daarna volgt 409. De beheerder wordt eigenaar van de werkruimtes die nog geen eigenaar hebben (zoals de voorbeeldwerkruimte).',
        body: newAccountSchema,
        response: { 201: sessionSchema, 409: problemResponses[400], ...problemResponses },
      },
    },
    async (request, reply) => {
      if (!isDirectLoopback(request)) throw new ConflictError('setup_remote');
      const user = await setUpFirstAdministrator(store, request.body);
      return reply.code(201).send(await signIn(store, settings, request, reply, user));
    },
  );

  app.get(
    '/session',
    {
      schema: {
        tags,
        summary: 'Wie is ingelogd?',
        response: { 200: sessionSchema, ...problemResponses },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const session = await store.sessions.findValid(principal.sessionId, settings.idleSeconds);
      return {
        user: principal.user,
        csrfToken: principal.csrfToken,
        expiresAt: session?.expiresAt ?? new Date().toISOString(),
      };
    },
  );

  app.post(
    '/session',
    {
      config: { auth: 'public', throttle: 'login' },
      schema: {
        tags,
        summary: 'Inloggen met e-mailadres en wachtwoord',
        description:
          'Zet een sessiecookie (HttpOnly, SameSite=Strict). Een onbekend e-mailadres en een verkeerd wachtwoord geven hetzelfde antwoord (401).',
        body: credentialsSchema,
        response: { 200: sessionSchema, 429: problemResponses[400], ...problemResponses },
      },
    },
    async (request, reply) => {
      const user = await checkCredentials(store, request.body);
      return signIn(store, settings, request, reply, user);
    },
  );

  app.delete(
    '/session',
    {
      schema: {
        tags,
        summary: 'Uitloggen',
        response: { 204: z.null().describe('Uitgelogd'), ...problemResponses },
      },
    },
    async (request, reply) => {
      if (request.principal) {
        request.server.sessionCache.forget(request.principal.sessionId);
        await endSession(store, request.principal.sessionId);
      }
      reply.clearCookie(sessionCookieName(settings), { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/session/password',
    {
      config: { throttle: 'login' },
      schema: {
        tags,
        summary: 'Wachtwoord wijzigen',
        description: 'Andere sessies van dit account worden beëindigd; deze blijft geldig.',
        body: passwordChangeSchema,
        response: { 204: z.null().describe('Gewijzigd'), ...problemResponses },
      },
    },
    async (request, reply) => {
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
  );
};
