/**
 * Rate limits: login-like routes (login, setup, invitations, password change) per client address, to slow
 * password guessing; every other change (POST, PUT, PATCH, DELETE) per account, so one runaway script
 * cannot flood the database. A bijeenkomst's participants share one address (the venue's wifi), so their
 * routes count otherwise: joining per address with room for a full hall (`join`), everything after per
 * participant token (`participant`). Reads are not limited. Counters live in memory: several app servers
 * behind one proxy each count for themselves (docs/security.md).
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { hashToken } from '../../services/index.ts';
import { isApiRoute, SAFE_METHODS } from './authentication.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `login` for routes that check a password or a secret; other changes default to `write`. */
    throttle?: 'login' | 'write' | 'join' | 'participant';
  }
}

export interface RateLimitSettings {
  login: { max: number; windowMs: number };
  write: { max: number; windowMs: number };
  /** Failed uitvraag links per client address (routes/survey-response.ts). */
  surveyLinkFailures: { max: number; windowMs: number };
  /** Mailings to an uitvraag's respondents per account, on top of `write` (routes/surveys.ts). */
  surveyMail: { max: number; windowMs: number };
  /** Looking up and joining a bijeenkomst per client address: a hall of phones shares one. */
  meetingJoin: { max: number; windowMs: number };
  /** Wrong bijeenkomst codes per client address (routes/meeting-participation.ts). */
  meetingCodeFailures: { max: number; windowMs: number };
  /** A participant's changes (send, withdraw, react) per participant token. */
  participant: { max: number; windowMs: number };
}

class TooManyRequestsError extends Error {
  override readonly name = 'TooManyRequestsError';
  readonly statusCode = 429;
}

export const rateLimits = fp<{ limits: RateLimitSettings }>(
  async (app: FastifyInstance, { limits }) => {
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: () => new TooManyRequestsError('too many requests'),
    });
    const login = app.rateLimit({
      max: limits.login.max,
      timeWindow: limits.login.windowMs,
      keyGenerator: (request: FastifyRequest) => `login:${request.ip}`,
    });
    const write = app.rateLimit({
      max: limits.write.max,
      timeWindow: limits.write.windowMs,
      keyGenerator: (request: FastifyRequest) =>
        request.principal ? `write:user:${request.principal.user.id}` : `write:ip:${request.ip}`,
    });

    const join = app.rateLimit({
      max: limits.meetingJoin.max,
      timeWindow: limits.meetingJoin.windowMs,
      keyGenerator: (request: FastifyRequest) => `join:${request.ip}`,
    });
    const participant = app.rateLimit({
      max: limits.participant.max,
      timeWindow: limits.participant.windowMs,
      // The token's hash: the counter never holds a credential. No token: counted per address.
      keyGenerator: (request: FastifyRequest) => {
        const header = request.headers.authorization;
        return typeof header === 'string' && header.length <= 300
          ? `participant:${hashToken(header)}`
          : `participant:ip:${request.ip}`;
      },
    });
    const limiters = { login, write, join, participant };

    app.addHook('onRoute', (route: RouteOptions) => {
      if (!isApiRoute(route.url)) return;
      const methods = [route.method].flat();
      const throttle =
        route.config?.throttle ?? (methods.some((method) => !SAFE_METHODS.has(method)) ? 'write' : undefined);
      if (!throttle) return;
      const existing = route.onRequest ? [route.onRequest].flat() : [];
      // Appended: runs after the authentication hook, so writes count per account.
      route.onRequest = [...existing, limiters[throttle]];
    });
  },
  { name: 'rate-limits', dependencies: ['authentication'] },
);
