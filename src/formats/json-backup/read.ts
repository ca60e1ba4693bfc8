/**
 * Reads a JSON backup from text: size cap, JSON syntax, the schema, then the rules that need the whole
 * file (ids unique, every relatie's ends among the file's spelers, no self-relatie, dates in order).
 * Returns the backup or every issue found — never a partial result — so a restore writes all or nothing.
 */
import type { Issue } from '../../domain/index.ts';
import { relationRuleIssues } from '../../domain/index.ts';
import { LIMITS } from '../limits.ts';
import { type Backup, backupSchema } from './schema.ts';

export type ReadResult = { ok: true; backup: Backup } | { ok: false; issues: Issue[] };

export function readBackup(text: string): ReadResult {
  if (text.length > LIMITS.fileBytes)
    return { ok: false, issues: [{ path: '', code: 'too_big', params: { maximum: LIMITS.fileBytes } }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      issues: [{ path: '', code: 'invalid_json', params: { message: (error as Error).message } }],
    };
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        code:
          issue.code === 'invalid_value' && issue.path[0] === 'format' ? 'unknown_format' : 'invalid_value',
        params: { message: issue.message },
      })),
    };
  }
  const issues = crossChecks(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, backup: parsed.data };
}

function crossChecks(backup: Backup): Issue[] {
  const issues: Issue[] = [];
  const actorIds = new Set<string>();
  backup.actors.forEach((actor, index) => {
    if (actorIds.has(actor.id)) issues.push({ path: `actors.${index}.id`, code: 'duplicate_items' });
    actorIds.add(actor.id);
  });
  const relationIds = new Set<string>();
  backup.relations.forEach((relation, index) => {
    if (relationIds.has(relation.id)) issues.push({ path: `relations.${index}.id`, code: 'duplicate_items' });
    relationIds.add(relation.id);
    for (const end of ['sourceId', 'targetId'] as const)
      if (!actorIds.has(relation[end]))
        issues.push({ path: `relations.${index}.${end}`, code: 'actor_not_in_workspace' });
    for (const rule of relationRuleIssues(relation))
      issues.push({ path: `relations.${index}.${rule.path}`, code: rule.code });
  });
  for (const [layout, positions] of Object.entries(backup.layouts)) {
    for (const id of Object.keys(positions ?? {}))
      if (!actorIds.has(id)) issues.push({ path: `layouts.${layout}.${id}`, code: 'actor_not_in_workspace' });
  }
  return issues;
}
