/**
 * The claims model read back from our own GEXF and GraphML files (written as claim-attributes.ts says):
 * the JSON of the perspectives and vraagstukken lists, of each edge's assessments and each node's
 * positions, as the import document's claims. Files of other tools have no such attributes and read as
 * before (network-document.ts).
 *
 * What is checked here is the shape, as for any reader: each JSON text passes json-guard.ts, is a list
 * within its cap (LIMITS: perspectives, vraagstukken, one assessment per perspective on an edge, and the
 * werkruimte's totals), and each item an object with only our keys, ids that are uuids and timestamps that
 * are timestamps. The domain rules are the import plan's. Issues are named inside the attribute, 1-based
 * like the nodes and edges: `edge.4.krachtenveld_oordelen.2.sterkte`, `graph.perspectieven.1.naam` (GEXF:
 * `keywords.perspectieven.1.naam`).
 */
import { z } from 'zod';
import { type IssueList, issuesFromZod } from '../../domain/index.ts';
import type {
  DocumentAssessment,
  DocumentNamed,
  DocumentPerspective,
  DocumentPosition,
  ImportDocument,
  Place,
} from '../import-document.ts';
import { LIMITS } from '../limits.ts';
import { CLAIM_TITLES, GRAPH_CLAIM_KEYS } from './claim-attributes.ts';
import { parseGuardedJson } from './json-guard.ts';
import type { RawEdge, RawNode } from './raw-graph.ts';

const uuid = z.uuid();
// PostgreSQL has no year 0, which ISO 8601 allows.
const timestamp = z.iso.datetime({ offset: true }).refine((value) => value >= '0001', 'invalid_value');
/** A field the plan checks against the domain rules; a missing one gives no field. */
const value = z.unknown().optional();

const perspectiveItem = z.strictObject({
  id: uuid,
  naam: value,
  kracht: value,
  beschrijving: value,
  redactie: z.boolean().optional(),
});
const topicItem = z.strictObject({ id: uuid, naam: value, beschrijving: value, status: value });
const assessmentItem = z.strictObject({
  perspectief: z.string().optional(),
  perspectief_id: uuid.optional(),
  bestaat: value,
  sterkte: value,
  vertrouwen: value,
  waarde: value,
  notitie: value,
  bron: value,
  herkomst: value,
  aangemaakt: timestamp.optional(),
  gewijzigd: timestamp.optional(),
});
const positionItem = z.strictObject({
  vraagstuk: z.string().optional(),
  vraagstuk_id: uuid.optional(),
  perspectief: z.string().optional(),
  perspectief_id: uuid.optional(),
  invloed: value,
  belang: value,
  standpunt: value,
  beweging: value,
  toelichting: value,
  datum: value,
  aangemaakt: timestamp.optional(),
});

/** The file's key → the domain field it fills. */
const FIELDS = {
  perspective: { naam: 'name', kracht: 'force', beschrijving: 'description' },
  topic: { naam: 'name', beschrijving: 'description', status: 'status' },
  assessment: {
    bestaat: 'present',
    sterkte: 'strength',
    vertrouwen: 'trust',
    waarde: 'value',
    notitie: 'note',
    bron: 'source',
    herkomst: 'origin',
    aangemaakt: 'createdAt',
    gewijzigd: 'updatedAt',
  },
  position: {
    invloed: 'invloed',
    belang: 'belang',
    standpunt: 'standpunt',
    beweging: 'beweging',
    toelichting: 'reasoning',
    datum: 'assessedOn',
    aangemaakt: 'createdAt',
  },
} as const satisfies Record<string, Record<string, string>>;

/** Domain field → the file's key, for the plan's issues; one object per kind, shared by every item. */
function columnsOf(fields: Record<string, string>, references: Record<string, string>): Place['columns'] {
  return { ...Object.fromEntries(Object.entries(fields).map(([key, field]) => [field, key])), ...references };
}
const COLUMNS = {
  perspective: columnsOf(FIELDS.perspective, { id: 'id' }),
  topic: columnsOf(FIELDS.topic, { id: 'id' }),
  assessment: columnsOf(FIELDS.assessment, { perspectiveId: 'perspectief' }),
  position: columnsOf(FIELDS.position, { topicId: 'vraagstuk', perspectiveId: 'perspectief' }),
};

/** The fields an item has (a key it lacks gives no field, so an update keeps what the record had). */
function pick(item: object, fields: Record<string, string>): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields))
    if (Object.hasOwn(item, key)) picked[field] = (item as Record<string, unknown>)[key];
  return picked;
}

/** Collects the claims of one file as its reader meets them, then adds them to the document. */
export class NetworkClaims {
  private readonly perspectives: DocumentPerspective[] = [];
  private readonly topics: DocumentNamed[] = [];
  private readonly assessments: DocumentAssessment[] = [];
  private readonly positions: DocumentPosition[] = [];
  /** Kinds whose cap was reported, so it is reported once. */
  private readonly full = new Set<string>();

  constructor(private readonly issues: IssueList) {}

  /** The graph-level lists, already parsed (GEXF keywords) or as JSON text (GraphML data). */
  graph(sheet: string, lists: { perspectives?: unknown; topics?: unknown }): void {
    const perspectives = this.list(
      lists.perspectives,
      `${sheet}.${GRAPH_CLAIM_KEYS.perspectives}`,
      LIMITS.perspectives,
    );
    perspectives.forEach((item, index) => {
      const parsed = this.check(perspectiveItem, item, perspectives.sheet, index + 1);
      if (!parsed) return;
      this.perspectives.push({
        key: parsed.id,
        id: parsed.id,
        fields: pick(item as object, FIELDS.perspective),
        ...(parsed.redactie ? { editors: true } : {}),
        place: { sheet: perspectives.sheet, row: index + 1, columns: COLUMNS.perspective },
      });
    });
    const topics = this.list(lists.topics, `${sheet}.${GRAPH_CLAIM_KEYS.topics}`, LIMITS.topics);
    topics.forEach((item, index) => {
      const parsed = this.check(topicItem, item, topics.sheet, index + 1);
      if (!parsed) return;
      this.topics.push({
        key: parsed.id,
        id: parsed.id,
        fields: pick(item as object, FIELDS.topic),
        place: { sheet: topics.sheet, row: index + 1, columns: COLUMNS.topic },
      });
    });
  }

  /** One edge's assessments; `key` is how the document's relatie for this edge is known. */
  edge(edge: RawEdge, key: string): void {
    const text = edge.values.get(CLAIM_TITLES.assessments);
    if (text === undefined) return;
    // One assessment per perspective on a relatie.
    const items = this.list(text, `edge.${edge.row}.${CLAIM_TITLES.assessments}`, LIMITS.perspectives);
    items.forEach((item, index) => {
      const parsed = this.check(assessmentItem, item, items.sheet, index + 1);
      if (!parsed || !this.room(this.assessments.length, LIMITS.assessments, 'edge')) return;
      this.assessments.push({
        relation: { key },
        perspective: { key: parsed.perspectief_id, name: parsed.perspectief },
        fields: pick(item as object, FIELDS.assessment),
        place: { sheet: items.sheet, row: index + 1, columns: COLUMNS.assessment },
      });
    });
  }

  /** One node's positions. */
  node(node: RawNode): void {
    const text = node.values.get(CLAIM_TITLES.positions);
    if (text === undefined) return;
    const items = this.list(text, `node.${node.row}.${CLAIM_TITLES.positions}`, LIMITS.positions);
    items.forEach((item, index) => {
      const parsed = this.check(positionItem, item, items.sheet, index + 1);
      if (!parsed || !this.room(this.positions.length, LIMITS.positions, 'node')) return;
      this.positions.push({
        topic: { key: parsed.vraagstuk_id, name: parsed.vraagstuk },
        actor: { key: node.id },
        perspective: { key: parsed.perspectief_id, name: parsed.perspectief },
        fields: pick(item as object, FIELDS.position),
        place: { sheet: items.sheet, row: index + 1, columns: COLUMNS.position },
      });
    });
  }

  /** Adds what was read; a file that lists perspectives lists them whole, as a backup does. */
  addTo(document: ImportDocument): void {
    if (this.perspectives.length > 0) {
      document.perspectives = this.perspectives;
      document.perspectivesComplete = true;
    }
    if (this.topics.length > 0) document.topics = this.topics;
    if (this.assessments.length > 0) document.assessments = this.assessments;
    if (this.positions.length > 0) document.positions = this.positions;
  }

  /** A list from JSON text or a parsed value, or none (with its issue). */
  private list(source: unknown, sheet: string, maximum: number): unknown[] & { sheet: string } {
    const none = Object.assign([], { sheet });
    if (source === undefined) return none;
    let value: unknown = source;
    if (typeof source === 'string') {
      const parsed = parseGuardedJson(source, sheet);
      if (!parsed.ok) {
        this.issues.push(parsed.issue);
        return none;
      }
      value = parsed.value;
    }
    if (!Array.isArray(value)) {
      this.issues.push({ path: sheet, code: 'invalid_type', params: { expected: 'array' } });
      return none;
    }
    if (value.length > maximum) {
      this.issues.push({ path: sheet, code: 'too_many_rows', params: { maximum } });
      return none;
    }
    return Object.assign(value, { sheet });
  }

  private check<T>(schema: z.ZodType<T>, item: unknown, sheet: string, row: number): T | undefined {
    const parsed = schema.safeParse(item);
    if (parsed.success) return parsed.data;
    for (const issue of issuesFromZod(parsed.error, item))
      this.issues.push({ ...issue, path: issue.path ? `${sheet}.${row}.${issue.path}` : `${sheet}.${row}` });
    return undefined;
  }

  /** False (once with an issue) when the werkruimte's cap on a kind of claim is reached. */
  private room(count: number, maximum: number, sheet: string): boolean {
    if (count < maximum) return true;
    if (!this.full.has(sheet)) {
      this.full.add(sheet);
      this.issues.push({ path: sheet, code: 'too_many_rows', params: { maximum } });
    }
    return false;
  }
}
