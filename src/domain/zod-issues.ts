/**
 * Maps zod's validation issues onto our issue codes, so every reader of input — the API's request
 * validation and the file imports alike — names each bad field with a code clients can rely on, whatever
 * zod's own wording is. Custom checks carry their code in the message (see text-rules.ts).
 */
import type { z } from 'zod';
import { ISSUE_CODES, type Issue, type IssueCode } from './errors.ts';

const FORMAT_CODES: Record<string, IssueCode> = {
  uuid: 'uuid_format',
  date: 'date_format',
  url: 'website_format',
  datetime: 'invalid_value',
};

function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === 'string' && (ISSUE_CODES as readonly string[]).includes(value);
}

/**
 * The code of one zod issue.
 * @param value the input value at the issue's path, to tell an empty text ("required") from a short one
 * @param missing whether the field was absent from its object
 */
export function issueCodeOf(
  keyword: string,
  message: string | undefined,
  params: Record<string, unknown>,
  value: unknown,
  missing: boolean,
): IssueCode {
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
    case 'unrecognized_keys':
      return 'unknown_field';
    default:
      return 'invalid_value';
  }
}

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** True when the field's parent object exists but has no such key. */
export function isMissing(root: unknown, path: readonly PropertyKey[]): boolean {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  return key !== undefined && parent !== null && typeof parent === 'object' && !(key in parent);
}

/** Our issues for a failed `safeParse` of `input`, one per field and code; params keep zod's limits. */
export function issuesFromZod(error: z.ZodError, input: unknown): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const zodIssue of error.issues) {
    const { code, path, message, ...params } = zodIssue as unknown as {
      code: string;
      path: PropertyKey[];
      message: string;
    } & Record<string, unknown>;
    delete params.input;
    const paths =
      code === 'unrecognized_keys' && Array.isArray(params.keys)
        ? params.keys.map((key) => [...path, key as string])
        : [path];
    for (const fieldPath of paths) {
      const issue: Issue = {
        path: fieldPath.map(String).join('.'),
        code: issueCodeOf(code, message, params, valueAt(input, fieldPath), isMissing(input, fieldPath)),
        params,
      };
      const key = `${issue.path}\u0000${issue.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}
