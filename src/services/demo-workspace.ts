/**
 * The demo werkruimte "Voorbeeldgemeente" (data/demo/voorbeeldgemeente.json): loaded on first start when the
 * database has no werkruimte, and by `krachtenveld seed demo`. The file is validated with the same schemas
 * as the API, so a broken demo fails loudly with the entry at fault, and is written in one transaction.
 *
 * Format `krachtenveld-demo/2` adds to version 1's spelers and relaties the claims of issue 18, so the demo
 * shows in a minute how groups see the same field differently: perspectives (renaming one of the
 * perspectives every werkruimte starts with, or a new one), assessments of relaties by a perspective (the
 * relatie named by its ends and type), and vraagstukken with dated positions per speler and perspective.
 * A version-1 file still loads, without them.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  actorCreateSchema,
  assessmentCreateSchema,
  CLAIM_ORIGINS,
  DEFAULT_PERSPECTIVES,
  perspectiveCreateSchema,
  RELATION_TYPES,
  relationCreateFieldsSchema,
  topicCreateSchema,
  topicPositionCreateSchema,
  type Workspace,
  workspaceCreateSchema,
} from '../domain/index.ts';
import type { Backup } from '../formats/index.ts';
import type { Store } from '../store/index.ts';
import { type Author, recordChange, SYSTEM_AUTHOR } from './author.ts';
import { giveOwnership } from './map-changes.ts';
import { storeDocumentAsSnapshot } from './snapshots.ts';
import { exportBackup } from './workspace-backup.ts';

export const DEMO_FILE = fileURLToPath(new URL('../../data/demo/voorbeeldgemeente.json', import.meta.url));

const DEMO_FORMATS = ['krachtenveld-demo/1', 'krachtenveld-demo/2'] as const;

const key = z.string().min(1);
const keyed = { key };

/** A relatie of the file, named by its ends (speler keys) and its type: unique in the demo. */
const relationRefSchema = z.strictObject({ source: key, target: key, type: z.enum(RELATION_TYPES) });

/** A perspective of the demo: one the werkruimte starts with, renamed (`renames`: its default name), or new. */
const demoPerspectiveSchema = perspectiveCreateSchema.extend({
  ...keyed,
  renames: z
    .enum(DEFAULT_PERSPECTIVES.map((perspective) => perspective.name) as [string, ...string[]])
    .optional(),
});

/** Stands in for the perspective's id while the domain schema checks an assessment's own fields. */
const CHECK_ONLY_ID = '00000000-0000-4000-8000-000000000000';

/**
 * One assessment: which relatie, which perspective (key), how it came in, and the fields of the API's
 * assessment (present, strength, trust, value, note, source), checked by the domain's own schema.
 */
const demoAssessmentSchema = z
  .looseObject({
    relation: relationRefSchema,
    perspective: key,
    origin: z.enum(CLAIM_ORIGINS).default('import'),
  })
  .transform((entry, ctx) => {
    const { relation, perspective, origin, ...claim } = entry;
    const parsed = assessmentCreateSchema.safeParse({ ...claim, perspectiveId: CHECK_ONLY_ID });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      return z.NEVER;
    }
    const { perspectiveId: _checkOnly, ...fields } = parsed.data;
    return { relation, perspective, origin, ...fields };
  });

/** A position on a vraagstuk: the API's fields, with the speler and perspective by key. */
const demoPositionSchema = topicPositionCreateSchema
  .omit({ actorId: true, perspectiveId: true })
  .extend({ actor: key, perspective: key });

const demoTopicSchema = topicCreateSchema.extend({
  ...keyed,
  positions: z.array(demoPositionSchema).default([]),
});

const demoFileSchema = z
  .object({
    format: z.enum(DEMO_FORMATS),
    workspace: workspaceCreateSchema,
    actors: z.array(actorCreateSchema.extend(keyed)),
    relations: z.array(
      relationCreateFieldsSchema.omit({ sourceId: true, targetId: true }).extend({
        source: z.string(),
        target: z.string(),
      }),
    ),
    perspectives: z.array(demoPerspectiveSchema).default([]),
    assessments: z.array(demoAssessmentSchema).default([]),
    topics: z.array(demoTopicSchema).default([]),
  })
  .superRefine((demo, ctx) => {
    if (demo.format !== 'krachtenveld-demo/1') return;
    for (const part of ['perspectives', 'assessments', 'topics'] as const) {
      if (demo[part].length > 0)
        ctx.addIssue({ code: 'custom', path: [part], message: 'needs format krachtenveld-demo/2' });
    }
  });
export type DemoFile = z.infer<typeof demoFileSchema>;

export function readDemoFile(path = DEMO_FILE): DemoFile {
  const parsed = demoFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`The demo file ${path} is invalid:\n${where.join('\n')}`);
  }
  return parsed.data;
}

const relationLabel = (ref: { source: string; target: string; type: string }) =>
  `${ref.source} → ${ref.target} (${ref.type})`;

/**
 * Everything the file's keys point at, resolved before anything is written: an unknown key, a relatie
 * named twice, a perspective name taken twice or a second assessment of one relatie by one perspective is
 * an error naming the entry, not a half-checked transaction.
 */
function resolveDemo(demo: DemoFile) {
  const problem = (message: string) => new Error(`Demo file: ${message}`);
  const ids = new Map(demo.actors.map((actor) => [actor.key, randomUUID()]));
  const idOf = (key: string, where: string) => {
    const id = ids.get(key);
    if (!id) throw problem(`${where} names unknown actor key "${key}"`);
    return id;
  };
  const actors = demo.actors.map(({ key, ...actor }) => ({ ...actor, id: idOf(key, 'actor') }));
  const relationIds = new Map<string, string>();
  const relations = demo.relations.map(({ source, target, ...relation }, index) => {
    const id = randomUUID();
    const ref = relationLabel({ source, target, type: relation.type });
    if (relationIds.has(ref)) throw problem(`relations.${index} repeats the relatie ${ref}`);
    relationIds.set(ref, id);
    return {
      ...relation,
      id,
      sourceId: idOf(source, `relations.${index}`),
      targetId: idOf(target, `relations.${index}`),
    };
  });

  const perspectiveKeys = new Set<string>();
  const names = new Map(
    DEFAULT_PERSPECTIVES.map((perspective) => [perspective.name.toLowerCase(), perspective.name]),
  );
  const renamed = new Set<string>();
  demo.perspectives.forEach((perspective, index) => {
    const where = `perspectives.${index} ("${perspective.key}")`;
    if (perspectiveKeys.has(perspective.key)) throw problem(`${where} repeats the key`);
    perspectiveKeys.add(perspective.key);
    if (perspective.renames) {
      if (renamed.has(perspective.renames))
        throw problem(`${where} renames "${perspective.renames}", which another entry renames too`);
      renamed.add(perspective.renames);
      names.delete(perspective.renames.toLowerCase());
    }
    const taken = names.get(perspective.name.toLowerCase());
    if (taken !== undefined) throw problem(`${where} takes the name "${taken}", which a perspective has`);
    names.set(perspective.name.toLowerCase(), perspective.name);
  });
  const perspectiveKey = (key: string, where: string) => {
    if (!perspectiveKeys.has(key)) throw problem(`${where} names unknown perspective key "${key}"`);
    return key;
  };

  const assessed = new Set<string>();
  const assessments = demo.assessments.map(({ relation, perspective, origin, ...claim }, index) => {
    const where = `assessments.${index}`;
    const relationId = relationIds.get(relationLabel(relation));
    if (!relationId) throw problem(`${where} names no relatie of the demo: ${relationLabel(relation)}`);
    const once = `${relationId}|${perspective}`;
    if (assessed.has(once))
      throw problem(`${where}: "${perspective}" assessed ${relationLabel(relation)} already`);
    assessed.add(once);
    return { relationId, perspective: perspectiveKey(perspective, where), origin, claim };
  });

  const topicKeys = new Set<string>();
  const topics = demo.topics.map(({ key, positions, ...topic }, index) => {
    if (topicKeys.has(key)) throw problem(`topics.${index} ("${key}") repeats the key`);
    topicKeys.add(key);
    return {
      topic,
      positions: positions.map(({ actor, perspective, ...position }, k) => {
        const where = `topics.${index}.positions.${k}`;
        return {
          ...position,
          actorId: idOf(actor, where),
          perspective: perspectiveKey(perspective, where),
        };
      }),
    };
  });
  return { actors, relations, assessments, topics };
}

/** Writes the demo as a new werkruimte, all or nothing. */
export async function loadDemoWorkspace(
  store: Store,
  author: Author = SYSTEM_AUTHOR,
  demo: DemoFile = readDemoFile(),
): Promise<Workspace> {
  const { actors, relations, assessments, topics } = resolveDemo(demo);
  return store.transaction(async (tx) => {
    const workspace = await tx.workspaces.create(demo.workspace);
    await giveOwnership(tx, author, workspace.id);
    await tx.bulk.insertActors(workspace.id, actors);
    await tx.bulk.insertRelations(workspace.id, relations);

    // The perspectives every werkruimte starts with, renamed where the demo says so; then new ones.
    const existing = new Map(
      (await tx.perspectives.listAll(workspace.id)).map((perspective) => [perspective.name, perspective]),
    );
    const perspectiveIds = new Map<string, string>();
    let renamedCount = 0;
    for (const { key, renames, ...fields } of demo.perspectives) {
      const current = renames ? existing.get(renames) : undefined;
      const written = current
        ? await tx.perspectives.update(workspace.id, current.id, { ...fields, version: current.version })
        : await tx.perspectives.create(workspace.id, fields);
      if (current) renamedCount += 1;
      perspectiveIds.set(key, written.id);
    }
    const perspectiveId = (key: string) => perspectiveIds.get(key) as string;

    // Claims from the demo file belong to no account (like claims read from any other file).
    for (const { relationId, perspective, origin, claim } of assessments) {
      await tx.assessments.create(
        workspace.id,
        relationId,
        { ...claim, perspectiveId: perspectiveId(perspective) },
        { origin, createdBy: null },
      );
    }
    let positionCount = 0;
    for (const { topic, positions } of topics) {
      const created = await tx.topics.create(workspace.id, topic);
      const written = await tx.topics.addPositions(
        workspace.id,
        created.id,
        positions.map(({ perspective, ...position }) => ({
          ...position,
          perspectiveId: perspectiveId(perspective),
        })),
        null,
        true,
      );
      positionCount += written.length;
    }

    // One event for the whole demo, as for any import: the history starts with it.
    await recordChange(tx, author, {
      workspaceId: workspace.id,
      action: 'workspace.import',
      entityType: 'workspace',
      entityId: workspace.id,
      actorIds: actors.map((actor) => actor.id),
      before: null,
      after: {
        files: ['demo'],
        actors: { created: actors.length, updated: 0 },
        relations: { created: relations.length, updated: 0 },
        ...(demo.perspectives.length > 0
          ? { perspectives: { created: demo.perspectives.length - renamedCount, updated: renamedCount } }
          : {}),
        ...(assessments.length > 0 ? { assessments: { created: assessments.length, updated: 0 } } : {}),
        ...(topics.length > 0
          ? {
              topics: { created: topics.length, updated: 0 },
              positions: { created: positionCount, updated: 0 },
            }
          : {}),
      },
    });

    // Two moments a year apart, so the Tijd section has something to compare from the first start.
    const now = new Date();
    const today = await exportBackup(tx, workspace, now);
    const yearAgo = new Date(now);
    yearAgo.setFullYear(now.getFullYear() - 1);
    await storeDocumentAsSnapshot(tx, workspace.id, demoYearBefore(today, yearAgo), {
      name: `Nulmeting ${yearAgo.getFullYear()}`,
      reason: 'manual',
      takenAt: yearAgo.toISOString(),
    });
    await storeDocumentAsSnapshot(tx, workspace.id, today, {
      name: `Stand ${now.getFullYear()}`,
      reason: 'manual',
    });
    return workspace;
  });
}

/** The speler the demo's story has start this year: a year ago it was not there, nor its ties. */
const NEW_THIS_YEAR = 'Sociaal makelaar';

/**
 * The demo werkruimte a year earlier, made from today's: before the sociaal makelaar started, and with one
 * in three of the ties between krachten a step weaker — the year the kokers began to work together.
 */
export function demoYearBefore(today: Backup, at: Date): Backup {
  const gone = new Set(today.actors.filter((actor) => actor.name === NEW_THIS_YEAR).map((actor) => actor.id));
  const force = new Map(today.actors.map((actor) => [actor.id, actor.force]));
  const name = new Map(today.actors.map((actor) => [actor.id, actor.name]));
  // Every third tie between krachten, counted in name order: ids are new on every load, names are not.
  const crossing = today.relations
    .filter(
      (relation) =>
        relation.type === 'werkt_samen' &&
        force.get(relation.sourceId) !== force.get(relation.targetId) &&
        relation.strength > 1 &&
        !gone.has(relation.sourceId) &&
        !gone.has(relation.targetId),
    )
    .map((relation) => ({
      id: relation.id,
      key: `${name.get(relation.sourceId)}→${name.get(relation.targetId)}`,
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const weaker = new Set(crossing.filter((_, index) => index % 3 === 0).map((relation) => relation.id));
  const relations = today.relations
    .filter((relation) => !gone.has(relation.sourceId) && !gone.has(relation.targetId))
    .map((relation) =>
      weaker.has(relation.id) ? { ...relation, strength: relation.strength - 1 } : relation,
    );
  const kept = new Set(relations.map((relation) => relation.id));
  return {
    ...today,
    exportedAt: at.toISOString(),
    actors: today.actors.filter((actor) => !gone.has(actor.id)),
    relations,
    assessments: today.assessments.filter((assessment) => kept.has(assessment.relationId)),
    positions: today.positions.filter((position) => !gone.has(position.actorId)),
    layouts: Object.fromEntries(
      Object.entries(today.layouts).map(([layout, positions]) => [
        layout,
        Object.fromEntries(Object.entries(positions ?? {}).filter(([id]) => !gone.has(id))),
      ]),
    ),
  };
}

/** First start: an empty database gets the demo, so a new user has something to look at. */
export async function seedDemoIfEmpty(store: Store): Promise<Workspace | null> {
  const { totalItems } = await store.workspaces.list({ page: 1, pageSize: 1 });
  return totalItems === 0 ? loadDemoWorkspace(store) : null;
}
