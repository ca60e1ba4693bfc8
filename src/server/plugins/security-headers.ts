/**
 * Security headers on every response, API and pages alike (helmet): a Content-Security-Policy without
 * inline scripts (only our own files run; the map's layout runs in blob: workers), no framing by other
 * sites, no MIME sniffing, no referrer to other sites. API answers hold werkruimte data, so browsers and
 * proxies are told not to store them.
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { isApiRoute } from './authentication.ts';

export const securityHeaders = fp(
  async (app: FastifyInstance) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'worker-src': ["'self'", 'blob:'],
          'img-src': ["'self'", 'data:', 'blob:'],
          'frame-ancestors': ["'none'"],
          'form-action': ["'self'"],
        },
      },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'same-origin' },
    });
    app.addHook('onSend', async (request, reply) => {
      if (isApiRoute(request.url) && !reply.hasHeader('cache-control'))
        reply.header('cache-control', 'no-store');
    });
  },
  { name: 'security-headers' },
);
