/**
 * Server configuration from environment variables, validated once at start so a typo fails loudly with
 * the variable's name instead of surfacing later as a strange error.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import type { MailSettings } from '../services/index.ts';
import type { OidcSettings } from './auth/oidc.ts';
import { DEFAULT_FILE_JOBS, type FileJobSettings } from './file-jobs/pool.ts';

export const OIDC_DEFAULT_NAME = 'Inloggen met uw organisatie';
export const OIDC_DEFAULT_SCOPES = 'openid email profile';

/** An unset variable and one set to the empty string (common in compose files) both mean "not set". */
const optionalText = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });

/** `krachtenveld@gemeente.nl`, or a name with the address: `Krachtenveld <krachtenveld@gemeente.nl>`. */
const FROM_ADDRESS = /^(?:[^<>\r\n]*<([^<>\s]+)>|([^<>\s]+))$/;
function isFromAddress(value: string): boolean {
  const match = FROM_ADDRESS.exec(value);
  const address = match?.[1] ?? match?.[2];
  return address !== undefined && z.email().safeParse(address).success;
}

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
  /**
   * `on`: this server takes the werkruimtes' scheduled momentopnames (on start and every hour); `off`: it
   * does not (another app server on the same database does, or none should).
   */
  KRACHTENVELD_SNAPSHOT_SCHEDULE: z.enum(['on', 'off']).default('on'),
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
  /** Imports and exports running at once (each on its own thread), and waiting (file-jobs/pool.ts). */
  KRACHTENVELD_FILE_JOBS: z.coerce.number().int().min(1).max(64).default(DEFAULT_FILE_JOBS.concurrency),
  KRACHTENVELD_FILE_JOB_QUEUE: z.coerce
    .number()
    .int()
    .min(0)
    .max(1_000)
    .default(DEFAULT_FILE_JOBS.queueLength),
  /** Imports and exports one account may have running or waiting. */
  KRACHTENVELD_FILE_JOBS_PER_ACCOUNT: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(DEFAULT_FILE_JOBS.perAccount),
  /** Memory (heap, MB) and time (seconds) one import or export may use before it is stopped. */
  KRACHTENVELD_FILE_JOB_MEMORY_MB: z.coerce
    .number()
    .int()
    .min(128)
    .max(16_384)
    .default(DEFAULT_FILE_JOBS.memoryMb),
  KRACHTENVELD_FILE_JOB_SECONDS: z.coerce
    .number()
    .int()
    .min(5)
    .max(3_600)
    .default(DEFAULT_FILE_JOBS.timeLimitSeconds),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `json` for log collectors; `pretty` for people. Default: pretty on a terminal, json otherwise. */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  /**
   * Login through the gemeente's own identity provider (OpenID Connect): on when issuer, client id and
   * client secret are all set, and then KRACHTENVELD_PUBLIC_URL is needed too (docs/oidc.md).
   */
  KRACHTENVELD_OIDC_ISSUER: optionalText(httpUrl),
  KRACHTENVELD_OIDC_CLIENT_ID: optionalText(z.string()),
  KRACHTENVELD_OIDC_CLIENT_SECRET: optionalText(z.string()),
  /** The address users reach Krachtenveld at, e.g. https://krachtenveld.gemeente.nl (for the redirect URI). */
  KRACHTENVELD_PUBLIC_URL: optionalText(httpUrl),
  /** Label of the login button. */
  KRACHTENVELD_OIDC_NAME: optionalText(z.string().trim().min(1).max(100)),
  /** Scopes to request, space-separated; must include openid. */
  KRACHTENVELD_OIDC_SCOPES: optionalText(
    z
      .string()
      .trim()
      .refine((scopes) => scopes.split(/\s+/).includes('openid'), 'must include openid'),
  ),
  /**
   * Invitations and reminders of an uitvraag sent from the app: the SMTP server to send them through,
   * smtp://[user:password@]host[:port] or smtps://…. Unset: no mail; links are copied or downloaded.
   */
  KRACHTENVELD_SMTP_URL: optionalText(
    z.url({ protocol: /^smtps?$/, message: 'must be an smtp:// or smtps:// URL' }),
  ),
  /** The From address of those mails; required with KRACHTENVELD_SMTP_URL. */
  KRACHTENVELD_MAIL_FROM: optionalText(
    z
      .string()
      .trim()
      .refine(
        isFromAddress,
        'must be an e-mail address, or a name and an address: Krachtenveld <krachtenveld@gemeente.nl>',
      ),
  ),
});

type ConfigValues = z.infer<typeof configSchema>;

export interface ServerConfig {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: 'auto' | 'off';
  /** Whether this server runs the check for scheduled momentopnames. */
  snapshotSchedule: boolean;
  logLevel: string;
  logFormat: 'json' | 'pretty';
  sessions: { idleSeconds: number; maxSeconds: number; secureCookie: boolean };
  fileJobs: FileJobSettings;
  /** Null unless OpenID Connect login is configured. */
  oidc: OidcSettings | null;
  /** The address users reach the app at (scheme, host and port), for links in files and mails. */
  publicUrl: string | undefined;
  /** Null unless a mail server is configured. */
  mail: MailSettings | null;
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
    snapshotSchedule: values.KRACHTENVELD_SNAPSHOT_SCHEDULE === 'on',
    logLevel: values.LOG_LEVEL,
    logFormat: values.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json'),
    oidc: oidcSettings(values),
    publicUrl: publicUrlOf(values),
    mail: mailSettings(values),
    fileJobs: {
      concurrency: values.KRACHTENVELD_FILE_JOBS,
      queueLength: values.KRACHTENVELD_FILE_JOB_QUEUE,
      perAccount: values.KRACHTENVELD_FILE_JOBS_PER_ACCOUNT,
      memoryMb: values.KRACHTENVELD_FILE_JOB_MEMORY_MB,
      timeLimitSeconds: values.KRACHTENVELD_FILE_JOB_SECONDS,
    },
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

/** OpenID Connect is all or nothing: a partial configuration is refused rather than silently ignored. */
function oidcSettings(values: ConfigValues): OidcSettings | null {
  const required = {
    KRACHTENVELD_OIDC_ISSUER: values.KRACHTENVELD_OIDC_ISSUER,
    KRACHTENVELD_OIDC_CLIENT_ID: values.KRACHTENVELD_OIDC_CLIENT_ID,
    KRACHTENVELD_OIDC_CLIENT_SECRET: values.KRACHTENVELD_OIDC_CLIENT_SECRET,
  };
  const missing = Object.entries(required)
    .filter(([, value]) => value === undefined)
    .map(([name]) => name);
  if (missing.length === 3) return null;
  if (missing.length > 0) {
    throw new ConfigError(
      `Invalid configuration:\n  ${missing.join(', ')}: not set. OpenID Connect login needs ` +
        'KRACHTENVELD_OIDC_ISSUER, KRACHTENVELD_OIDC_CLIENT_ID and KRACHTENVELD_OIDC_CLIENT_SECRET together.',
    );
  }
  const issuer = new URL(values.KRACHTENVELD_OIDC_ISSUER as string);
  if (issuer.protocol !== 'https:' && !isLoopbackHost(issuer.hostname)) {
    throw new ConfigError(
      'Invalid configuration:\n  KRACHTENVELD_OIDC_ISSUER: must be an https URL (http only for a provider on this computer).',
    );
  }
  const publicUrl = publicUrlOf(values);
  if (!publicUrl) {
    throw new ConfigError(
      'Invalid configuration:\n  KRACHTENVELD_PUBLIC_URL: not set. OpenID Connect login needs the address users ' +
        'reach Krachtenveld at, e.g. https://krachtenveld.gemeente.nl, for the redirect URI.',
    );
  }
  return {
    issuer: values.KRACHTENVELD_OIDC_ISSUER as string,
    clientId: values.KRACHTENVELD_OIDC_CLIENT_ID as string,
    clientSecret: values.KRACHTENVELD_OIDC_CLIENT_SECRET as string,
    publicUrl,
    name: values.KRACHTENVELD_OIDC_NAME ?? OIDC_DEFAULT_NAME,
    scopes: (values.KRACHTENVELD_OIDC_SCOPES ?? OIDC_DEFAULT_SCOPES).split(/\s+/).join(' '),
  };
}

/** The public address as an origin (no path, query or fragment: the app lives at the root). */
function publicUrlOf(values: ConfigValues): string | undefined {
  if (!values.KRACHTENVELD_PUBLIC_URL) return undefined;
  const publicUrl = new URL(values.KRACHTENVELD_PUBLIC_URL);
  if (publicUrl.search || publicUrl.hash || publicUrl.pathname !== '/') {
    throw new ConfigError(
      'Invalid configuration:\n  KRACHTENVELD_PUBLIC_URL: give only scheme, host and port, e.g. https://krachtenveld.gemeente.nl.',
    );
  }
  return publicUrl.origin;
}

/** Mail is all or nothing too: a server without a From address (or the other way round) is refused. */
function mailSettings(values: ConfigValues): MailSettings | null {
  const url = values.KRACHTENVELD_SMTP_URL;
  const from = values.KRACHTENVELD_MAIL_FROM;
  if (url === undefined && from === undefined) return null;
  if (url === undefined) {
    throw new ConfigError(
      'Invalid configuration:\n  KRACHTENVELD_SMTP_URL: not set. KRACHTENVELD_MAIL_FROM is set, but mail is sent ' +
        'only through a mail server: set KRACHTENVELD_SMTP_URL (smtp://host:587) too, or unset KRACHTENVELD_MAIL_FROM.',
    );
  }
  if (from === undefined) {
    throw new ConfigError(
      'Invalid configuration:\n  KRACHTENVELD_MAIL_FROM: not set. Sending mail (KRACHTENVELD_SMTP_URL is set) ' +
        'needs the From address, e.g. "Krachtenveld <krachtenveld@gemeente.nl>".',
    );
  }
  return { url, from };
}

/** For logs: the mail server without its password. */
export function describeMail(mail: MailSettings): string {
  const url = new URL(mail.url);
  url.password = url.password ? '***' : '';
  url.search = '';
  return `${url.toString()} as ${mail.from}`;
}

/** For logs and the health route: the server without its password. */
export function describeDatabase(config: ServerConfig): string {
  if (!config.databaseUrl) return `PGlite in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  url.password = url.password ? '***' : '';
  return `PostgreSQL ${url.toString()}`;
}
