/**
 * The database schema, from which drizzle-kit writes the SQL migrations in `drizzle/`. Every domain rule
 * that a row can break on its own is also a constraint here, so the database refuses what validation would,
 * whoever writes to it: enumerations, lengths, control characters, strength 1–5, no self-relation, dates in
 * order, and — through composite foreign keys on (workspace_id, actor id) — both ends of a relation in the
 * relation's own werkruimte (and saved map positions of the position's own werkruimte). Label lists are checked by `kv_valid_labels`, created in migration 0000.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ACTOR_KINDS,
  COORDINATE_MAX,
  DOMAINS,
  FORCES,
  LABEL_MAX,
  LAYOUTS,
  LIST_MAX,
  NAME_MAX,
  RELATION_TYPES,
  SCALES,
  SOURCE_MAX,
  STRENGTH_MAX,
  STRENGTH_MIN,
  TEXT_MAX,
} from '../domain/index.ts';

/** `'a','b'` — only ever called with the domain's own constant vocabularies, never with user input. */
function sqlList(values: readonly string[]): string {
  return values.map((value) => `'${value}'`).join(', ');
}

/** A single-line name: trimmed, 1..max characters, no C0/C1 control characters. */
function nameCheck(table: string, column: string, max = NAME_MAX) {
  return check(
    `${table}_${column}_check`,
    sql.raw(
      `char_length(${column}) between 1 and ${max} and ${column} !~ '[\\x01-\\x1f\\x7f-\\x9f]' and ${column} = btrim(${column}, E' \\u00a0')`,
    ),
  );
}

function textCheck(table: string, column: string) {
  return check(`${table}_${column}_check`, sql.raw(`char_length(${column}) <= ${TEXT_MAX}`));
}

function labelsCheck(table: string, column: string, max = LABEL_MAX) {
  return check(
    `${table}_${column}_check`,
    sql.raw(`cardinality(${column}) <= ${LIST_MAX} and kv_valid_labels(${column}, ${max})`),
  );
}

function enumCheck(table: string, column: string, values: readonly string[]) {
  return check(`${table}_${column}_check`, sql.raw(`${column} in (${sqlList(values)})`));
}

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
};

/** Reference list of gemeenten, synchronised from data/gemeenten.csv at every start. */
export const gemeenten = pgTable(
  'gemeenten',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    provinceCode: text('province_code').notNull(),
    provinceName: text('province_name').notNull(),
    year: integer('year').notNull(),
  },
  () => [check('gemeenten_code_check', sql.raw(`code ~ '^GM[0-9]{4}$'`))],
);

export const workspaces = pgTable(
  'workspaces',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    gemeente: text('gemeente_code')
      .notNull()
      .references(() => gemeenten.code),
    wijken: text('wijken').array().notNull().default(sql`'{}'::text[]`),
    description: text('description').notNull().default(''),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  () => [
    nameCheck('workspaces', 'name'),
    labelsCheck('workspaces', 'wijken'),
    textCheck('workspaces', 'description'),
  ],
);

export const actors = pgTable(
  'actors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    force: text('force').notNull(),
    kind: text('kind').notNull(),
    achtergrond: text('achtergrond').notNull().default(''),
    motieven: text('motieven').notNull().default(''),
    kenmerken: text('kenmerken').notNull().default(''),
    perspectief: text('perspectief').notNull().default(''),
    rol: text('rol').notNull().default(''),
    belangen: text('belangen').notNull().default(''),
    domains: text('domains').array().notNull().default(sql`'{}'::text[]`),
    scale: text('scale'),
    wijken: text('wijken').array().notNull().default(sql`'{}'::text[]`),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    website: text('website'),
    sources: text('sources').array().notNull().default(sql`'{}'::text[]`),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    // The target of the relations' composite foreign keys: (workspace, actor) pairs.
    unique('actors_workspace_id_id_key').on(t.workspaceId, t.id),
    index('actors_workspace_name_idx').on(t.workspaceId, sql`lower(${t.name})`),
    nameCheck('actors', 'name'),
    enumCheck('actors', 'force', FORCES),
    enumCheck('actors', 'kind', ACTOR_KINDS),
    ...(['achtergrond', 'motieven', 'kenmerken', 'perspectief', 'rol', 'belangen'] as const).map((column) =>
      textCheck('actors', column),
    ),
    check(
      'actors_domains_check',
      sql.raw(`domains <@ array[${sqlList(DOMAINS)}]::text[] and array_position(domains, null) is null`),
    ),
    check('actors_scale_check', sql.raw(`scale is null or scale in (${sqlList(SCALES)})`)),
    labelsCheck('actors', 'wijken'),
    labelsCheck('actors', 'tags'),
    labelsCheck('actors', 'sources', SOURCE_MAX),
    check(
      'actors_website_check',
      sql.raw(`website is null or (website ~* '^https?://' and char_length(website) <= 2000)`),
    ),
  ],
);

export const relations = pgTable(
  'relations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // No foreign key of its own to workspaces: the two composite keys below already tie the relatie to
    // actors of this werkruimte (which belong to it, and cascade when it goes). A third check per row
    // made bulk imports about 15% slower on PGlite.
    workspaceId: uuid('workspace_id').notNull(),
    sourceId: uuid('source_id').notNull(),
    targetId: uuid('target_id').notNull(),
    type: text('type').notNull(),
    strength: smallint('strength').notNull().default(3),
    description: text('description').notNull().default(''),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    perspective: text('perspective'),
    sources: text('sources').array().notNull().default(sql`'{}'::text[]`),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    // Both ends must be actors of this relation's own werkruimte; deleting an actor deletes its relations.
    foreignKey({
      name: 'relations_source_fk',
      columns: [t.workspaceId, t.sourceId],
      foreignColumns: [actors.workspaceId, actors.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'relations_target_fk',
      columns: [t.workspaceId, t.targetId],
      foreignColumns: [actors.workspaceId, actors.id],
    }).onDelete('cascade'),
    index('relations_workspace_source_idx').on(t.workspaceId, t.sourceId),
    index('relations_workspace_target_idx').on(t.workspaceId, t.targetId),
    check('relations_no_self_check', sql.raw('source_id <> target_id')),
    enumCheck('relations', 'type', RELATION_TYPES),
    check('relations_strength_check', sql.raw(`strength between ${STRENGTH_MIN} and ${STRENGTH_MAX}`)),
    textCheck('relations', 'description'),
    check(
      'relations_dates_check',
      sql.raw('valid_from is null or valid_to is null or valid_from <= valid_to'),
    ),
    check(
      'relations_perspective_check',
      sql.raw(
        `perspective is null or (char_length(perspective) between 1 and ${NAME_MAX} and perspective !~ '[\\x01-\\x1f\\x7f-\\x9f]')`,
      ),
    ),
    labelsCheck('relations', 'sources', SOURCE_MAX),
  ],
);

/**
 * Saved map positions, per werkruimte, layout and speler. The composite foreign key keeps a position in its
 * speler's werkruimte; deleting a speler (or, through its spelers, a werkruimte) deletes its positions.
 */
export const actorPositions = pgTable(
  'actor_positions',
  {
    workspaceId: uuid('workspace_id').notNull(),
    actorId: uuid('actor_id').notNull(),
    layout: text('layout').notNull(),
    x: doublePrecision('x').notNull(),
    y: doublePrecision('y').notNull(),
  },
  (t) => [
    primaryKey({ name: 'actor_positions_pkey', columns: [t.workspaceId, t.layout, t.actorId] }),
    foreignKey({
      name: 'actor_positions_actor_fk',
      columns: [t.workspaceId, t.actorId],
      foreignColumns: [actors.workspaceId, actors.id],
    }).onDelete('cascade'),
    // For the cascade: deleting one speler must not scan every position of its werkruimte.
    index('actor_positions_workspace_actor_idx').on(t.workspaceId, t.actorId),
    enumCheck('actor_positions', 'layout', LAYOUTS),
    // PostgreSQL orders NaN above every number, so `abs(x) < max` also refuses NaN and ±Infinity.
    check(
      'actor_positions_coordinates_check',
      sql.raw(`abs(x) < ${COORDINATE_MAX} and abs(y) < ${COORDINATE_MAX}`),
    ),
  ],
);
