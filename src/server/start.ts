/**
 * Runs the server: opens the database from the configuration, syncs reference data, loads the demo on an
 * empty database, listens, and closes everything cleanly on SIGINT/SIGTERM so PGlite flushes and releases its
 * folder lock.
 */
import type { FastifyInstance, FastifyRequest, FastifyServerOptions } from 'fastify';
import { forgetExpiredContacts, seedDemoIfEmpty } from '../services/index.ts';
import { createStore, type DatabaseOptions, openDatabase, type Store } from '../store/index.ts';
import { OIDC_CALLBACK_PATH } from './auth/oidc.ts';
import { ConfigError, describeDatabase, describeMail, isLoopbackHost, type ServerConfig } from './config.ts';
import { keepSnapshotSchedule } from './snapshot-schedule.ts';

export function databaseOptions(config: ServerConfig): DatabaseOptions {
  return config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'pglite', dataDir: config.dataDir };
}

/** Opens, migrates and prepares the store; shared by `serve`, `migrate` and `seed`. */
export async function openStore(config: ServerConfig): Promise<Store> {
  const store = createStore(await openDatabase(databaseOptions(config)));
  await store.reference.syncGemeenten();
  return store;
}

/**
 * Without any account, whoever reaches the server first could make themselves administrator. That is fine
 * on this computer only (127.0.0.1, the local mode), and refused on any other address.
 */
async function refuseOpenInstallation(store: Store, config: ServerConfig): Promise<void> {
  if (isLoopbackHost(config.host) || (await store.users.countAll()) > 0) return;
  throw new ConfigError(
    `Krachtenveld will not listen on ${config.host} without accounts: whoever opened it first could make themselves administrator.\n` +
      '  Create the first administrator on this machine first:\n' +
      '    krachtenveld user add --admin --email you@example.org --name "Your Name"\n' +
      '  or start on this computer only (HOST=127.0.0.1) and create it in the browser.',
  );
}

/** Query parameters that carry authorisation codes, tokens or the OpenID Connect state. */
const SECRET_PARAMETERS = new Set([
  'code',
  'state',
  'token',
  'id_token',
  'access_token',
  'refresh_token',
  'session_state',
  'code_verifier',
]);

function decodedName(pair: string): string {
  const name = pair.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(name.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    return name.toLowerCase();
  }
}

/**
 * The request address as it may be logged: the OpenID Connect callback without its query (code, state),
 * and elsewhere the values of parameters that look like secrets replaced.
 */
export function logSafeUrl(url: string): string {
  const at = url.indexOf('?');
  if (at === -1) return url;
  const path = url.slice(0, at);
  if (path.startsWith(OIDC_CALLBACK_PATH)) return `${path}?[redacted]`;
  const query = url
    .slice(at + 1)
    .split('&')
    .map((pair) => (SECRET_PARAMETERS.has(decodedName(pair)) ? `${pair.split('=', 1)[0]}=[redacted]` : pair));
  return `${path}?${query.join('&')}`;
}

/** Fastify's own request serializer, with the address made safe to log. */
export function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: logSafeUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** The server's pino options: no cookies, CSRF tokens, authorisation codes or OIDC state in the log. */
export function loggerOptions(config: Pick<ServerConfig, 'logLevel' | 'logFormat'>) {
  return {
    level: config.logLevel,
    redact: [
      'req.headers.authorization',
      'req.headers.cookie',
      'req.headers["x-csrf-token"]',
      'res.headers["set-cookie"]',
    ],
    serializers: { req: serializeRequest },
    ...(config.logFormat === 'pretty'
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', singleLine: true },
          },
        }
      : {}),
  } satisfies FastifyServerOptions['logger'];
}

/** How often the server deletes contact data whose retention period has passed. */
const RETENTION_CHECK_MS = 60 * 60_000;

/**
 * Deletes expired contact data of uitvraag respondents now and every hour while the server runs (AVG: kept
 * no longer than the round says). A failure is logged and tried again an hour later. Returns the stop.
 */
function keepContactRetention(store: Store, app: FastifyInstance): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = forgetExpiredContacts(store)
      .then((count) => {
        if (count > 0)
          app.log.info(`contact data of ${count} respondents deleted after their retention period`);
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'deleting expired contact data failed'));
  };
  run();
  const timer = setInterval(run, RETENTION_CHECK_MS);
  timer.unref();
  // Stopping waits for a run under way, so the database is not closed beneath it.
  return () => {
    clearInterval(timer);
    return running;
  };
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const store = await openStore(config);
  let app: FastifyInstance | undefined;
  try {
    await refuseOpenInstallation(store, config);
    if (config.demo === 'auto') await seedDemoIfEmpty(store);
    // Loaded here, not at the top: see index.ts.
    const { buildApp } = await import('./app.ts');
    app = await buildApp({
      store,
      sessions: config.sessions,
      fileJobs: config.fileJobs,
      ...(config.oidc ? { oidc: config.oidc } : {}),
      ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
      ...(config.mail ? { mail: config.mail } : {}),
      logger: loggerOptions(config),
    });
    app.log.info(`database: ${describeDatabase(config)}`);
    app.log.info(`mail: ${config.mail ? describeMail(config.mail) : 'off (no KRACHTENVELD_SMTP_URL)'}`);
    const url = await app.listen({ host: config.host, port: config.port });
    const running = app;
    const stopRetention = keepContactRetention(store, running);
    const stopSchedule = config.snapshotSchedule
      ? keepSnapshotSchedule(store, running.log)
      : () => Promise.resolve();
    return {
      app,
      url,
      async close() {
        await stopRetention();
        await stopSchedule();
        await running.close();
        await store.close();
      },
    };
  } catch (error) {
    await app?.close();
    await store.close();
    throw error;
  }
}
