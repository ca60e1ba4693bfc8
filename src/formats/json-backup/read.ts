/**
 * Reads a JSON backup from text: size cap, JSON syntax, the schema, then the rules that need the whole
 * file (ids unique, every relatie's ends among the file's spelers, no self-relatie, dates in order).
 * Returns the backup or the issues found — never a partial result — so a restore writes all or nothing.
 *
 * A hostile backup can hold 100,000 spelers with a dozen bad fields each; validated as one array, zod
 * would build every one of those 1.7 million issues at once (gigabytes). So the envelope is checked first
 * and the spelers and relaties one record at a time, into a bounded IssueList that keeps counting.
 * Unknown keys are `unknown_field` wherever they are, `__proto__` included: JSON.parse makes it an own
 * key, but a record schema that builds a new object would drop it silently.
 */
import { z } from 'zod';
import { type Issue, IssueList, issuesFromZod, relationRuleIssues } from '../../domain/index.ts';
import { LIMITS } from '../limits.ts';
import { type Backup, backupSchema } from './schema.ts';

export type ReadResult =
  | { ok: true; backup: Backup }
  | { ok: false; issues: Issue[]; total?: number | undefined };

const { actors: actorsSchema, relations: relationsSchema } = backupSchema.shape;
const actorSchema = actorsSchema.element;
const relationSchema = relationsSchema.element;

/** The backup with its records unchecked: they are checked one by one below. */
const envelopeSchema = backupSchema.extend({
  actors: z.array(z.unknown()).max(LIMITS.actors),
  relations: z.array(z.unknown()).max(LIMITS.relations),
});

const failed = (issues: IssueList): ReadResult => ({
  ok: false,
  issues: issues.listed,
  total: issues.length,
});

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
  const issues = new IssueList();
  findProtoKeys(json, issues);
  if (issues.length > 0) return failed(issues);

  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    for (const issue of issuesFromZod(envelope.error, json))
      issues.push(issue.path === 'format' ? { path: 'format', code: 'unknown_format' } : issue);
    return failed(issues);
  }
  const actors = checkEach(envelope.data.actors, 'actors', actorSchema, issues);
  const relations = checkEach(envelope.data.relations, 'relations', relationSchema, issues);
  if (issues.length > 0) return failed(issues);

  const backup: Backup = { ...envelope.data, actors, relations };
  crossChecks(backup, issues);
  return issues.length > 0 ? failed(issues) : { ok: true, backup };
}

function checkEach<Schema extends z.ZodType>(
  records: readonly unknown[],
  path: string,
  schema: Schema,
  issues: IssueList,
): z.infer<Schema>[] {
  const valid: z.infer<Schema>[] = [];
  records.forEach((record, index) => {
    const parsed = schema.safeParse(record);
    if (parsed.success) valid.push(parsed.data);
    else
      for (const issue of issuesFromZod(parsed.error, record))
        issues.push({ ...issue, path: issue.path ? `${path}.${index}.${issue.path}` : `${path}.${index}` });
  });
  return valid;
}

/** Every own `__proto__` key in the parsed JSON, as `unknown_field` at its path; iterative (no deep recursion). */
function findProtoKeys(root: unknown, issues: IssueList): void {
  const stack: [value: unknown, path: string][] = [[root, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, string];
    if (value === null || typeof value !== 'object') continue;
    const keys = Array.isArray(value) ? value.keys() : Object.keys(value);
    for (const key of keys) {
      const child = path ? `${path}.${key}` : String(key);
      if (key === '__proto__') issues.push({ path: child, code: 'unknown_field' });
      else stack.push([(value as Record<string | number, unknown>)[key], child]);
    }
  }
}

function crossChecks(backup: Backup, issues: IssueList): void {
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
}
