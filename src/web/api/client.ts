/**
 * The only place the web app talks to the server. Problem responses (RFC 9457) become ApiProblem errors
 * carrying the Dutch title and the per-field `invalidParams`, so forms can show each message beside its field.
 */
export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly invalidParams: InvalidParam[],
    readonly currentVersion?: number,
  ) {
    super(detail ? `${title}: ${detail}` : title);
  }

  /** The reason for one field, for showing next to it. */
  reasonFor(field: string): string | undefined {
    return this.invalidParams.find((param) => param.name === field)?.reason;
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiProblem(0, 'Geen verbinding met de server', 'Controleer of Krachtenveld nog draait.', []);
  }
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = (payload ?? {}) as Partial<ApiProblem> & { invalidParams?: InvalidParam[] };
    throw new ApiProblem(
      response.status,
      problem.title ?? `Fout ${response.status}`,
      problem.detail,
      problem.invalidParams ?? [],
      problem.currentVersion,
    );
  }
  return payload as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: (path: string) => request<void>('DELETE', path),
};
