/**
 * Turns constraint violations into domain errors. Validation normally catches bad input first; this is the
 * backstop for races (an actor deleted between check and insert) and for writers that skip validation, so the
 * caller still gets "which field, why" instead of a 500.
 */
import { type Issue, ValidationError } from '../domain/index.ts';

/** Constraint name → the field it guards and the issue to report. */
const CONSTRAINT_ISSUES: Record<string, Issue> = {
  // A speler deleted between the check and the insert of saved positions.
  actor_positions_actor_fk: { path: 'positions', code: 'actor_not_in_workspace' },
  actor_positions_coordinates_check: { path: 'positions', code: 'invalid_value' },
  actor_positions_layout_check: { path: 'layout', code: 'invalid_value' },
  relations_source_fk: { path: 'sourceId', code: 'actor_not_in_workspace' },
  relations_target_fk: { path: 'targetId', code: 'actor_not_in_workspace' },
  relations_no_self_check: { path: 'targetId', code: 'self_relation' },
  relations_dates_check: { path: 'validTo', code: 'date_order' },
  // A perspective or relatie deleted between the check and the insert of an assessment.
  relation_assessments_perspective_fk: { path: 'perspectiveId', code: 'perspective_not_in_workspace' },
  relation_assessments_relation_id_relations_id_fk: { path: 'relationId', code: 'relation_not_in_workspace' },
  relation_assessments_denied_check: { path: 'present', code: 'denied_rated' },
  // A speler, perspective or vraagstuk deleted between the check and the insert of positions.
  topic_positions_actor_fk: { path: 'actorId', code: 'actor_not_in_workspace' },
  topic_positions_perspective_fk: { path: 'perspectiveId', code: 'perspective_not_in_workspace' },
  topic_positions_topic_fk: { path: 'topicId', code: 'topic_not_in_workspace' },
  workspaces_gemeente_code_gemeenten_code_fk: { path: 'gemeente', code: 'unknown_gemeente' },
};

interface PgErrorLike {
  code?: string;
  constraint?: string;
  cause?: unknown;
}

/** drizzle wraps driver errors; the PostgreSQL error with its SQLSTATE may sit in `cause`. */
function findPgError(error: unknown): PgErrorLike | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const candidate = current as PgErrorLike;
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return null;
}

/** True when the error (or one it wraps) is PostgreSQL's unique violation, SQLSTATE 23505. */
export function isUniqueViolation(error: unknown): boolean {
  return findPgError(error)?.code === '23505';
}

/**
 * True when the error (or one it wraps) is PostgreSQL's serialization failure, SQLSTATE 40001: a repeatable
 * read transaction tried to change a row another transaction changed since it began.
 */
export function isSerializationFailure(error: unknown): boolean {
  return findPgError(error)?.code === '40001';
}

/** Rethrows constraint violations as ValidationError; anything else unchanged. */
export function translateDatabaseError(error: unknown): never {
  const pgError = findPgError(error);
  // 23503 foreign key, 23514 check, 23502 not null, 23505 unique, 22001 too long, 22P02 bad text form
  if (pgError && /^(23|22)/.test(pgError.code ?? '')) {
    const known = pgError.constraint ? CONSTRAINT_ISSUES[pgError.constraint] : undefined;
    if (known) throw new ValidationError([known]);
    const column = pgError.constraint?.match(/^[a-z]+_([a-z_]+?)_check$/)?.[1];
    throw new ValidationError([{ path: column ? camelCase(column) : '', code: 'invalid_value' }]);
  }
  throw error;
}

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
