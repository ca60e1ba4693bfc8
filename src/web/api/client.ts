import {
  API_PREFIX,
  type EndpointDefinition,
  type EndpointInput,
  type EndpointOutput,
  type HttpMethod,
  pathOf,
  queryOf,
} from '../../contract/index.ts';

/**
 * The only place the web app talks to the server, through the endpoints of src/contract. Problem responses (RFC 9457) become ApiProblem errors
 * carrying the Dutch title and the per-field `invalidParams`, so forms can show each message beside its field.
 */
export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
  /** The limit a file passed (`too_many_cells` …), for wording it in the user's language. */
  maximum?: number;
}

export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly invalidParams: InvalidParam[],
    readonly currentVersion?: number,
    /** Why a 409/410/422 was given, as a code to act on (`last_owner`, `actor_exists`, `memory_limit` …). */
    readonly reason?: string,
    /** How many problems there are, when more than `invalidParams` lists (at most 1,000). */
    readonly invalidParamsTotal?: number,
    /** From `Retry-After` on 429 and 503: seconds to wait before trying again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(detail ? `${title}: ${detail}` : title);
  }

  /** The reason for one field, for showing next to it. */
  reasonFor(field: string): string | undefined {
    return this.invalidParams.find((param) => param.name === field)?.reason;
  }
}

/**
 * The session's CSRF token, sent with every change: the server refuses changes without it, and only pages
 * of our own origin can read it (from the login or session response).
 */
let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server says the session is gone (401), so the app can show the login page. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/**
 * The headers of every request: the language the user chose (the server words its problems in it; the
 * page's `lang`, which src/web/i18n keeps equal to the chosen language) and, for changes, the CSRF token.
 */
function headersFor(method: string): Record<string, string> {
  return {
    'accept-language': document.documentElement.lang || 'nl',
    ...(method !== 'GET' && csrfToken ? { 'x-csrf-token': csrfToken } : {}),
  };
}

/** Sends one request; a problem answer is thrown as ApiProblem, a good one handed to the caller. */
async function send(method: HttpMethod, path: string, body?: unknown, bearer?: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${API_PREFIX}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headersFor(method),
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiProblem(0, 'Geen verbinding met de server', 'Controleer of Krachtenveld nog draait.', []);
  }
  if (!response.ok) {
    const payload = await response.json().catch(() => null);
    if (response.status === 401 && !path.startsWith('/session')) onUnauthenticated?.();
    throw problemFrom(response.status, payload, response.headers.get('retry-after'));
  }
  return response;
}

async function request<T>(method: HttpMethod, path: string, body?: unknown, bearer?: string): Promise<T> {
  const response = await send(method, path, body, bearer);
  if (response.status === 204) return undefined as T;
  return (await response.json().catch(() => null)) as T;
}

/** An endpoint's input, optional when it has no path parameters and no body. */
export type CallArgs<E extends EndpointDefinition> =
  object extends EndpointInput<E> ? [input?: EndpointInput<E>] : [input: EndpointInput<E>];

/**
 * Calls one endpoint of the contract (src/contract): the path, query and body are typed by its schemas, and
 * so is the answer. Problems (RFC 9457) are thrown as ApiProblem.
 */
export function call<E extends EndpointDefinition>(
  definition: E,
  ...[input]: CallArgs<E>
): Promise<EndpointOutput<E>> {
  const { params, query, body } = (input ?? {}) as { params?: object; query?: object; body?: unknown };
  return request(definition.method, `${pathOf(definition, params)}${queryOf(query)}`, body);
}

/**
 * Calls an endpoint as a bijeenkomst's participant: their token goes in the Authorization header (never in
 * the address), there is no session and no CSRF token.
 */
export function callAsParticipant<E extends EndpointDefinition>(
  token: string,
  definition: E,
  ...[input]: CallArgs<E>
): Promise<EndpointOutput<E>> {
  const { params, query, body } = (input ?? {}) as { params?: object; query?: object; body?: unknown };
  return request(definition.method, `${pathOf(definition, params)}${queryOf(query)}`, body, token);
}

/** A file the server answered with, to hand to the browser as a download. */
export interface FileAnswer {
  blob: Blob;
  /** The name from the answer's `content-disposition`, if it gave one. */
  fileName: string | null;
}

/**
 * Calls an endpoint whose answer is a file rather than JSON (a POST that makes a CSV or XLSX, which a plain
 * link cannot ask for). Problems are thrown as ApiProblem, as by `call`.
 */
export async function callForFile<E extends EndpointDefinition>(
  definition: E,
  ...[input]: CallArgs<E>
): Promise<FileAnswer> {
  const { params, query, body } = (input ?? {}) as { params?: object; query?: object; body?: unknown };
  const response = await send(definition.method, `${pathOf(definition, params)}${queryOf(query)}`, body);
  const disposition = response.headers.get('content-disposition') ?? '';
  return {
    blob: await response.blob(),
    fileName: disposition.match(/filename="([^"]+)"/)?.[1] ?? null,
  };
}

/** The address of a GET endpoint, for links the browser follows itself (downloads, the OIDC redirect). */
export function hrefOf<E extends EndpointDefinition & { method: 'GET' }>(
  definition: E,
  ...[input]: CallArgs<E>
): string {
  const { params, query } = (input ?? {}) as { params?: object; query?: object };
  return `${API_PREFIX}${pathOf(definition, params)}${queryOf(query)}`;
}

function problemFrom(status: number, payload: unknown, retryAfter?: string | null): ApiProblem {
  const problem = (payload ?? {}) as Partial<ApiProblem> & { invalidParams?: InvalidParam[] };
  const seconds = Number(retryAfter);
  return new ApiProblem(
    status,
    problem.title ?? `Fout ${status}`,
    problem.detail,
    problem.invalidParams ?? [],
    problem.currentVersion,
    typeof problem.reason === 'string' ? problem.reason : undefined,
    typeof problem.invalidParamsTotal === 'number' ? problem.invalidParamsTotal : undefined,
    retryAfter && Number.isFinite(seconds) ? seconds : undefined,
  );
}

/**
 * Sends files as multipart fields `file`, with optional text fields. XMLHttpRequest rather than fetch: only it
 * reports upload progress, which a 50 MB file needs.
 */
export function upload<E extends EndpointDefinition & { upload: true }>(
  definition: E,
  input: EndpointInput<E>,
  files: Blob | readonly Blob[],
  onProgress?: (fraction: number) => void,
  fields: Record<string, string> = {},
): Promise<EndpointOutput<E>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(definition.method, `${API_PREFIX}${pathOf(definition, input.params ?? {})}`);
    for (const [name, value] of Object.entries(headersFor(definition.method)))
      xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    xhr.onerror = () =>
      reject(
        new ApiProblem(0, 'Geen verbinding met de server', 'Controleer of Krachtenveld nog draait.', []),
      );
    xhr.onload = () => {
      let payload: unknown = null;
      try {
        payload = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: handled as a problem without details below
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(payload as EndpointOutput<E>);
      else {
        if (xhr.status === 401) onUnauthenticated?.();
        reject(problemFrom(xhr.status, payload, xhr.getResponseHeader('retry-after')));
      }
    };
    const form = new FormData();
    // Text fields first: the server reads the parts in order.
    for (const [name, value] of Object.entries(fields)) if (value) form.append(name, value);
    for (const file of Array.isArray(files) ? files : [files]) form.append('file', file as Blob);
    xhr.send(form);
  });
}
