/** The public surface of the server: the app factory, configuration and start-up. */
export { type AppOptions, buildApp } from './app.ts';
export type { OidcSettings } from './auth/oidc.ts';
export { ConfigError, describeDatabase, loadConfig, type ServerConfig } from './config.ts';
export { createFileJobs, DEFAULT_FILE_JOBS, type FileJobs } from './file-jobs/pool.ts';
export { type Locale, localeFromAcceptLanguage, messages, reason } from './messages/index.ts';
export { openStore, type RunningServer, startServer } from './start.ts';
