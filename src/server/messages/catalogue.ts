/**
 * The shape of the server's message catalogue: every text the API sends to people (problem titles and
 * details, one reason per issue code), once per language. Both `nl.ts` and `en.ts` are typed as this, so a
 * language that misses a key, or has one too many, does not compile. Only the words differ between the
 * languages; codes, field names and limits stay the same in every answer.
 */
import type {
  AuthenticationError,
  ConflictReason,
  ForbiddenError,
  IssueCode,
  ResourceKind,
} from '../../domain/index.ts';

/** Every kind of problem the API answers with; `code` and the last part of `type` in problem+json. */
export const PROBLEM_KINDS = [
  'validation',
  'invalid_json',
  'unsupported_media_type',
  'payload_too_large',
  'not_found',
  'version_conflict',
  'method_not_allowed',
  'internal',
  'unauthenticated',
  'invalid_credentials',
  'csrf',
  'forbidden',
  'conflict',
  'gone',
  'too_many_requests',
  'service_unavailable',
  'too_heavy',
  'survey_link',
  'meeting_code',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/**
 * Fastify's own errors (bad JSON, wrong content type, body or upload too large) that get a detail of their
 * own; problem-json.ts maps each to a status and a kind.
 */
export const REQUEST_ERROR_CODES = [
  'FST_ERR_CTP_INVALID_JSON_BODY',
  'FST_ERR_CTP_EMPTY_JSON_BODY',
  'FST_ERR_CTP_INVALID_MEDIA_TYPE',
  'FST_ERR_CTP_BODY_TOO_LARGE',
  'FST_REQ_FILE_TOO_LARGE',
  'FST_FILES_LIMIT',
  'FST_PARTS_LIMIT',
  'FST_FIELDS_LIMIT',
  'FST_PROTO_VIOLATION',
  'FST_ERR_CTP_INVALID_CONTENT_LENGTH',
] as const;
export type RequestErrorCode = (typeof REQUEST_ERROR_CODES)[number];

export type Role = ForbiddenError['needed'];

/** A conflict's detail from its params (ConflictError.params: how many claims a perspective holds …). */
export type ConflictText = (params: Readonly<Record<string, number | string>>) => string;

/** One reason for an issue code, from the issue's params (`maximum`, `values`, `expected` …). */
export type Reason = (params: Readonly<Record<string, unknown>>) => string;

export interface Catalogue {
  /** Problem titles: short, the same for every problem of a kind. */
  titles: Record<ProblemKind, string>;
  /** A resource in words, inside a sentence ("Deze werkruimte bestaat niet"). */
  resources: Record<ResourceKind, string>;
  /** A role in words, inside a sentence. */
  roles: Record<Role, string>;
  /** One reason per issue code, for `invalidParams[].reason` and the CLI. */
  reasons: Record<IssueCode, Reason>;
  /** Details of 401 and 403 on signing in. */
  authentication: Record<AuthenticationError['reason'], string>;
  /** Details of 409, 410 and 403 by the conflict's reason code; a function when it names numbers. */
  conflicts: Record<ConflictReason, string | ConflictText>;
  /** Details of Fastify's own request errors. */
  requestErrors: Record<RequestErrorCode, string>;
  details: {
    /** Every problem of a 400 is listed. */
    fixFields: string;
    /** Only the first `listed` of `total` problems are listed. */
    someListed: (count: { total: number; listed: number }) => string;
    notFound: (resource: ResourceKind) => string;
    /** 404 for an API address that does not exist. */
    noSuchAddress: string;
    versionConflict: (resource: ResourceKind) => string;
    forbidden: (roles: { needed: Role; actual: ForbiddenError['actual'] }) => string;
    /** 429: this account already has file jobs running. */
    busyAccount: (wait: { seconds: number }) => string;
    /** 503: the installation's file-job queue is full. */
    busyInstallation: (wait: { seconds: number }) => string;
    /** 422: a file job went past its memory limit (in MB). */
    memoryLimit: (limit: { megabytes: number }) => string;
    /** 422: a file job went past its time limit. */
    timeLimit: (limit: { seconds: number }) => string;
    tooManyRequests: string;
    /** 404 for a personal uitvraag link that does not work, whatever the cause. */
    surveyLink: string;
    /** 404 for a bijeenkomst's code or participant that does not work, whatever the cause. */
    meetingCode: string;
    /** 429 for a participant who sent too much in a minute. */
    contributionRate: (limit: { perMinute: number }) => string;
    /** A JSON body with `__proto__` or `constructor`. */
    forbiddenKey: string;
    /** Any other 4xx from Fastify. */
    badRequest: string;
    internal: string;
    /** 503 when the organisation's OpenID Connect provider cannot be reached. */
    oidcUnavailable: string;
    /** 503 when no mail to respondents could be sent because the mail server cannot be reached. */
    mailUnavailable: string;
  };
}
