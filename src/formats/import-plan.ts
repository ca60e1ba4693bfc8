/**
 * From a read file to what will be written: the import plan. One function for every format, so matching
 * and checking are the same whether a speler came from a spreadsheet row, a GEXF node or a backup.
 *
 * - A speler matches an existing one of the werkruimte by id, else by name (case and spacing ignored);
 *   a matched speler is updated with the fields the file has and keeps the others; anything else is new.
 * - A relatie's ends are found by key (a node id, an id column) among the file's spelers and then the
 *   werkruimte's, else by name — a name shared by two spelers is ambiguous and must be given by id; its
 *   issue names the candidates (the werkruimte's ids, the file's rows) and the id column to use.
 * - A refused vocabulary value from a spreadsheet names its vocabulary, the value and the list separators,
 *   so the message can list the accepted words and say how to separate them.
 *   A relatie matches an existing one by id, else by the same ends and type.
 * - Every speler and relatie is checked against the domain schemas as it will be stored; each problem is
 *   named by its place in the file (`relaties.14.sterkte`). Any problem means no plan: the import writes
 *   all or nothing.
 *
 * New rows always get new ids (`newId`): a file's ids may belong to another werkruimte.
 */
import {
  type ActorCreate,
  actorCreateSchema,
  type ImportSummary,
  type Issue,
  IssueList,
  issuesFromZod,
  LAYOUTS,
  type LabelledVocabulary,
  type Layout,
  type Positions,
  type RelationCreate,
  relationCreateFieldsSchema,
  relationCreateSchema,
  valueAt,
} from '../domain/index.ts';
import {
  cellPath,
  type DocumentActor,
  type DocumentRelation,
  type EndRef,
  type ImportDocument,
  type Place,
  type RelationRef,
} from './import-document.ts';
import {
  type ClaimResolvers,
  type ClaimsPlan,
  type ExistingClaims,
  planClaims,
} from './import-plan-claims.ts';
import { LIMITS } from './limits.ts';

export type ActorRecord = ActorCreate & { id: string };
/** `claimedByEditors: false` only for a relatie a backup says respondents named (absent: the editors'). */
export type RelationRecord = RelationCreate & { id: string; claimedByEditors?: boolean };

/** What the werkruimte holds before the import (empty for a new werkruimte). */
export interface ExistingWorkspace {
  actors: readonly ActorRecord[];
  relations: readonly RelationRecord[];
  /** Its perspectives, vraagstukken, assessments and positions; none when left out. */
  claims?: ExistingClaims;
  /** A new werkruimte: the file's perspectives, when it lists any, replace the ones it started with. */
  replacePerspectives?: boolean;
}

const NO_CLAIMS: ExistingClaims = { perspectives: [], topics: [], assessments: [], positions: [] };

/** What an import did (src/domain/import-summary.ts), here beside the plan that holds it. */
export type { ImportSummary };

export interface ImportPlan {
  actors: { create: ActorRecord[]; update: ActorRecord[] };
  relations: { create: RelationRecord[]; update: RelationRecord[] };
  claims: ClaimsPlan;
  /** Positions from the file, by final speler id; to be merged over the saved ones. */
  layouts: Partial<Record<Layout, Positions>>;
  summary: ImportSummary;
}

export type PlanOutcome = { ok: true; plan: ImportPlan } | { ok: false; issues: Issue[]; total: number };

const PLACEHOLDER_SOURCE = '00000000-0000-4000-8000-000000000001';
const PLACEHOLDER_TARGET = '00000000-0000-4000-8000-000000000002';

const ACTOR_FIELDS = Object.keys(actorCreateSchema.shape);

/** Names match ignoring case, accents' composition and runs of spaces. */
export function nameKey(name: unknown): string {
  return typeof name === 'string' ? name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase() : '';
}

/** The fields that hold a labelled vocabulary's values, and which one. */
const VOCABULARY_OF_FIELD: Readonly<Record<string, LabelledVocabulary>> = {
  force: 'force',
  kind: 'kind',
  scale: 'scale',
  domains: 'domain',
  type: 'relationType',
};

/**
 * The plan's issues: bounded like every reader's (domain IssueList), with each record's schema issues
 * placed at the file's column. It goes on checking past the listed maximum, so the count stays right.
 */
class PlanIssues extends IssueList {
  constructor(private readonly words: ImportDocument['words']) {
    super();
  }
  add(issue: Issue): void {
    this.push(issue);
  }
  /** Issues of one record's schema check of `input`, placed at the file's column for each field. */
  addAt(place: Place, issues: Issue[], input: Record<string, unknown>): void {
    for (const issue of issues) {
      const [field = '', ...rest] = issue.path.split('.');
      const column = place.columns[field] ?? field;
      this.add({
        ...issue,
        path: cellPath(place.sheet, place.row, column || undefined),
        params: {
          ...issue.params,
          ...(rest.length > 0 ? { item: Number(rest[0]) + 1 } : {}),
          ...this.wordsOf(issue, field, input),
        },
      });
    }
  }
  /** For a spreadsheet's refused choice: the vocabulary whose words it takes, the value, the separators. */
  private wordsOf(issue: Issue, field: string, input: Record<string, unknown>): Record<string, unknown> {
    const vocabulary = VOCABULARY_OF_FIELD[field];
    if (!this.words || issue.code !== 'invalid_enum' || !vocabulary) return {};
    const value = valueAt(input, issue.path.split('.'));
    return {
      vocabulary,
      ...(typeof value === 'string' ? { value } : {}),
      ...(Array.isArray(input[field]) ? { separators: this.words.listSeparators } : {}),
    };
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The column that identifies a speler's row: its id when the file gave one, else its name. */
function keyColumn(actor: DocumentActor): string | undefined {
  return actor.id !== undefined ? actor.place.columns.id : actor.place.columns.name;
}

function pickActorFields(actor: ActorRecord): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field of ACTOR_FIELDS) fields[field] = actor[field as keyof ActorCreate];
  return fields;
}

const RELATION_FIELDS = Object.keys(relationCreateFieldsSchema.shape);

function relationFields(relation: RelationRecord): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field of RELATION_FIELDS) fields[field] = relation[field as keyof RelationCreate];
  return fields;
}

export function planImport(
  document: ImportDocument,
  existing: ExistingWorkspace,
  newId: () => string,
): PlanOutcome {
  const issues = new PlanIssues(document.words);
  const actorPlan = planActors(document.actors, existing, newId, issues);
  const relationPlan = planRelations(document.relations, existing, actorPlan, newId, issues);
  const resolvers: ClaimResolvers = {
    actor: (ref, idColumn) => resolveEnd(ref, actorPlan, idColumn),
    relation: (ref) => resolveRelation(ref, actorPlan, relationPlan),
  };
  const claims = planClaims(
    document,
    existing.claims ?? NO_CLAIMS,
    existing.replacePerspectives ?? false,
    resolvers,
    newId,
    issues,
  );

  const total = existing.actors.length + actorPlan.create.length;
  if (total > LIMITS.actors)
    issues.add({ path: '', code: 'too_many_rows', params: { maximum: LIMITS.actors } });
  if (existing.relations.length + relationPlan.create.length > LIMITS.relations)
    issues.add({ path: '', code: 'too_many_rows', params: { maximum: LIMITS.relations } });
  if (issues.length > 0) return { ok: false, issues: issues.listed, total: issues.length };

  const layouts: Partial<Record<Layout, Positions>> = {};
  for (const layout of LAYOUTS) {
    const byKey = document.layouts[layout];
    if (!byKey) continue;
    const positions: Positions = {};
    for (const [key, point] of Object.entries(byKey)) {
      const id = actorPlan.idByKey.get(key);
      if (id) positions[id] = point;
    }
    if (Object.keys(positions).length > 0) layouts[layout] = positions;
  }
  return {
    ok: true,
    plan: {
      actors: { create: actorPlan.create, update: actorPlan.update },
      relations: { create: relationPlan.create, update: relationPlan.update },
      claims,
      layouts,
      summary: {
        actors: { created: actorPlan.create.length, updated: actorPlan.update.length },
        relations: { created: relationPlan.create.length, updated: relationPlan.update.length },
        ...(hasClaims(document) ? { claims: claimCounts(claims) } : {}),
        ignored: document.report.ignored,
        mapped: document.report.mapped,
      },
    },
  };
}

function hasClaims(document: ImportDocument): boolean {
  return [document.perspectives, document.topics, document.assessments, document.positions].some(
    (records) => (records?.length ?? 0) > 0,
  );
}

function claimCounts(claims: ClaimsPlan): NonNullable<ImportSummary['claims']> {
  return {
    perspectives: { created: claims.perspectives.create.length, updated: claims.perspectives.update.length },
    topics: { created: claims.topics.create.length, updated: claims.topics.update.length },
    assessments: { created: claims.assessments.create.length, updated: claims.assessments.update.length },
    positions: { created: claims.positions.create.length, updated: 0 },
  };
}

interface ActorPlan {
  create: ActorRecord[];
  update: ActorRecord[];
  /** File key → final speler id. */
  idByKey: Map<string, string>;
  /** Name key → final ids of the file's spelers with that name. */
  idsByName: Map<string, string[]>;
  /** Final id → the file's place of that speler, to point at it when its name is ambiguous. */
  placeById: Map<string, Place>;
  existingById: Map<string, ActorRecord>;
  existingByName: Map<string, ActorRecord[]>;
  /** Spelers of the file with problems of their own: relaties to them are not reported again. */
  rejectedKeys: Set<string>;
  rejectedNames: Set<string>;
}

function planActors(
  actors: readonly DocumentActor[],
  existing: ExistingWorkspace,
  newId: () => string,
  issues: PlanIssues,
): ActorPlan {
  const existingById = new Map(existing.actors.map((actor) => [actor.id, actor]));
  const existingByName = groupBy(existing.actors, (actor) => nameKey(actor.name));
  const plan: ActorPlan = {
    create: [],
    update: [],
    idByKey: new Map(),
    idsByName: new Map(),
    placeById: new Map(),
    existingById,
    existingByName,
    rejectedKeys: new Set(),
    rejectedNames: new Set(),
  };
  const rowOfKey = new Map<string, number>();
  const rowOfMatched = new Map<string, number>();

  for (const actor of actors) {
    const { place } = actor;
    const firstRow = rowOfKey.get(actor.key);
    if (firstRow !== undefined) {
      issues.add({
        path: cellPath(place.sheet, place.row, keyColumn(actor)),
        code: 'duplicate_key',
        params: { firstRow },
      });
      continue;
    }
    rowOfKey.set(actor.key, place.row);

    let match = actor.id ? existingById.get(actor.id) : undefined;
    if (!match && typeof actor.fields.name === 'string') {
      const sameName = existingByName.get(nameKey(actor.fields.name)) ?? [];
      if (sameName.length > 1) {
        issues.add({
          path: cellPath(place.sheet, place.row, place.columns.name),
          code: 'ambiguous_name',
          params: {
            name: actor.fields.name,
            ...candidates(
              sameName.map((other) => other.id),
              plan,
              'id',
            ),
          },
        });
        continue;
      }
      match = sameName[0];
    }
    if (match) {
      const earlier = rowOfMatched.get(match.id);
      if (earlier !== undefined) {
        issues.add({
          path: cellPath(place.sheet, place.row, keyColumn(actor)),
          code: 'duplicate_key',
          params: { firstRow: earlier },
        });
        continue;
      }
      rowOfMatched.set(match.id, place.row);
    }

    const input = match ? { ...pickActorFields(match), ...actor.fields } : actor.fields;
    const parsed = actorCreateSchema.safeParse(input);
    if (!parsed.success) {
      issues.addAt(place, issuesFromZod(parsed.error, input), input);
      plan.rejectedKeys.add(actor.key);
      plan.rejectedNames.add(nameKey(actor.fields.name));
      continue;
    }
    const id = match?.id ?? newId();
    (match ? plan.update : plan.create).push({ ...parsed.data, id });
    plan.idByKey.set(actor.key, id);
    plan.placeById.set(id, place);
    const name = nameKey(parsed.data.name);
    plan.idsByName.set(name, [...(plan.idsByName.get(name) ?? []), id]);
  }
  return plan;
}

type EndResult =
  | { id: string }
  | { issue: Issue['code']; name?: string; params?: Record<string, unknown> }
  | { rejected: true };

/**
 * What the user can do about an ambiguous name: the ids of the werkruimte's spelers that carry it (to put
 * in `idColumn`), and the rows of the file's new spelers that do (those have no id yet: rename one).
 */
function candidates(ids: readonly string[], actors: ActorPlan, idColumn: string): Record<string, unknown> {
  const existing = ids.filter((id) => actors.existingById.has(id));
  const places = ids
    .filter((id) => !actors.existingById.has(id))
    .flatMap((id) => actors.placeById.get(id) ?? []);
  return {
    ...(existing.length > 0 ? { ids: existing, idColumn } : {}),
    ...(places.length > 0 ? { sheet: places[0]?.sheet, rows: places.map((place) => place.row) } : {}),
  };
}

function resolveEnd(ref: EndRef, actors: ActorPlan, idColumn: string): EndResult {
  if (ref.key !== undefined && ref.key !== '') {
    const id = actors.idByKey.get(ref.key) ?? (actors.existingById.has(ref.key) ? ref.key : undefined);
    if (id) return { id };
    if (actors.rejectedKeys.has(ref.key)) return { rejected: true };
  }
  if (
    ref.name !== undefined &&
    actors.rejectedNames.has(nameKey(ref.name)) &&
    !actors.idsByName.has(nameKey(ref.name))
  )
    return { rejected: true };
  if (ref.name === undefined || ref.name === '') return { issue: 'actor_not_found', name: ref.key };
  const name = nameKey(ref.name);
  const inFile = actors.idsByName.get(name) ?? [];
  if (inFile.length === 1) return { id: inFile[0] as string };
  if (inFile.length > 1)
    return { issue: 'ambiguous_name', name: ref.name, params: candidates(inFile, actors, idColumn) };
  const inWorkspace = actors.existingByName.get(name) ?? [];
  // An existing speler the file also lists under another key was resolved above; its name may now differ.
  if (inWorkspace.length === 1) return { id: (inWorkspace[0] as ActorRecord).id };
  if (inWorkspace.length > 1) {
    const ids = inWorkspace.map((actor) => actor.id);
    return { issue: 'ambiguous_name', name: ref.name, params: candidates(ids, actors, idColumn) };
  }
  return { issue: 'actor_not_found', name: ref.name };
}

function planRelations(
  relations: readonly DocumentRelation[],
  existing: ExistingWorkspace,
  actors: ActorPlan,
  newId: () => string,
  issues: PlanIssues,
): RelationPlan {
  const existingById = new Map(existing.relations.map((relation) => [relation.id, relation]));
  const existingByEnds = new Map(
    existing.relations.map((relation) => [
      `${relation.sourceId} ${relation.targetId} ${relation.type}`,
      relation,
    ]),
  );
  const byEnds = new Map(existingByEnds);
  const create: RelationRecord[] = [];
  const update: RelationRecord[] = [];
  const idByKey = new Map<string, string>();
  const rejectedKeys = new Set<string>();
  const rowOfMatched = new Map<string, number>();
  const rowOfId = new Map<string, number>();

  for (const relation of relations) {
    const { place } = relation;
    if (relation.key !== undefined) rejectedKeys.add(relation.key);
    if (relation.id !== undefined) {
      const firstRow = rowOfId.get(relation.id);
      if (firstRow !== undefined) {
        issues.add({
          path: cellPath(place.sheet, place.row, place.columns.id),
          code: 'duplicate_key',
          params: { firstRow },
        });
        continue;
      }
      rowOfId.set(relation.id, place.row);
    }
    const ends: Partial<Record<'sourceId' | 'targetId', string>> = {};
    for (const [end, ref, idColumn] of [
      ['sourceId', relation.source, 'van_id'],
      ['targetId', relation.target, 'naar_id'],
    ] as const) {
      const result = resolveEnd(ref, actors, idColumn);
      if ('id' in result) ends[end] = result.id;
      else if ('issue' in result)
        issues.add({
          path: cellPath(place.sheet, place.row, place.columns[end]),
          code: result.issue,
          params: { ...(result.name === undefined ? {} : { name: result.name }), ...result.params },
        });
    }
    if (!ends.sourceId || !ends.targetId) {
      // Still check the relatie's own fields, so one round of fixing finds every problem.
      const input = { ...relation.fields, sourceId: PLACEHOLDER_SOURCE, targetId: PLACEHOLDER_TARGET };
      const parsed = relationCreateSchema.safeParse(input);
      if (!parsed.success) issues.addAt(place, issuesFromZod(parsed.error, input), input);
      continue;
    }

    const type = relation.fields.type;
    const match =
      (relation.id ? existingById.get(relation.id) : undefined) ??
      existingByEnds.get(`${ends.sourceId} ${ends.targetId} ${String(type)}`);
    if (match) {
      const earlier = rowOfMatched.get(match.id);
      if (earlier !== undefined) {
        issues.add({
          path: cellPath(place.sheet, place.row, place.columns.id ?? place.columns.type),
          code: 'duplicate_key',
          params: { firstRow: earlier },
        });
        continue;
      }
      rowOfMatched.set(match.id, place.row);
    }
    const input = { ...(match ? relationFields(match) : {}), ...relation.fields, ...ends };
    const parsed = relationCreateSchema.safeParse(input);
    if (!parsed.success) {
      issues.addAt(place, issuesFromZod(parsed.error, input), input);
      continue;
    }
    const final: RelationRecord = {
      ...parsed.data,
      id: match?.id ?? newId(),
      ...(relation.claimedByEditors === false ? { claimedByEditors: false } : {}),
    };
    (match ? update : create).push(final);
    // For assessments that name a relatie by its ends; rows match only the werkruimte's relaties, so
    // parallel edges of a multigraph file stay apart.
    if (!byEnds.has(endsKey(final))) byEnds.set(endsKey(final), final);
    if (relation.key !== undefined) {
      idByKey.set(relation.key, final.id);
      rejectedKeys.delete(relation.key);
    }
  }
  return { create, update, idByKey, rejectedKeys, existingById, byEnds };
}

function endsKey(relation: { sourceId: string; targetId: string; type: unknown }): string {
  return `${relation.sourceId} ${relation.targetId} ${String(relation.type)}`;
}

interface RelationPlan {
  create: RelationRecord[];
  update: RelationRecord[];
  /** File key → final relatie id. */
  idByKey: Map<string, string>;
  /** Relaties of the file with problems of their own: assessments of them are not reported again. */
  rejectedKeys: Set<string>;
  existingById: Map<string, RelationRecord>;
  /** Ends and type → relatie, the werkruimte's and the file's. */
  byEnds: Map<string, RelationRecord>;
}

/** The relatie an assessment is about: by key, else by its ends and type. */
function resolveRelation(ref: RelationRef, actors: ActorPlan, relations: RelationPlan) {
  if (ref.key !== undefined && ref.key !== '') {
    const id = relations.idByKey.get(ref.key) ?? relations.existingById.get(ref.key)?.id;
    if (id) return { id };
    if (relations.rejectedKeys.has(ref.key)) return { rejected: true as const };
  }
  if (!ref.source || !ref.target) return { issue: 'relation_not_found' as const };
  const source = resolveEnd(ref.source, actors, 'van_id');
  const target = resolveEnd(ref.target, actors, 'naar_id');
  if ('rejected' in source || 'rejected' in target) return { rejected: true as const };
  if ('issue' in source)
    return {
      issue: source.issue,
      params: { ...(source.name ? { name: source.name } : {}), ...source.params },
    };
  if ('issue' in target)
    return {
      issue: target.issue,
      params: { ...(target.name ? { name: target.name } : {}), ...target.params },
    };
  const match = relations.byEnds.get(endsKey({ sourceId: source.id, targetId: target.id, type: ref.type }));
  return match ? { id: match.id } : { issue: 'relation_not_found' as const };
}
