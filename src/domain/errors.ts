/**
 * Typed error codes shared by store, server, formats and web. The core speaks in codes; only the edge (the
 * problem+json plugin, later the web app) turns them into words, so one code has one Dutch message.
 */

/** The codes of a file that passed one of the caps in src/formats/limits.ts; each comes with `maximum`. */
export const FILE_LIMIT_CODES = [
  'too_many_rows',
  'uncompressed_too_large',
  'too_many_zip_entries',
  'too_many_cells',
  'too_many_shared_strings',
  'too_many_styles',
  'too_many_elements',
  'too_many_attributes',
] as const;

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
  'ambiguous_gemeente',
  'self_relation',
  'date_order',
  'denied_rated',
  'actor_not_in_workspace',
  'perspective_not_in_workspace',
  'topic_not_in_workspace',
  'relation_not_in_workspace',
  'invalid_grouping',
  // momentopnames
  'from_after_to',
  'snapshot_not_in_workspace',
  // comparing two werkruimtes
  'same_workspace',
  'workspace_not_found',
  // the uitvraag
  'tie_target',
  'tie_twice',
  'relation_type_not_asked',
  'proposal_is_roster_actor',
  'topic_not_asked',
  'roster_empty',
  'actor_not_on_roster',
  'position_twice',
  'question_not_asked',
  'mail_placeholder_unknown',
  'mail_link_missing',
  // the bijeenkomst
  'merge_target_required',
  'relation_other_actors',
  'not_mergeable',
  // files
  'invalid_json',
  'unknown_format',
  'invalid_file',
  'invalid_xml',
  'unsafe_xml',
  'too_deep',
  ...FILE_LIMIT_CODES,
  'missing_column',
  'missing_sheet',
  'formula_without_value',
  'duplicate_key',
  'actor_not_found',
  'ambiguous_name',
  'perspective_not_found',
  'topic_not_found',
  'ambiguous_topic',
  'relation_not_found',
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
  | 'user'
  | 'perspective'
  | 'topic'
  | 'assessment'
  | 'survey'
  | 'respondent'
  | 'proposal'
  | 'meeting'
  | 'contribution'
  | 'snapshot';

/**
 * Issues listed in one answer, from any stage (reader, import plan, database). A hostile file can hold
 * millions of problems; listing them all made answers of 160 MB. Past this many only the count is kept.
 */
export const MAX_LISTED_ISSUES = 1_000;

/**
 * Collects issues up to MAX_LISTED_ISSUES and counts all of them, so a reader can go on checking (the
 * count stays right) without its memory growing with the file's mistakes.
 */
export class IssueList {
  readonly listed: Issue[] = [];
  private count = 0;
  push(...issues: Issue[]): void {
    for (const issue of issues) {
      this.count += 1;
      if (this.listed.length < MAX_LISTED_ISSUES) this.listed.push(issue);
    }
  }
  /** Every issue pushed, listed or not. */
  get length(): number {
    return this.count;
  }
  get full(): boolean {
    return this.listed.length >= MAX_LISTED_ISSUES;
  }
}

/**
 * Input that breaks the domain rules; carries every issue up to MAX_LISTED_ISSUES (not only the first),
 * and `total`, the number found, which is larger when the list was cut.
 */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly issues: Issue[];
  readonly total: number;
  constructor(issues: readonly Issue[] | IssueList, total?: number) {
    const listed = issues instanceof IssueList ? issues.listed : issues.slice(0, MAX_LISTED_ISSUES);
    const found = Math.max(total ?? 0, issues.length);
    super(
      `invalid input (${found} issues): ${listed
        .slice(0, 20)
        .map((i) => `${i.path} ${i.code}`)
        .join(', ')}`,
    );
    this.issues = listed;
    this.total = found;
  }
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    readonly resource: ResourceKind,
    readonly id: string,
    /**
     * The request's fields that named what was not found, when the path does not say it (the `a` and `b`
     * of a comparison of two werkruimtes); the answer lists them, so a client knows which one to change.
     */
    readonly issues: readonly Issue[] = [],
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
  'relation_exists',
  'relation_actor_missing',
  'perspective_name_taken',
  'editors_perspective',
  'perspective_has_claims',
  'assessment_exists',
  'respondent_exists',
  'survey_close_date_passed',
  'survey_not_open',
  'survey_has_answers',
  'proposal_decided',
  'mail_not_configured',
  'survey_mail_not_open',
  'meeting_closed',
  'meeting_state',
  'contribution_decided',
  'contribution_not_yours',
  'contribution_not_accepted',
  'reaction_own',
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

/** The request is well-formed but the state does not allow it (409, 410 for a spent invitation). */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(
    readonly reason: ConflictReason,
    /** What the detail sentence needs, e.g. how many claims a perspective holds (`assessments`, `positions`). */
    readonly params: Readonly<Record<string, number | string>> = {},
  ) {
    super(reason);
  }
}

/**
 * A bijeenkomst's code or participant token that does not work: made up, malformed, or its meeting not
 * (or no longer) open. One answer for all of them (404), so it says nothing about which codes exist.
 */
export class MeetingAccessError extends Error {
  override readonly name = 'MeetingAccessError';
  constructor() {
    super('meeting code or participant not usable');
  }
}

/** A participant sent more contributions in the last minute than a meeting allows (429). */
export class ContributionRateError extends Error {
  override readonly name = 'ContributionRateError';
  readonly statusCode = 429;
  constructor(readonly perMinute: number) {
    super('too many contributions');
  }
}

/**
 * A personal uitvraag link that does not work: made up, revoked, or its round is closed or not open yet.
 * One answer for all of them (404), so the answer says nothing about whether a link ever existed.
 */
export class SurveyLinkError extends Error {
  override readonly name = 'SurveyLinkError';
  constructor() {
    super('survey link not usable');
  }
}
