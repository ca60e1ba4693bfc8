/**
 * The language of a request's messages: `request.locale`, negotiated from `Accept-Language` ('nl' when
 * absent). Reading it marks the answer as depending on that header, so the answer then says which
 * language it is in (`Content-Language`) and that caches must keep the languages apart
 * (`Vary: Accept-Language`). Answers that never read it (a map, an export) are not marked.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type Locale, localeFromAcceptLanguage } from '../messages/index.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The language for this request's messages, from `Accept-Language`; Dutch by default. */
    readonly locale: Locale;
  }
}

const NEGOTIATED = Symbol('negotiated locale');

type Negotiated = FastifyRequest & { [NEGOTIATED]?: Locale };

export const locale = fp(
  async (app) => {
    app.decorateRequest('locale', {
      getter(this: FastifyRequest): Locale {
        const request = this as Negotiated;
        request[NEGOTIATED] ??= localeFromAcceptLanguage(request.headers['accept-language']);
        return request[NEGOTIATED];
      },
    });
    app.addHook('onSend', async (request, reply, payload) => {
      const used = (request as Negotiated)[NEGOTIATED];
      if (used) {
        reply.header('content-language', used);
        addVary(reply, 'Accept-Language');
      }
      return payload;
    });
  },
  { name: 'locale' },
);

/** Adds a field to `Vary`, keeping what a route already put there (`accept-encoding`). */
function addVary(reply: FastifyReply, field: string): void {
  const current = reply.getHeader('vary');
  const fields = [current ?? []]
    .flat()
    .flatMap((value) => String(value).split(','))
    .map((value) => value.trim())
    .filter(Boolean);
  if (fields.some((value) => value === '*' || value.toLowerCase() === field.toLowerCase())) return;
  reply.header('vary', [...fields, field].join(', '));
}
