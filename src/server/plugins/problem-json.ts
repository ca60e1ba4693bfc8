/**
 * Every error leaves the API as application/problem+json (RFC 9457) with a title and, for bad input,
 * `invalidParams` naming each field with a code and a reason (the NL API Design Rules' extension). Titles,
 * details and reasons come from the message catalogue (src/server/messages/) in the request's language
 * (`Accept-Language`, Dutch by default, plugins/locale.ts); `type`, `code`, field names and limits are the
 * same in every language. Domain errors, zod validation failures and Fastify's own errors (bad JSON, wrong
 * content type, body too large) all pass through here. Stack traces and internal messages never reach the
 * client.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import {
  AuthenticationError,
  ConflictError,
  type ConflictReason,
  ContributionRateError,
  ForbiddenError,
  type Issue,
  MAX_LISTED_ISSUES,
  MeetingAccessError,
  NotFoundError,
  SurveyLinkError,
  ValidationError,
  VersionConflictError,
} from '../../domain/index.ts';
import { FileJobLimitError, FileJobsBusyError } from '../file-jobs/errors.ts';
import {
  type Catalogue,
  type Locale,
  messages,
  type ProblemKind,
  type RequestErrorCode,
  reason,
} from '../messages/index.ts';
import { isPageRequest } from './web-app.ts';
import { issuesFromValidation } from './zod-issues.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance: string;
  code: ProblemKind;
  invalidParams?: { name: string; code: string; reason: string; maximum?: number }[];
  /** How many problems were found, when more than the MAX_LISTED_ISSUES in `invalidParams`. */
  invalidParamsTotal?: number;
  currentVersion?: number;
  /** Why a 409/410 was given, as a code a client can act on. */
  reason?: string;
  /** With `perspective_has_claims`: how many claims the perspective holds. */
  claims?: { assessments: number; positions: number };
  /** With `assessment_exists`: the perspective's assessment of the relatie, to update instead. */
  assessmentId?: string;
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  kind: ProblemKind,
  extra: Partial<Problem> = {},
): FastifyReply {
  const body: Problem = {
    type: `urn:krachtenveld:problem:${kind}`,
    title: messages(request.locale).titles[kind],
    status,
    instance: request.url,
    code: kind,
    ...extra,
  };
  return reply.code(status).type(PROBLEM_CONTENT_TYPE).serializer(JSON.stringify).send(body);
}

/**
 * The problem's fields for a list of issues: at most MAX_LISTED_ISSUES of them, whatever stage found them,
 * and when there were more, their number and a sentence saying the rest is not listed.
 */
function invalidParams(locale: Locale, issues: readonly Issue[], total = issues.length): Partial<Problem> {
  const { details } = messages(locale);
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  const count = Math.max(total, issues.length);
  const params = listed.map((issue) => ({
    name: issue.path,
    code: issue.code,
    reason: reason(issue.code, issue.params, locale),
    // The limit a file passed, so a client can word it in its own language.
    ...(typeof issue.params?.maximum === 'number' ? { maximum: issue.params.maximum } : {}),
  }));
  if (count <= listed.length) return { detail: details.fixFields, invalidParams: params };
  return {
    detail: details.someListed({ total: count, listed: listed.length }),
    invalidParams: params,
    invalidParamsTotal: count,
  };
}

/** Fastify's own request errors; their details are in the catalogue's `requestErrors`. */
const FASTIFY_ERRORS: Record<RequestErrorCode, { status: number; kind: ProblemKind }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, kind: 'invalid_json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, kind: 'invalid_json' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, kind: 'unsupported_media_type' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, kind: 'payload_too_large' },
  // Uploads (@fastify/multipart): too large a file, too many files or fields.
  FST_REQ_FILE_TOO_LARGE: { status: 413, kind: 'payload_too_large' },
  FST_FILES_LIMIT: { status: 413, kind: 'payload_too_large' },
  FST_PARTS_LIMIT: { status: 413, kind: 'payload_too_large' },
  FST_FIELDS_LIMIT: { status: 413, kind: 'payload_too_large' },
  FST_PROTO_VIOLATION: { status: 400, kind: 'validation' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, kind: 'invalid_json' },
};

function isRequestErrorCode(code: string | undefined): code is RequestErrorCode {
  return code !== undefined && Object.hasOwn(FASTIFY_ERRORS, code);
}

const CONFLICT_STATUS: Partial<Record<ConflictReason, number>> = {
  invitation_unusable: 410,
  setup_remote: 403,
};

function handleError(
  this: FastifyInstance,
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const locale = request.locale;
  const m: Catalogue = messages(locale);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = error.validationContext ?? 'body';
    const input =
      context === 'body' ? request.body : context === 'querystring' ? request.query : request.params;
    const issues = issuesFromValidation(error.validation, input, context !== 'body');
    return sendProblem(request, reply, 400, 'validation', invalidParams(locale, issues));
  }
  if (error instanceof ValidationError) {
    return sendProblem(request, reply, 400, 'validation', invalidParams(locale, error.issues, error.total));
  }
  if (error instanceof MeetingAccessError) {
    return sendProblem(request, reply, 404, 'meeting_code', { detail: m.details.meetingCode });
  }
  if (error instanceof ContributionRateError) {
    reply.header('retry-after', '60');
    return sendProblem(request, reply, 429, 'too_many_requests', {
      detail: m.details.contributionRate({ perMinute: error.perMinute }),
    });
  }
  if (error instanceof SurveyLinkError) {
    return sendProblem(request, reply, 404, 'survey_link', { detail: m.details.surveyLink });
  }
  if (error instanceof NotFoundError) {
    // Named in the query (a comparison's `a` and `b`) rather than the path: the fields say which one.
    return sendProblem(request, reply, 404, 'not_found', {
      detail: m.details.notFound(error.resource),
      ...(error.issues.length > 0
        ? { invalidParams: invalidParams(locale, error.issues).invalidParams }
        : {}),
    });
  }
  if (error instanceof VersionConflictError) {
    return sendProblem(request, reply, 409, 'version_conflict', {
      detail: m.details.versionConflict(error.resource),
      currentVersion: error.currentVersion,
    });
  }
  if (error instanceof AuthenticationError) {
    const status = error.reason === 'csrf' ? 403 : 401;
    return sendProblem(request, reply, status, error.reason, { detail: m.authentication[error.reason] });
  }
  if (error instanceof ForbiddenError) {
    return sendProblem(request, reply, 403, 'forbidden', {
      detail: m.details.forbidden({ needed: error.needed, actual: error.actual }),
    });
  }
  if (error instanceof ConflictError) {
    const status = CONFLICT_STATUS[error.reason] ?? 409;
    const text = m.conflicts[error.reason];
    const { assessments, positions, currentVersion, assessmentId } = error.params;
    return sendProblem(request, reply, status, status === 410 ? 'gone' : 'conflict', {
      detail: typeof text === 'function' ? text(error.params) : text,
      reason: error.reason,
      ...(typeof assessments === 'number' && typeof positions === 'number'
        ? { claims: { assessments, positions } }
        : {}),
      // With `assessment_exists`: the assessment to update instead, and its version.
      ...(typeof currentVersion === 'number' ? { currentVersion } : {}),
      ...(typeof assessmentId === 'string' ? { assessmentId } : {}),
    });
  }
  if (error instanceof FileJobsBusyError) {
    reply.header('retry-after', String(error.retryAfterSeconds));
    const wait = { seconds: error.retryAfterSeconds };
    return error.scope === 'account'
      ? sendProblem(request, reply, 429, 'too_many_requests', { detail: m.details.busyAccount(wait) })
      : sendProblem(request, reply, 503, 'service_unavailable', { detail: m.details.busyInstallation(wait) });
  }
  if (error instanceof FileJobLimitError) {
    return sendProblem(request, reply, 422, 'too_heavy', {
      detail:
        error.limit === 'memory'
          ? m.details.memoryLimit({ megabytes: error.maximum })
          : m.details.timeLimit({ seconds: error.maximum }),
      reason: error.limit === 'memory' ? 'memory_limit' : 'time_limit',
    });
  }
  if (error.statusCode === 429) {
    // Who is refused for a while is told how long (the failure counters of links and codes know it).
    const { retryAfterSeconds } = error as { retryAfterSeconds?: unknown };
    if (typeof retryAfterSeconds === 'number') reply.header('retry-after', String(retryAfterSeconds));
    return sendProblem(request, reply, 429, 'too_many_requests', { detail: m.details.tooManyRequests });
  }
  // secure-json-parse refuses these keys before anything can be polluted; say why, not "check the commas".
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' && /prototype|constructor/i.test(error.message)) {
    return sendProblem(request, reply, 400, 'invalid_json', { detail: m.details.forbiddenKey });
  }
  if (isRequestErrorCode(error.code)) {
    const known = FASTIFY_ERRORS[error.code];
    return sendProblem(request, reply, known.status, known.kind, { detail: m.requestErrors[error.code] });
  }
  if (
    error.statusCode &&
    error.statusCode >= 400 &&
    error.statusCode < 500 &&
    !isResponseSerializationError(error)
  ) {
    return sendProblem(request, reply, error.statusCode, 'validation', { detail: m.details.badRequest });
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(request, reply, 500, 'internal', { detail: m.details.internal });
}

export const problemJson = fp(
  async (app) => {
    app.setErrorHandler(handleError);
    app.setNotFoundHandler((request, reply) => {
      // A page address of the single-page app: let the app's own router decide what to show.
      if (
        isPageRequest(request.method, request.url) &&
        typeof (reply as { sendFile?: unknown }).sendFile === 'function' &&
        request.headers.accept?.includes('text/html')
      ) {
        return reply.type('text/html').sendFile('index.html');
      }
      return sendProblem(request, reply, 404, 'not_found', {
        detail: messages(request.locale).details.noSuchAddress,
      });
    });
  },
  { name: 'problem-json', dependencies: ['locale'] },
);
