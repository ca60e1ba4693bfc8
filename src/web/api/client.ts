/**
 * The only place the web app talks to the server. Problem responses (RFC 9457) become ApiProblem errors
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

function changeHeaders(method: string): Record<string, string> {
  return method !== 'GET' && csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...changeHeaders(method),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiProblem(0, 'Geen verbinding met de server', 'Controleer of Krachtenveld nog draait.', []);
  }
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/session')) onUnauthenticated?.();
    throw problemFrom(response.status, payload, response.headers.get('retry-after'));
  }
  return payload as T;
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
function upload<T>(
  path: string,
  files: Blob | readonly Blob[],
  onProgress?: (fraction: number) => void,
  fields: Record<string, string> = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1${path}`);
    for (const [name, value] of Object.entries(changeHeaders('POST'))) xhr.setRequestHeader(name, value);
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
      if (xhr.status >= 200 && xhr.status < 300) resolve(payload as T);
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

export const api = {
  upload,
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: (path: string) => request<void>('DELETE', path),
};
