/**
 * What changed between two backup documents of one werkruimte (src/domain/snapshot.ts): records are matched
 * by id, so a renamed speler is one changed record, not a removal and an addition. Pure and linear in the
 * size of the two documents (but for sorting what it finds): every kind is indexed once in a Map, and labels
 * are made only for the records that end up in the result.
 */
import type {
  BackupDiff,
  ChangedRecord,
  DiffRecord,
  FieldChange,
  RecordChanges,
} from '../../domain/index.ts';
import type { Backup } from './schema.ts';

type Actor = Backup['actors'][number];
type Relation = Backup['relations'][number];
type Perspective = Backup['perspectives'][number];
type Assessment = Backup['assessments'][number];
type Topic = Backup['topics'][number];
type Position = Backup['positions'][number];

/** Timestamps a save or a restore sets without the content changing; comparing them would report noise. */
const BOOKKEEPING = new Set(['createdAt', 'updatedAt']);

/** A relatie without `claimedByEditors` is the editors' claim: a backup may leave the flag out for that. */
const RELATION_DEFAULTS = { claimedByEditors: true };

const WORKSPACE_FIELDS = ['name', 'gemeente', 'wijken', 'description'] as const;

/**
 * What a position says. Its id, date and timestamp are left out: a new, later position with the same view
 * is the speler standing where it stood, not a change.
 */
const POSITION_FIELDS = ['invloed', 'belang', 'standpunt', 'beweging', 'reasoning'] as const;

// One collator for every comparison: localeCompare with a locale builds one per call, far too slow for
// sorting tens of thousands of labels.
const dutch = new Intl.Collator('nl');

export function diffBackups(from: Backup, to: Backup): BackupDiff {
  const before = indexDocument(from);
  const after = indexDocument(to);
  return {
    workspace: fieldChanges(from.workspace, to.workspace, WORKSPACE_FIELDS),
    actors: diffRecords(before.actors, after.actors, before, after, {
      compare: (a, b) => recordChanges(a, b),
      label: (actor) => actor.name,
    }),
    relations: diffRecords(before.relations, after.relations, before, after, {
      compare: (a, b) => recordChanges(a, b, RELATION_DEFAULTS),
      label: (relation, document) => relationLabel(relation, document),
    }),
    perspectives: diffRecords(before.perspectives, after.perspectives, before, after, {
      compare: (a, b) => recordChanges(a, b),
      label: (perspective) => perspective.name,
    }),
    topics: diffRecords(before.topics, after.topics, before, after, {
      compare: (a, b) => recordChanges(a, b),
      label: (topic) => topic.name,
    }),
    assessments: diffRecords(before.assessments, after.assessments, before, after, {
      compare: (a, b) => recordChanges(a, b),
      label: (assessment, document) => {
        const relation = document.relations.get(assessment.relationId);
        const relationText = relation ? relationLabel(relation, document) : assessment.relationId;
        return `${perspectiveName(assessment.perspectiveId, document)}: ${relationText}`;
      },
    }),
    positions: diffRecords(before.positions, after.positions, before, after, {
      compare: (a, b) => fieldChanges(a, b, POSITION_FIELDS),
      label: (position, document) =>
        `${perspectiveName(position.perspectiveId, document)}: ${actorName(position.actorId, document)} op ` +
        (document.topics.get(position.topicId)?.name ?? position.topicId),
    }),
  };
}

// ─── indexing ─────────────────────────────────────────────────────────────────────────────────────────────

interface DocumentIndex {
  actors: Map<string, Actor>;
  relations: Map<string, Relation>;
  perspectives: Map<string, Perspective>;
  assessments: Map<string, Assessment>;
  topics: Map<string, Topic>;
  /** Each (vraagstuk, speler, perspective)'s latest position, keyed by the diff id `topic:actor:perspective`. */
  positions: Map<string, Position>;
}

function indexDocument(backup: Backup): DocumentIndex {
  const positions = new Map<string, Position>();
  for (const position of backup.positions) {
    const key = `${position.topicId}:${position.actorId}:${position.perspectiveId}`;
    const current = positions.get(key);
    if (!current || isLater(position, current)) positions.set(key, position);
  }
  return {
    actors: byId(backup.actors),
    relations: byId(backup.relations),
    perspectives: byId(backup.perspectives),
    assessments: byId(backup.assessments),
    topics: byId(backup.topics),
    positions,
  };
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const record of records) map.set(record.id, record);
  return map;
}

/**
 * Whether `a` is a later view than `b`. Both dates are ISO strings, so comparing the text compares the
 * moments; a missing one sorts first. The id decides last so two documents agree on "latest" whatever order
 * their positions are stored in.
 */
function isLater(a: Position, b: Position): boolean {
  const onA = a.assessedOn ?? '';
  const onB = b.assessedOn ?? '';
  if (onA !== onB) return onA > onB;
  const createdA = a.createdAt ?? '';
  const createdB = b.createdAt ?? '';
  if (createdA !== createdB) return createdA > createdB;
  return a.id > b.id;
}

// ─── comparing ────────────────────────────────────────────────────────────────────────────────────────────

interface KindRules<T> {
  compare: (from: T, to: T) => FieldChange[];
  /** The label of a record, with the names of the document it comes from. */
  label: (record: T, document: DocumentIndex) => string;
}

function diffRecords<T>(
  from: Map<string, T>,
  to: Map<string, T>,
  fromDocument: DocumentIndex,
  toDocument: DocumentIndex,
  rules: KindRules<T>,
): RecordChanges {
  const added: DiffRecord[] = [];
  const removed: DiffRecord[] = [];
  const changed: ChangedRecord[] = [];
  for (const [id, after] of to) {
    const before = from.get(id);
    if (before === undefined) {
      added.push({ id, label: rules.label(after, toDocument) });
      continue;
    }
    const changes = rules.compare(before, after);
    if (changes.length > 0) changed.push({ id, label: rules.label(after, toDocument), changes });
  }
  for (const [id, before] of from) {
    if (!to.has(id)) removed.push({ id, label: rules.label(before, fromDocument) });
  }
  return { added: added.sort(byLabel), removed: removed.sort(byLabel), changed: changed.sort(byLabel) };
}

/**
 * Every differing field but the bookkeeping ones, `from`'s keys in their order, then keys only in `to`.
 * `defaults` stands in for a field a record leaves out that means the same as a given value.
 */
function recordChanges(
  from: object,
  to: object,
  defaults?: Readonly<Record<string, unknown>>,
): FieldChange[] {
  const before = from as Record<string, unknown>;
  const after = to as Record<string, unknown>;
  const changes: FieldChange[] = [];
  for (const field of Object.keys(before)) {
    if (!BOOKKEEPING.has(field)) compareField(before, after, field, changes, defaults);
  }
  for (const field of Object.keys(after)) {
    if (!BOOKKEEPING.has(field) && !Object.hasOwn(before, field)) {
      compareField(before, after, field, changes, defaults);
    }
  }
  return changes;
}

/** The named fields only, in the order given. */
function fieldChanges(from: object, to: object, fields: readonly string[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    compareField(from as Record<string, unknown>, to as Record<string, unknown>, field, changes);
  }
  return changes;
}

function compareField(
  from: Record<string, unknown>,
  to: Record<string, unknown>,
  field: string,
  changes: FieldChange[],
  defaults?: Readonly<Record<string, unknown>>,
): void {
  const before = from[field] === undefined ? defaults?.[field] : from[field];
  const after = to[field] === undefined ? defaults?.[field] : to[field];
  // Missing on one side only is a change even when the other side is null; undefined would vanish from
  // the JSON a diff is sent as, so a missing value is written as null.
  const missingBefore = before === undefined;
  const missingAfter = after === undefined;
  if (missingBefore && missingAfter) return;
  if (missingBefore !== missingAfter || !deepEqual(before, after)) {
    changes.push({ field, from: missingBefore ? null : before, to: missingAfter ? null : after });
  }
}

/** Structural equality of JSON values: arrays element by element in order, plain objects key by key. */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!deepEqual(a[index], b[index])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) if (!Object.hasOwn(right, key) || !deepEqual(left[key], right[key])) return false;
  return true;
}

// ─── labels ───────────────────────────────────────────────────────────────────────────────────────────────

function actorName(id: string, document: DocumentIndex): string {
  return document.actors.get(id)?.name ?? id;
}

function perspectiveName(id: string, document: DocumentIndex): string {
  return document.perspectives.get(id)?.name ?? id;
}

function relationLabel(relation: Relation, document: DocumentIndex): string {
  return `${actorName(relation.sourceId, document)} → ${actorName(relation.targetId, document)} (${relation.type})`;
}

/** By label as a Dutch reader sorts, then by id so records with one label keep a fixed order. */
function byLabel(a: DiffRecord, b: DiffRecord): number {
  return dutch.compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
