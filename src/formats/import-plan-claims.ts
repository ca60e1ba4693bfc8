/**
 * The claims part of the import plan (import-plan.ts): perspectives, vraagstukken, assessments of relaties
 * and positions on vraagstukken, matched against the werkruimte and checked against the domain rules the
 * same way for every format.
 *
 * - A perspective matches the werkruimte's by id, else by name (case and spacing ignored); the file's
 *   editors perspective is the werkruimte's editors perspective, whatever either is called. Imported as a
 *   new werkruimte, a file that lists perspectives replaces the ones a werkruimte starts with.
 * - A vraagstuk matches by id, else by name; a name two vraagstukken share must be given by id.
 * - An assessment's relatie is found by key (a relatie id, an edge id), else by its ends and type; its
 *   perspective by key, else by name. A relatie holds one assessment per perspective: an existing one is
 *   updated, a second one in the same file is refused.
 * - Positions are never overwritten (src/domain/topic.ts): each is added, except one the werkruimte holds
 *   already in every field (so reading the same file twice does not double a speler's history).
 */
import {
  type AssessmentCreate,
  assessmentCreateSchema,
  CLAIM_ORIGINS,
  type ClaimOrigin,
  type Issue,
  issuesFromZod,
  type PerspectiveCreate,
  perspectiveCreateSchema,
  type TopicCreate,
  type TopicPositionCreate,
  topicCreateSchema,
  topicPositionCreateSchema,
} from '../domain/index.ts';
import {
  cellPath,
  type DocumentAssessment,
  type DocumentNamed,
  type DocumentPosition,
  type EndRef,
  type ImportDocument,
  type NamedRef,
  type Place,
  type RelationRef,
} from './import-document.ts';

export type PerspectiveRecord = PerspectiveCreate & { id: string; editors: boolean };
export type TopicRecord = TopicCreate & { id: string };
/** Timestamps travel only in a backup, so a restore keeps when a claim was made. */
export type AssessmentRecord = AssessmentCreate & {
  id: string;
  relationId: string;
  origin: ClaimOrigin;
  createdAt?: string;
  updatedAt?: string;
};
export type PositionRecord = TopicPositionCreate & { id: string; topicId: string; createdAt?: string };

/** What the werkruimte holds of the claims model before the import. */
export interface ExistingClaims {
  perspectives: readonly PerspectiveRecord[];
  topics: readonly TopicRecord[];
  assessments: readonly { id: string; relationId: string; perspectiveId: string }[];
  positions: readonly PositionRecord[];
}

export interface ClaimsPlan {
  perspectives: { create: PerspectiveRecord[]; update: PerspectiveRecord[]; remove: string[] };
  topics: { create: TopicRecord[]; update: TopicRecord[] };
  assessments: { create: AssessmentRecord[]; update: AssessmentRecord[] };
  positions: { create: PositionRecord[] };
}

type Resolved =
  | { id: string }
  | { issue: Issue['code']; params?: Record<string, unknown> }
  | { rejected: true };

/** How the main plan finds a speler and a relatie of the file or the werkruimte. */
export interface ClaimResolvers {
  actor(ref: EndRef, idColumn: string): Resolved;
  relation(ref: RelationRef): Resolved;
}

/** Where the plan's issues go (import-plan.ts PlanIssues). */
export interface ClaimIssues {
  add(issue: Issue): void;
  addAt(place: Place, issues: Issue[], input: Record<string, unknown>): void;
}

/** Names match ignoring case, accents' composition and runs of spaces (as spelers' names do). */
function nameKey(name: unknown): string {
  return typeof name === 'string' ? name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase() : '';
}

const path = (place: Place, field: string) => cellPath(place.sheet, place.row, place.columns[field] ?? field);

/** A backup's own bookkeeping fields, kept apart from the fields the domain schema checks. */
function splitMeta(fields: Record<string, unknown>): {
  fields: Record<string, unknown>;
  origin: ClaimOrigin;
  createdAt?: string;
  updatedAt?: string;
} {
  const { origin, createdAt, updatedAt, ...rest } = fields;
  return {
    fields: rest,
    origin: CLAIM_ORIGINS.includes(origin as ClaimOrigin) ? (origin as ClaimOrigin) : 'import',
    ...(typeof createdAt === 'string' ? { createdAt } : {}),
    ...(typeof updatedAt === 'string' ? { updatedAt } : {}),
  };
}

interface NamedPlan<T> {
  create: T[];
  update: T[];
  idByKey: Map<string, string>;
  /** Name key → final ids (the file's and the werkruimte's), to resolve a claim that names it. */
  idsByName: Map<string, string[]>;
  rejectedKeys: Set<string>;
  rejectedNames: Set<string>;
}

function emptyNamedPlan<T>(): NamedPlan<T> {
  return {
    create: [],
    update: [],
    idByKey: new Map(),
    idsByName: new Map(),
    rejectedKeys: new Set(),
    rejectedNames: new Set(),
  };
}

function addName(names: Map<string, string[]>, name: string, id: string): void {
  const key = nameKey(name);
  const ids = names.get(key) ?? [];
  if (!ids.includes(id)) names.set(key, [...ids, id]);
}

/** Plans perspectives or vraagstukken: match, check, and remember how claims will find them. */
function planNamed<T extends { id: string; name: string }>(
  records: readonly (DocumentNamed & { editors?: boolean })[],
  existing: readonly T[],
  what: 'perspective' | 'topic',
  check: (
    input: Record<string, unknown>,
  ) => { ok: true; value: Omit<T, 'id'> } | { ok: false; issues: Issue[] },
  newId: () => string,
  issues: ClaimIssues,
  editorsOf?: (record: T) => boolean,
): NamedPlan<T> & { matched: Set<string> } {
  const plan = { ...emptyNamedPlan<T>(), matched: new Set<string>() };
  const byId = new Map(existing.map((record) => [record.id, record]));
  const byName = new Map<string, T[]>();
  for (const record of existing)
    byName.set(nameKey(record.name), [...(byName.get(nameKey(record.name)) ?? []), record]);
  const rowOfKey = new Map<string, number>();
  const rowOfMatch = new Map<string, number>();
  for (const record of records) {
    const { place } = record;
    const keyColumn = record.id !== undefined ? 'id' : 'name';
    const duplicateOf = rowOfKey.get(record.key);
    if (duplicateOf !== undefined) {
      issues.add({
        path: path(place, keyColumn),
        code: 'duplicate_key',
        params: { firstRow: duplicateOf, what },
      });
      continue;
    }
    rowOfKey.set(record.key, place.row);
    let match = record.id !== undefined ? byId.get(record.id) : undefined;
    if (!match && record.editors && editorsOf) match = existing.find(editorsOf);
    if (!match) {
      const sameName = byName.get(nameKey(record.fields.name)) ?? [];
      if (sameName.length > 1) {
        issues.add({
          path: path(place, 'name'),
          code: 'ambiguous_topic',
          params: { name: record.fields.name },
        });
        plan.rejectedKeys.add(record.key);
        continue;
      }
      match = sameName[0];
    }
    if (match) {
      const earlier = rowOfMatch.get(match.id);
      if (earlier !== undefined) {
        issues.add({
          path: path(place, keyColumn),
          code: 'duplicate_key',
          params: { firstRow: earlier, what },
        });
        continue;
      }
      rowOfMatch.set(match.id, place.row);
    }
    const input = match ? { ...withoutIdentity(match), ...record.fields } : record.fields;
    const checked = check(input);
    if (!checked.ok) {
      issues.addAt(place, checked.issues, input);
      plan.rejectedKeys.add(record.key);
      plan.rejectedNames.add(nameKey(record.fields.name));
      continue;
    }
    const id = match?.id ?? newId();
    const final = { ...checked.value, id } as T;
    (match ? plan.update : plan.create).push(final);
    if (match) plan.matched.add(match.id);
    plan.idByKey.set(record.key, id);
    addName(plan.idsByName, final.name, id);
  }
  return plan;
}

function withoutIdentity(record: object): Record<string, unknown> {
  const { id: _id, editors: _editors, ...fields } = record as Record<string, unknown>;
  return fields;
}

function resolveNamed(
  ref: NamedRef,
  plan: NamedPlan<unknown>,
  existing: readonly { id: string; name: string; force?: string | null; editors?: boolean }[],
  notFound: 'perspective_not_found' | 'topic_not_found',
): Resolved {
  if (ref.key !== undefined && ref.key !== '') {
    const id = plan.idByKey.get(ref.key) ?? existing.find((record) => record.id === ref.key)?.id;
    if (id) return { id };
    if (plan.rejectedKeys.has(ref.key)) return { rejected: true };
  }
  if (ref.force) {
    const byForce = existing.find((record) => record.force === ref.force && !record.editors);
    if (byForce) return { id: byForce.id };
    return { issue: notFound, params: { name: ref.force } };
  }
  const name = nameKey(ref.name);
  if (name === '') return { issue: notFound, ...(ref.key ? { params: { name: ref.key } } : {}) };
  const inFile = plan.idsByName.get(name) ?? [];
  const ids =
    inFile.length > 0 ? inFile : existing.filter((record) => nameKey(record.name) === name).map((r) => r.id);
  if (ids.length === 1) return { id: ids[0] as string };
  if (ids.length > 1) return { issue: 'ambiguous_topic', params: { name: ref.name } };
  if (plan.rejectedNames.has(name)) return { rejected: true };
  return { issue: notFound, params: { name: ref.name } };
}

export function planClaims(
  document: ImportDocument,
  existing: ExistingClaims,
  /** A new werkruimte: the file's perspectives (when it lists any) replace the ones it started with. */
  replacePerspectives: boolean,
  resolvers: ClaimResolvers,
  newId: () => string,
  issues: ClaimIssues,
): ClaimsPlan {
  const perspectives = planNamed<PerspectiveRecord>(
    document.perspectives ?? [],
    existing.perspectives,
    'perspective',
    (input) => {
      const { editors: _editors, ...fields } = input;
      const parsed = perspectiveCreateSchema.safeParse(fields);
      return parsed.success
        ? { ok: true, value: { ...parsed.data, editors: false } }
        : { ok: false, issues: issuesFromZod(parsed.error, fields) };
    },
    newId,
    issues,
    (record) => record.editors,
  );
  // A matched perspective keeps its editors flag: there is one editors perspective per werkruimte.
  for (const record of perspectives.update)
    record.editors = existing.perspectives.find((other) => other.id === record.id)?.editors ?? false;
  for (const record of existing.perspectives) addName(perspectives.idsByName, record.name, record.id);
  const remove =
    replacePerspectives && document.perspectivesComplete && (document.perspectives?.length ?? 0) > 0
      ? existing.perspectives
          .filter((record) => !record.editors && !perspectives.matched.has(record.id))
          .map((record) => record.id)
      : [];
  // A removed starting perspective cannot be named by a claim.
  for (const id of remove) {
    const name = nameKey(existing.perspectives.find((record) => record.id === id)?.name);
    perspectives.idsByName.set(
      name,
      (perspectives.idsByName.get(name) ?? []).filter((other) => other !== id),
    );
  }
  const livePerspectives = existing.perspectives.filter((record) => !remove.includes(record.id));

  const topics = planNamed<TopicRecord>(
    document.topics ?? [],
    existing.topics,
    'topic',
    (input) => {
      const parsed = topicCreateSchema.safeParse(input);
      return parsed.success
        ? { ok: true, value: parsed.data }
        : { ok: false, issues: issuesFromZod(parsed.error, input) };
    },
    newId,
    issues,
  );
  for (const record of existing.topics) addName(topics.idsByName, record.name, record.id);

  const perspectiveOf = (ref: NamedRef) =>
    resolveNamed(ref, perspectives, livePerspectives, 'perspective_not_found');
  return {
    perspectives: { create: perspectives.create, update: perspectives.update, remove },
    topics: { create: topics.create, update: topics.update },
    assessments: planAssessments(
      document.assessments ?? [],
      existing,
      resolvers,
      perspectiveOf,
      newId,
      issues,
    ),
    positions: planPositions(
      document.positions ?? [],
      existing,
      resolvers,
      perspectiveOf,
      (ref) => resolveNamed(ref, topics, existing.topics, 'topic_not_found'),
      newId,
      issues,
    ),
  };
}

/** Adds the issue of a reference that did not resolve; false when there is nothing to go on. */
function reportUnresolved(result: Resolved, at: string, issues: ClaimIssues): result is { id: string } {
  if ('id' in result) return true;
  if ('issue' in result)
    issues.add({ path: at, code: result.issue, ...(result.params ? { params: result.params } : {}) });
  return false;
}

const PLACEHOLDER = '00000000-0000-4000-8000-000000000003';

function planAssessments(
  assessments: readonly DocumentAssessment[],
  existing: ExistingClaims,
  resolvers: ClaimResolvers,
  perspectiveOf: (ref: NamedRef) => Resolved,
  newId: () => string,
  issues: ClaimIssues,
): ClaimsPlan['assessments'] {
  const existingByPair = new Map(
    existing.assessments.map((assessment) => [
      `${assessment.relationId} ${assessment.perspectiveId}`,
      assessment,
    ]),
  );
  const rowOfPair = new Map<string, number>();
  const plan: ClaimsPlan['assessments'] = { create: [], update: [] };
  for (const assessment of assessments) {
    const { place } = assessment;
    const relation = resolvers.relation(assessment.relation);
    const relationFound = reportUnresolved(relation, path(place, 'relationId'), issues);
    const perspective = perspectiveOf(assessment.perspective);
    const perspectiveFound = reportUnresolved(perspective, path(place, 'perspectiveId'), issues);
    const meta = splitMeta(assessment.fields);
    const input = { ...meta.fields, perspectiveId: perspectiveFound ? perspective.id : PLACEHOLDER };
    const parsed = assessmentCreateSchema.safeParse(input);
    if (!parsed.success) {
      issues.addAt(place, issuesFromZod(parsed.error, input), input);
      continue;
    }
    if (!relationFound || !perspectiveFound) continue;
    const pair = `${relation.id} ${perspective.id}`;
    const firstRow = rowOfPair.get(pair);
    if (firstRow !== undefined) {
      issues.add({
        path: path(place, 'perspectiveId'),
        code: 'duplicate_key',
        params: { firstRow, what: 'assessment' },
      });
      continue;
    }
    rowOfPair.set(pair, place.row);
    const match = existingByPair.get(pair);
    const record: AssessmentRecord = {
      ...parsed.data,
      id: match?.id ?? newId(),
      relationId: relation.id,
      origin: meta.origin,
      ...(meta.createdAt ? { createdAt: meta.createdAt } : {}),
      ...(meta.updatedAt ? { updatedAt: meta.updatedAt } : {}),
    };
    (match ? plan.update : plan.create).push(record);
  }
  return plan;
}

/** Every field of a position that says what it is: two equal ones are the same view, recorded twice. */
function positionSignature(position: Omit<PositionRecord, 'id'>): string {
  return JSON.stringify([
    position.topicId,
    position.actorId,
    position.perspectiveId,
    position.assessedOn ?? '',
    position.invloed,
    position.belang,
    position.standpunt,
    position.beweging,
    position.reasoning,
  ]);
}

function planPositions(
  positions: readonly DocumentPosition[],
  existing: ExistingClaims,
  resolvers: ClaimResolvers,
  perspectiveOf: (ref: NamedRef) => Resolved,
  topicOf: (ref: NamedRef) => Resolved,
  newId: () => string,
  issues: ClaimIssues,
): ClaimsPlan['positions'] {
  const known = new Set(existing.positions.map(positionSignature));
  const create: PositionRecord[] = [];
  for (const position of positions) {
    const { place } = position;
    const topic = topicOf(position.topic);
    const topicFound = reportUnresolved(topic, path(place, 'topicId'), issues);
    const actor = resolvers.actor(position.actor, 'speler_id');
    const actorFound = reportUnresolved(actor, path(place, 'actorId'), issues);
    const perspective = perspectiveOf(position.perspective);
    const perspectiveFound = reportUnresolved(perspective, path(place, 'perspectiveId'), issues);
    const { createdAt, ...fields } = position.fields;
    const input = {
      ...fields,
      actorId: actorFound ? actor.id : PLACEHOLDER,
      perspectiveId: perspectiveFound ? perspective.id : PLACEHOLDER,
    };
    const parsed = topicPositionCreateSchema.safeParse(input);
    if (!parsed.success) {
      issues.addAt(place, issuesFromZod(parsed.error, input), input);
      continue;
    }
    if (!topicFound || !actorFound || !perspectiveFound) continue;
    const record = {
      ...parsed.data,
      topicId: topic.id,
      ...(typeof createdAt === 'string' ? { createdAt } : {}),
    };
    const signature = positionSignature(record);
    if (known.has(signature)) continue;
    known.add(signature);
    create.push({ ...record, id: newId() });
  }
  return { create };
}
