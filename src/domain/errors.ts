/**
 * Typed error codes shared by store, server, formats and web. The core speaks in codes; only the edge (the
 * problem+json plugin, later the web app) turns them into words, so one code has one Dutch message.
 */

export const ISSUE_CODES = [
  // shape of a single field
  'required',
  'invalid_type',
  'invalid_enum',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'not_integer',
  'unknown_field',
  'control_characters',
  'nul_character',
  'invalid_character',
  'duplicate_items',
  'date_format',
  'uuid_format',
  'website_format',
  'gemeente_code_format',
  'invalid_value',
  // rules that need context
  'unknown_gemeente',
  'self_relation',
  'date_order',
  'actor_not_in_workspace',
  'relation_not_in_workspace',
  'invalid_grouping',
  // files
  'invalid_json',
  'unknown_format',
  'invalid_file',
  'invalid_xml',
  'unsafe_xml',
  'too_deep',
  'too_many_rows',
  'uncompressed_too_large',
  'missing_column',
  'missing_sheet',
  'formula_without_value',
  'duplicate_key',
  'actor_not_found',
  'ambiguous_name',
  'too_many_issues',
  // accounts
  'email_format',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** One problem with one field of the input. `path` is dotted (`wijken.2`), matching the JSON body. */
export interface Issue {
  path: string;
  code: IssueCode;
  /** Limits or allowed values, for messages such as "maximaal 200 tekens". */
  params?: Record<string, unknown>;
}

export type ResourceKind =
  | 'workspace'
  | 'actor'
  | 'relation'
  | 'gemeente'
  | 'member'
  | 'invitation'
  | 'audit_event'
  | 'user';

/** Input that breaks the domain rules; carries every issue, not only the first. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(readonly issues: Issue[]) {
    super(`invalid input: ${issues.map((i) => `${i.path} ${i.code}`).join(', ')}`);
  }
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    readonly resource: ResourceKind,
    readonly id: string,
  ) {
    super(`${resource} ${id} not found`);
  }
}

/** An update carried a version that is no longer current: someone else changed the record first. */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
  constructor(
    readonly resource: ResourceKind,
    readonly id: string,
    readonly currentVersion: number,
  ) {
    super(`${resource} ${id} has version ${currentVersion}`);
  }
}

/** No valid session (401). `invalid_credentials` is one answer for a wrong e-mail and a wrong password. */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
  constructor(readonly reason: 'unauthenticated' | 'invalid_credentials' | 'csrf') {
    super(reason);
  }
}

/** A member whose role does not allow this (403); non-members get a NotFoundError instead. */
export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
  constructor(
    readonly needed: 'lezer' | 'redacteur' | 'eigenaar' | 'beheerder',
    readonly actual: 'lezer' | 'redacteur' | 'eigenaar' | null,
  ) {
    super(`needs ${needed}, has ${actual ?? 'no role'}`);
  }
}

export const CONFLICT_REASONS = [
  'setup_done',
  'setup_remote',
  'last_owner',
  'email_taken',
  'invitation_unusable',
  'actor_exists',
  'not_restorable',
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

/** The request is well-formed but the state does not allow it (409, 410 for a spent invitation). */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(readonly reason: ConflictReason) {
    super(reason);
  }
}
