/**
 * Serves the built web app (dist-web/) under `/`, with index.html for every non-API page address so that
 * the app's own routes (/werkruimtes/…) survive a reload. API addresses keep their problem+json 404s.
 * Security headers come from plugins/security-headers.ts.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { API_PREFIX } from '../../contract/index.ts';

export const WEB_ROOT = fileURLToPath(new URL('../../../dist-web', import.meta.url));

export function isPageRequest(method: string, url: string): boolean {
  return (method === 'GET' || method === 'HEAD') && !url.startsWith(`${API_PREFIX}/`) && url !== API_PREFIX;
}

export const webApp = fp<{ root: string }>(
  async (app: FastifyInstance, { root }) => {
    if (!existsSync(`${root}/index.html`)) {
      app.log.warn(`No web app build in ${root}; run \`npm run build\` (npm start does this for you).`);
      return;
    }
    await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: 'index.html' });
  },
  { name: 'web-app' },
);
