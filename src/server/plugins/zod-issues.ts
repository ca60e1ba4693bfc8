/**
 * Maps zod's validation issues onto our issue codes, so a 400 names each bad field with a code the web app
 * and other clients can rely on, whatever zod's own wording is. Custom checks carry their code in the
 * message (see src/domain/text-rules.ts).
 */
import type { FastifySchemaValidationError } from 'fastify';
import { ISSUE_CODES, type Issue, type IssueCode } from '../../domain/index.ts';

const FORMAT_CODES: Record<string, IssueCode> = {
  uuid: 'uuid_format',
  date: 'date_format',
  url: 'website_format',
  datetime: 'invalid_value',
};

function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === 'string' && (ISSUE_CODES as readonly string[]).includes(value);
}

/** True when the field's parent object exists but has no such key (a split query value is not "missing"). */
function isMissing(root: unknown, path: string[]): boolean {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  return key !== undefined && parent !== null && typeof parent === 'object' && !(key in parent);
}

function valueAt(root: unknown, path: string[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

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
  for (const error of errors) {
    const path = error.instancePath.split('/').filter(Boolean);
    const params = (error.params ?? {}) as Record<string, unknown>;
    const name = (topLevelOnly ? path.slice(0, 1) : path).join('.');
    if (error.keyword === 'unrecognized_keys' && Array.isArray(params.keys)) {
      for (const key of params.keys) issues.push({ path: [...path, key].join('.'), code: 'unknown_field' });
      continue;
    }
    issues.push({
      path: name,
      code: issueCode(error.keyword, error.message, params, valueAt(input, path), isMissing(input, path)),
      params,
    });
  }
  return dedupe(issues);
}

function issueCode(
  keyword: string,
  message: string | undefined,
  params: Record<string, unknown>,
  value: unknown,
  missing: boolean,
) {
  if (isIssueCode(message)) return message;
  switch (keyword) {
    case 'invalid_type':
      if (missing) return 'required';
      return params.expected === 'int' ? 'not_integer' : 'invalid_type';
    case 'invalid_value':
      return missing ? 'required' : 'invalid_enum';
    case 'too_small':
      if (params.origin === 'number' || params.origin === 'int') return 'too_small';
      return value === '' || (typeof value === 'string' && value.trim() === '') ? 'required' : 'too_short';
    case 'too_big':
      return params.origin === 'number' || params.origin === 'int' ? 'too_big' : 'too_long';
    case 'invalid_format':
      return FORMAT_CODES[String(params.format)] ?? 'invalid_value';
    default:
      return 'invalid_value';
  }
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
