/**
 * The public surface of the server: the app factory, configuration and start-up. The HTTP app itself
 * (Fastify, every route and schema) loads on the first `buildApp` or `startServer`, so the command line's
 * other commands, which only need the configuration and the store, start a second sooner.
 */
import type { FastifyInstance } from 'fastify';
import type { AppOptions } from './app.ts';

export type { AppOptions } from './app.ts';

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = await import('./app.ts');
  return app.buildApp(options);
}

export type { OidcSettings } from './auth/oidc.ts';
export { ConfigError, describeDatabase, describeMail, loadConfig, type ServerConfig } from './config.ts';
export { createFileJobs, DEFAULT_FILE_JOBS, type FileJobs } from './file-jobs/pool.ts';
export { type Locale, localeFromAcceptLanguage, messages, reason } from './messages/index.ts';
export { openStore, type RunningServer, startServer } from './start.ts';
