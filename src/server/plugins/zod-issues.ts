/**
 * Fastify's view of zod's validation errors → our issues (codes from src/domain/zod-issues.ts), so a 400
 * names each bad field with a code the web app and other clients can rely on.
 */
import type { FastifySchemaValidationError } from 'fastify';
import { type Issue, isMissing, issueCodeOf, valueAt } from '../../domain/index.ts';

/**
 * @param input the body, query or params the validation ran on, to tell "missing" from "wrong type"
 * @param topLevelOnly name query parameters (`force`), not their split parts (`force.1`)
 */
export function issuesFromValidation(
  errors: FastifySchemaValidationError[],
  input: unknown,
  topLevelOnly: boolean,
): Issue[] {
  const issues: Issue[] = [];
  for (const error of errors.flatMap(unionBranch)) {
    const path = error.instancePath.split('/').filter(Boolean);
    const params = (error.params ?? {}) as Record<string, unknown>;
    const name = (topLevelOnly ? path.slice(0, 1) : path).join('.');
    if (error.keyword === 'unrecognized_keys' && Array.isArray(params.keys)) {
      for (const key of params.keys) issues.push({ path: [...path, key].join('.'), code: 'unknown_field' });
      continue;
    }
    issues.push({
      path: name,
      code: issueCodeOf(error.keyword, error.message, params, valueAt(input, path), isMissing(input, path)),
      params,
    });
  }
  return dedupe(issues);
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  [key: string]: unknown;
}

/**
 * A union that failed in every branch (one position, or a list of them) reports `invalid_union` at its own
 * place. When only one branch got past the shape of the value (an array where the other wants an object),
 * that branch's issues are what the caller means: `1.beweging` is not in the list, not "wrong value".
 */
function unionBranch(error: FastifySchemaValidationError): FastifySchemaValidationError[] {
  const branches = (error.params as { errors?: unknown } | undefined)?.errors;
  if (error.keyword !== 'invalid_union' || !Array.isArray(branches)) return [error];
  const shapeOnly = (issues: ZodIssueLike[]) =>
    issues.every((issue) => issue.code === 'invalid_type' && issue.path.length === 0);
  const meant = (branches as ZodIssueLike[][]).filter((issues) => !shapeOnly(issues));
  if (meant.length !== 1) return [error];
  const base = error.instancePath.replace(/\/$/, '');
  return (meant[0] as ZodIssueLike[]).flatMap(({ code, path, message, ...params }) =>
    unionBranch({
      keyword: code,
      instancePath: `${base}/${path.map(String).join('/')}`,
      schemaPath: `#/${path.map(String).join('/')}/${code}`,
      message,
      params,
    } as FastifySchemaValidationError),
  );
}

/** Unions and pipes can report one field twice; the client needs it once. */
function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
