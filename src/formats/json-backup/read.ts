/**
 * Reads a JSON backup from text: size cap, JSON syntax, the schema, then the rules that need the whole
 * file (ids unique, every relatie's ends among the file's spelers, no self-relatie, dates in order, every
 * claim's relatie, perspective, vraagstuk and speler in the file). Version 1 files are read too: their
 * relaties' free-text perspectives are returned beside the backup (`legacyPerspectives`), to become that
 * perspective's assessment of the relatie, as the database migration did with the same text.
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
import { BACKUP_FORMAT_V1, type Backup, backupSchema, backupV1Schema } from './schema.ts';

/** A version 1 relatie's free-text perspective, with the strength it gave the tie. */
export interface LegacyPerspective {
  relationId: string;
  perspective: string;
  strength: number | null;
}

export type ReadResult =
  | { ok: true; backup: Backup; legacyPerspectives: LegacyPerspective[] }
  | { ok: false; issues: Issue[]; total?: number | undefined };

/** The records of each list, checked one by one (see above). */
const RECORD_LISTS = ['actors', 'relations', 'perspectives', 'assessments', 'topics', 'positions'] as const;
type RecordList = (typeof RECORD_LISTS)[number];

const unchecked = (maximum: number) => z.array(z.unknown()).max(maximum);

/** The backup with its records unchecked: they are checked one by one below. */
const envelopeSchema = backupSchema.extend({
  actors: unchecked(LIMITS.actors),
  relations: unchecked(LIMITS.relations),
  perspectives: unchecked(LIMITS.perspectives).default([]),
  assessments: unchecked(LIMITS.assessments).default([]),
  topics: unchecked(LIMITS.topics).default([]),
  positions: unchecked(LIMITS.positions).default([]),
});
const envelopeV1Schema = backupV1Schema.extend({
  actors: unchecked(LIMITS.actors),
  relations: unchecked(LIMITS.relations),
});

const RECORD_SCHEMAS: Record<RecordList, z.ZodType> = {
  actors: backupSchema.shape.actors.element,
  relations: backupSchema.shape.relations.element,
  perspectives: backupSchema.shape.perspectives.unwrap().element,
  assessments: backupSchema.shape.assessments.unwrap().element,
  topics: backupSchema.shape.topics.unwrap().element,
  positions: backupSchema.shape.positions.unwrap().element,
};
const V1_RELATION_SCHEMA = backupV1Schema.shape.relations.element;

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

  const v1 = (json as { format?: unknown } | null)?.format === BACKUP_FORMAT_V1;
  const envelope = (v1 ? envelopeV1Schema : envelopeSchema).safeParse(json);
  if (!envelope.success) {
    for (const issue of issuesFromZod(envelope.error, json))
      issues.push(issue.path === 'format' ? { path: 'format', code: 'unknown_format' } : issue);
    return failed(issues);
  }
  const records = envelope.data as Record<RecordList, unknown[] | undefined>;
  const checked = {} as Record<RecordList, unknown[]>;
  for (const list of RECORD_LISTS) {
    const schema = v1 && list === 'relations' ? V1_RELATION_SCHEMA : RECORD_SCHEMAS[list];
    checked[list] = checkEach(records[list] ?? [], list, schema, issues);
  }
  if (issues.length > 0) return failed(issues);

  const legacyPerspectives: LegacyPerspective[] = [];
  if (v1) {
    checked.relations = (
      checked.relations as { id: string; perspective?: string | null; strength?: number | null }[]
    ).map(({ perspective, ...relation }) => {
      if (perspective)
        legacyPerspectives.push({
          relationId: relation.id,
          perspective,
          strength: relation.strength ?? null,
        });
      return relation;
    });
  }
  const backup = { ...envelope.data, ...checked, format: backupSchema.shape.format.value } as Backup;
  crossChecks(backup, issues);
  return issues.length > 0 ? failed(issues) : { ok: true, backup, legacyPerspectives };
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
  claimChecks(backup, actorIds, relationIds, issues);
}

/** Ids unique per list, one editors perspective, and every claim's references inside the file. */
function claimChecks(
  backup: Backup,
  actorIds: ReadonlySet<string>,
  relationIds: ReadonlySet<string>,
  issues: IssueList,
): void {
  const idsOf = (list: 'perspectives' | 'topics' | 'assessments' | 'positions') => {
    const ids = new Set<string>();
    backup[list].forEach((record, index) => {
      if (ids.has(record.id)) issues.push({ path: `${list}.${index}.id`, code: 'duplicate_items' });
      ids.add(record.id);
    });
    return ids;
  };
  const perspectiveIds = idsOf('perspectives');
  const topicIds = idsOf('topics');
  idsOf('assessments');
  idsOf('positions');
  const names = new Set<string>();
  let editors = 0;
  backup.perspectives.forEach((perspective, index) => {
    const name = perspective.name.toLowerCase();
    if (names.has(name)) issues.push({ path: `perspectives.${index}.name`, code: 'duplicate_items' });
    names.add(name);
    if (perspective.editors && ++editors > 1)
      issues.push({ path: `perspectives.${index}.editors`, code: 'duplicate_items' });
  });
  const pairs = new Set<string>();
  backup.assessments.forEach((assessment, index) => {
    if (!relationIds.has(assessment.relationId))
      issues.push({ path: `assessments.${index}.relationId`, code: 'relation_not_in_workspace' });
    if (!perspectiveIds.has(assessment.perspectiveId))
      issues.push({ path: `assessments.${index}.perspectiveId`, code: 'perspective_not_in_workspace' });
    const pair = `${assessment.relationId} ${assessment.perspectiveId}`;
    if (pairs.has(pair))
      issues.push({
        path: `assessments.${index}.perspectiveId`,
        code: 'duplicate_key',
        params: { what: 'assessment' },
      });
    pairs.add(pair);
    if (!assessment.present)
      for (const field of ['strength', 'trust', 'value'] as const)
        if (assessment[field] !== null)
          issues.push({ path: `assessments.${index}.${field}`, code: 'denied_rated' });
  });
  backup.positions.forEach((position, index) => {
    if (!topicIds.has(position.topicId))
      issues.push({ path: `positions.${index}.topicId`, code: 'topic_not_in_workspace' });
    if (!actorIds.has(position.actorId))
      issues.push({ path: `positions.${index}.actorId`, code: 'actor_not_in_workspace' });
    if (!perspectiveIds.has(position.perspectiveId))
      issues.push({ path: `positions.${index}.perspectiveId`, code: 'perspective_not_in_workspace' });
  });
}
