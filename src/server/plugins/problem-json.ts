/**
 * Every error leaves the API as application/problem+json (RFC 9457) with a Dutch title and, for bad input,
 * `invalidParams` naming each field with a code and a Dutch reason (the NL API Design Rules' extension).
 * Domain errors, zod validation failures and Fastify's own errors (bad JSON, wrong content type, body too
 * large) all pass through here. Stack traces and internal messages never reach the client.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import {
  AuthenticationError,
  ConflictError,
  type ConflictReason,
  ForbiddenError,
  type Issue,
  MAX_LISTED_ISSUES,
  NotFoundError,
  ValidationError,
  VersionConflictError,
} from '../../domain/index.ts';
import { FileJobLimitError, FileJobsBusyError } from '../file-jobs/errors.ts';
import {
  AUTHENTICATION_DETAILS_NL,
  CONFLICT_DETAILS_NL,
  forbiddenDetailNl,
  PROBLEM_TITLES,
  type ProblemKind,
  reasonNl,
  resourceNl,
} from '../messages-nl.ts';
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
    title: PROBLEM_TITLES[kind],
    status,
    instance: request.url,
    code: kind,
    ...extra,
  };
  return reply.code(status).type(PROBLEM_CONTENT_TYPE).serializer(JSON.stringify).send(body);
}

const FIX_FIELDS = 'Verbeter de genoemde velden en probeer het opnieuw.';

/**
 * The problem's fields for a list of issues: at most MAX_LISTED_ISSUES of them, whatever stage found them,
 * and when there were more, their number and a sentence saying the rest is not listed.
 */
function invalidParams(issues: readonly Issue[], total = issues.length): Partial<Problem> {
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  const count = Math.max(total, issues.length);
  const params = listed.map((issue) => ({
    name: issue.path,
    code: issue.code,
    reason: reasonNl(issue),
    // The limit a file passed, so a client can word it in its own language.
    ...(typeof issue.params?.maximum === 'number' ? { maximum: issue.params.maximum } : {}),
  }));
  if (count <= listed.length) return { detail: FIX_FIELDS, invalidParams: params };
  const number = new Intl.NumberFormat('nl-NL');
  return {
    detail: `Er zijn ${number.format(count)} problemen gevonden. Hieronder staan de eerste ${number.format(listed.length)}; de rest is niet genoemd. Herstel deze eerst en probeer het opnieuw.`,
    invalidParams: params,
    invalidParamsTotal: count,
  };
}

const FASTIFY_ERRORS: Record<string, { status: number; kind: ProblemKind; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    kind: 'invalid_json',
    detail: 'Controleer de haakjes, aanhalingstekens en komma’s.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, kind: 'invalid_json', detail: 'De inhoud is leeg.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    kind: 'unsupported_media_type',
    detail: 'Stuur JSON met Content-Type: application/json.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    kind: 'payload_too_large',
    detail: 'Stuur minder gegevens tegelijk.',
  },
  // Uploads (@fastify/multipart): too large a file, too many files or fields.
  FST_REQ_FILE_TOO_LARGE: {
    status: 413,
    kind: 'payload_too_large',
    detail: 'Het bestand is te groot: hoogstens 50 MB per bestand.',
  },
  FST_FILES_LIMIT: {
    status: 413,
    kind: 'payload_too_large',
    detail: 'Stuur één bestand, of twee CSV-bestanden (spelers en relaties).',
  },
  FST_PARTS_LIMIT: { status: 413, kind: 'payload_too_large', detail: 'Het formulier heeft te veel delen.' },
  FST_FIELDS_LIMIT: { status: 413, kind: 'payload_too_large', detail: 'Het formulier heeft te veel velden.' },
  FST_PROTO_VIOLATION: {
    status: 400,
    kind: 'validation',
    detail: 'Het formulier bevat een verboden veldnaam (__proto__ of constructor).',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    kind: 'invalid_json',
    detail: 'De lengte van de inhoud klopt niet.',
  },
};

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
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = error.validationContext ?? 'body';
    const input =
      context === 'body' ? request.body : context === 'querystring' ? request.query : request.params;
    const issues = issuesFromValidation(error.validation, input, context !== 'body');
    return sendProblem(request, reply, 400, 'validation', invalidParams(issues));
  }
  if (error instanceof ValidationError) {
    return sendProblem(request, reply, 400, 'validation', invalidParams(error.issues, error.total));
  }
  if (error instanceof NotFoundError) {
    return sendProblem(request, reply, 404, 'not_found', {
      detail: `Deze ${resourceNl(error.resource)} bestaat niet (meer).`,
    });
  }
  if (error instanceof VersionConflictError) {
    return sendProblem(request, reply, 409, 'version_conflict', {
      detail: `Deze ${resourceNl(error.resource)} is gewijzigd sinds u hem opende. Laad de nieuwste versie en breng uw wijziging opnieuw aan.`,
      currentVersion: error.currentVersion,
    });
  }
  if (error instanceof AuthenticationError) {
    const status = error.reason === 'csrf' ? 403 : 401;
    return sendProblem(request, reply, status, error.reason, {
      detail: AUTHENTICATION_DETAILS_NL[error.reason],
    });
  }
  if (error instanceof ForbiddenError) {
    return sendProblem(request, reply, 403, 'forbidden', {
      detail: forbiddenDetailNl(error.needed, error.actual),
    });
  }
  if (error instanceof ConflictError) {
    const status = CONFLICT_STATUS[error.reason] ?? 409;
    return sendProblem(request, reply, status, status === 410 ? 'gone' : 'conflict', {
      detail: CONFLICT_DETAILS_NL[error.reason],
      reason: error.reason,
    });
  }
  if (error instanceof FileJobsBusyError) {
    reply.header('retry-after', String(error.retryAfterSeconds));
    return error.scope === 'account'
      ? sendProblem(request, reply, 429, 'too_many_requests', {
          detail: `U hebt al imports of exports lopen. Wacht tot die klaar zijn en probeer het over ${error.retryAfterSeconds} seconden opnieuw.`,
        })
      : sendProblem(request, reply, 503, 'service_unavailable', {
          detail: `Krachtenveld verwerkt nu veel bestanden tegelijk. Probeer het over ${error.retryAfterSeconds} seconden opnieuw.`,
        });
  }
  if (error instanceof FileJobLimitError) {
    return sendProblem(request, reply, 422, 'too_heavy', {
      detail:
        error.limit === 'memory'
          ? `Dit bestand vraagt meer geheugen dan de server per bestand toestaat (${error.maximum} MB). Splits het bestand in kleinere delen, of gebruik CSV of een back-up (JSON).`
          : `Het verwerken duurde langer dan de server per bestand toestaat (${error.maximum} seconden). Splits het bestand in kleinere delen en probeer het opnieuw.`,
      reason: error.limit === 'memory' ? 'memory_limit' : 'time_limit',
    });
  }
  if (error.statusCode === 429) {
    return sendProblem(request, reply, 429, 'too_many_requests', {
      detail: 'Wacht even en probeer het dan opnieuw.',
    });
  }
  // secure-json-parse refuses these keys before anything can be polluted; say why, not "check the commas".
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' && /prototype|constructor/i.test(error.message)) {
    return sendProblem(request, reply, 400, 'invalid_json', {
      detail: 'De inhoud bevat een verboden veldnaam (__proto__ of constructor).',
    });
  }
  const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
  if (known) return sendProblem(request, reply, known.status, known.kind, { detail: known.detail });
  if (
    error.statusCode &&
    error.statusCode >= 400 &&
    error.statusCode < 500 &&
    !isResponseSerializationError(error)
  ) {
    return sendProblem(request, reply, error.statusCode, 'validation', { detail: 'Het verzoek klopt niet.' });
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(request, reply, 500, 'internal', {
    detail: 'Probeer het later opnieuw. Blijft het misgaan, meld het dan aan de beheerder.',
  });
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
      return sendProblem(request, reply, 404, 'not_found', { detail: 'Dit adres bestaat niet in de API.' });
    });
  },
  { name: 'problem-json' },
);
