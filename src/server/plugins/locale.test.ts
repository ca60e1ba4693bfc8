import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { locale } from './locale.ts';

async function appWith(vary?: string) {
  const app = Fastify();
  await app.register(locale);
  app.get('/words', async (request, reply) => {
    if (vary) reply.header('vary', vary);
    return { locale: request.locale };
  });
  app.get('/data', async () => ({ ok: true }));
  return app;
}

describe('the locale plugin', () => {
  it('negotiates request.locale and marks the answer that read it', async () => {
    const app = await appWith();
    const response = await app.inject({ url: '/words', headers: { 'accept-language': 'en-GB' } });
    expect(response.json()).toEqual({ locale: 'en' });
    expect(response.headers['content-language']).toBe('en');
    expect(response.headers.vary).toBe('Accept-Language');
    const dutch = await app.inject({ url: '/words' });
    expect(dutch.json()).toEqual({ locale: 'nl' });
    expect(dutch.headers['content-language']).toBe('nl');
  });

  it('adds Accept-Language to a Vary the route set, once', async () => {
    expect((await (await appWith('accept-encoding')).inject('/words')).headers.vary).toBe(
      'accept-encoding, Accept-Language',
    );
    expect((await (await appWith('Accept-Encoding, accept-language')).inject('/words')).headers.vary).toBe(
      'Accept-Encoding, accept-language',
    );
    expect((await (await appWith('*')).inject('/words')).headers.vary).toBe('*');
  });

  it('leaves answers that never read the locale alone', async () => {
    const response = await (await appWith()).inject({ url: '/data', headers: { 'accept-language': 'en' } });
    expect(response.headers['content-language']).toBeUndefined();
    expect(response.headers.vary).toBeUndefined();
  });
});
