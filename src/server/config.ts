/**
 * Server configuration from environment variables, validated once at start so a typo fails loudly with
 * the variable's name instead of surfacing later as a strange error.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

const configSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  /** PostgreSQL server, e.g. postgres://user:pass@host:5432/db. Unset: embedded PGlite. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** Where the embedded database lives when DATABASE_URL is unset. */
  KRACHTENVELD_DATA_DIR: z.string().min(1).default('.krachtenveld'),
  /** `auto`: load the demo werkruimte when the database has no werkruimte at all; `off`: never. */
  KRACHTENVELD_DEMO: z.enum(['auto', 'off']).default('auto'),
  /** A session ends after this many minutes without a request (ASVS 3.3.2 level 2: 30). */
  KRACHTENVELD_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(30),
  /** … and at the latest this many hours after login (ASVS 3.3.2 level 2: 12). */
  KRACHTENVELD_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(30 * 24)
    .default(12),
  /**
   * Send the session cookie only over HTTPS. `auto`: yes, unless the server listens on this computer only
   * (http://127.0.0.1). Behind an HTTPS proxy set `true`.
   */
  KRACHTENVELD_SECURE_COOKIE: z.enum(['auto', 'true', 'false']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `json` for log collectors; `pretty` for people. Default: pretty on a terminal, json otherwise. */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
});

export interface ServerConfig {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: 'auto' | 'off';
  logLevel: string;
  logFormat: 'json' | 'pretty';
  sessions: { idleSeconds: number; maxSeconds: number; secureCookie: boolean };
}

/** Addresses only this computer can reach. */
export function isLoopbackHost(host: string): boolean {
  return ['127.0.0.1', '::1', 'localhost', '[::1]'].includes(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const values = parsed.data;
  return {
    host: values.HOST,
    port: values.PORT,
    databaseUrl: values.DATABASE_URL,
    dataDir: resolve(values.KRACHTENVELD_DATA_DIR),
    demo: values.KRACHTENVELD_DEMO,
    logLevel: values.LOG_LEVEL,
    logFormat: values.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json'),
    sessions: {
      idleSeconds: values.KRACHTENVELD_SESSION_IDLE_MINUTES * 60,
      maxSeconds: values.KRACHTENVELD_SESSION_MAX_HOURS * 3600,
      secureCookie:
        values.KRACHTENVELD_SECURE_COOKIE === 'auto'
          ? !isLoopbackHost(values.HOST)
          : values.KRACHTENVELD_SECURE_COOKIE === 'true',
    },
  };
}

/** For logs and the health route: the server without its password. */
export function describeDatabase(config: ServerConfig): string {
  if (!config.databaseUrl) return `PGlite in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  url.password = url.password ? '***' : '';
  return `PostgreSQL ${url.toString()}`;
}
