/**
 * An endpoint of the HTTP API as data: method, path, documentation and the zod schemas of its parameters,
 * query, body and answers. The server registers its routes from these (src/server/contract-route.ts), the
 * OpenAPI document is made from those routes, and the web app calls the API through `call()` in
 * src/web/api, typed by the same schemas: a field added to an answer is known everywhere at once.
 */
import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface EndpointDefinition {
  method: HttpMethod;
  /** Relative to API_PREFIX, with Fastify's `:name` placeholders. */
  path: `/${string}`;
  tags: readonly string[];
  summary: string;
  description?: string;
  params?: z.ZodType;
  querystring?: z.ZodType;
  body?: z.ZodType;
  /** A multipart upload (files in field `file`) instead of a JSON body. */
  upload?: true;
  /** Every answer by status code: the successes and the problems (problem+json). */
  responses: Readonly<Record<number, z.ZodType>>;
}

/** Declares an endpoint, keeping its literal types for the server and the client. */
export function endpoint<const E extends EndpointDefinition>(definition: E): E {
  return definition;
}

/** One part of an endpoint (`params`, `querystring`, `body`): its schema, or undefined when it has none. */
export type EndpointPart<E, K extends string> = E extends { [P in K]: infer S extends z.ZodType }
  ? S
  : undefined;

/** What a caller sends: path parameters, query and body, each only when the endpoint has one. */
export type EndpointInput<E extends EndpointDefinition> = (EndpointPart<E, 'params'> extends z.ZodType
  ? { params: z.input<EndpointPart<E, 'params'>> }
  : { params?: undefined }) &
  (EndpointPart<E, 'querystring'> extends z.ZodType
    ? { query?: z.input<EndpointPart<E, 'querystring'>> }
    : { query?: undefined }) &
  (EndpointPart<E, 'body'> extends z.ZodType
    ? { body: z.input<EndpointPart<E, 'body'>> }
    : { body?: undefined });

type SuccessStatus = 200 | 201 | 202 | 204;

/** What a successful answer holds (204: nothing). */
export type EndpointOutput<E extends EndpointDefinition> = {
  [S in Extract<keyof E['responses'], SuccessStatus>]: S extends 204
    ? undefined
    : z.output<E['responses'][S]>;
}[Extract<keyof E['responses'], SuccessStatus>];

/** The path with its placeholders filled in, each value URL-encoded. */
export function pathOf(definition: Pick<EndpointDefinition, 'path'>, params: object = {}): string {
  return definition.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = (params as Record<string, unknown>)[name];
    if (value === undefined || value === null || value === '')
      throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}

/** A query string (with its `?`, or empty): lists repeat their key, absent values are left out. */
export function queryOf(query: object = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
