/**
 * The database schema, from which drizzle-kit writes the SQL migrations in `drizzle/`. Every domain rule
 * that a row can break on its own is also a constraint here, so the database refuses what validation would,
 * whoever writes to it: enumerations, lengths, control characters, strength 1–5, no self-relation, dates in
 * order, and — through composite foreign keys on (workspace_id, actor id) — both ends of a relation in the
 * relation's own werkruimte (and saved map positions of the position's own werkruimte). Label lists are checked by `kv_valid_labels`, created in migration 0000.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ACTOR_KINDS,
  AUDIT_VIA,
  CLAIM_ORIGINS,
  CONTACT_RETENTION_DAYS_MAX,
  CONTRIBUTION_KINDS,
  CONTRIBUTION_STATUSES,
  COORDINATE_MAX,
  DOMAINS,
  EMAIL_MAX,
  FORCES,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  LABEL_MAX,
  LAYOUTS,
  LIST_MAX,
  MEETING_GROUP_NAME_MAX,
  MEETING_NAME_MAX,
  MEETING_NICKNAME_MAX,
  MEETING_STATES,
  MOVEMENTS,
  NAME_MAX,
  PARTNER_SCALE_MAX,
  PARTNER_SCALE_MIN,
  POWER_MAX,
  POWER_MIN,
  PROFILE_FIELDS,
  PROPOSAL_STATUSES,
  REACTION_VERDICTS,
  RELATION_TYPES,
  ROLES,
  SCALES,
  SNAPSHOT_NAME_MAX,
  SNAPSHOT_REASONS,
  SNAPSHOT_SCHEDULES,
  SOURCE_MAX,
  STANCE_MAX,
  STANCE_MIN,
  STRENGTH_MAX,
  STRENGTH_MIN,
  SURVEY_QUESTIONS,
  SURVEY_RESPONDENTS_MAX,
  SURVEY_ROSTERS,
  SURVEY_STATES,
  SURVEY_TOPICS_MAX,
  TEXT_MAX,
  TOPIC_STATUSES,
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
    snapshotSchedule: text('snapshot_schedule').notNull().default('none'),
    /**
     * The schedule's due dates count from here: when the werkruimte was made, its schedule last changed or
     * its last scheduled momentopname was taken (domain/snapshot-schedule.ts). Kept in the store only.
     */
    snapshotScheduleFrom: timestamp('snapshot_schedule_from', { withTimezone: true, mode: 'string' })
      .notNull()
      .defaultNow(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  () => [
    nameCheck('workspaces', 'name'),
    labelsCheck('workspaces', 'wijken'),
    textCheck('workspaces', 'description'),
    enumCheck('workspaces', 'snapshot_schedule', SNAPSHOT_SCHEDULES),
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
    ...PROFILE_FIELDS.map((column) => textCheck('actors', column)),
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
    sources: text('sources').array().notNull().default(sql`'{}'::text[]`),
    /**
     * False for a relatie first named by someone else (an uitvraag's respondent): it is then not the
     * editors' claim until they assess it themselves (see analysis/claims/effective-map.ts).
     */
    claimedByEditors: boolean('claimed_by_editors').notNull().default(true),
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
    labelsCheck('relations', 'sources', SOURCE_MAX),
  ],
);

/**
 * Perspectives: the groups that make claims. `editors` marks the werkruimte's own editors' view (one per
 * werkruimte, a partial unique index); names are unique per werkruimte whatever their case, so a claim's
 * "who says so" is never ambiguous.
 */
export const perspectives = pgTable(
  'perspectives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    force: text('force'),
    description: text('description').notNull().default(''),
    editors: boolean('editors').notNull().default(false),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    // The target of the claims' composite foreign keys: (workspace, perspective) pairs.
    unique('perspectives_workspace_id_id_key').on(t.workspaceId, t.id),
    uniqueIndex('perspectives_workspace_name_key').on(t.workspaceId, sql`lower(${t.name})`),
    uniqueIndex('perspectives_workspace_editors_key').on(t.workspaceId).where(sql`editors`),
    nameCheck('perspectives', 'name'),
    check('perspectives_force_check', sql.raw(`force is null or force in (${sqlList(FORCES)})`)),
    textCheck('perspectives', 'description'),
  ],
);

/**
 * One perspective's assessment of one relatie: present or denied, strength, PARTNER trust and value. At
 * most one per relatie and perspective; the perspective belongs to the assessment's own werkruimte (a
 * composite key), and the assessment goes when the relatie or the perspective goes.
 */
export const relationAssessments = pgTable(
  'relation_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id').notNull(),
    // A plain key to the relatie: a composite one would need a second unique index on relaties, which
    // slows every bulk import; the store takes the workspace from the relatie itself.
    relationId: uuid('relation_id')
      .notNull()
      .references(() => relations.id, { onDelete: 'cascade' }),
    perspectiveId: uuid('perspective_id').notNull(),
    present: boolean('present').notNull().default(true),
    strength: smallint('strength'),
    trust: smallint('trust'),
    value: smallint('value'),
    note: text('note').notNull().default(''),
    source: text('source'),
    origin: text('origin').notNull().default('editor'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** The uitvraag respondent whose answer this is (origin `survey`); their answers replace their claims. */
    respondentId: uuid('respondent_id').references(() => surveyRespondents.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    foreignKey({
      name: 'relation_assessments_perspective_fk',
      columns: [t.workspaceId, t.perspectiveId],
      foreignColumns: [perspectives.workspaceId, perspectives.id],
    }).onDelete('cascade'),
    unique('relation_assessments_relation_perspective_key').on(t.relationId, t.perspectiveId),
    index('relation_assessments_workspace_perspective_idx').on(t.workspaceId, t.perspectiveId),
    index('relation_assessments_respondent_idx').on(t.respondentId),
    check(
      'relation_assessments_strength_check',
      sql.raw(`strength is null or strength between ${STRENGTH_MIN} and ${STRENGTH_MAX}`),
    ),
    check(
      'relation_assessments_scales_check',
      sql.raw(
        `(trust is null or trust between ${PARTNER_SCALE_MIN} and ${PARTNER_SCALE_MAX}) and (value is null or value between ${PARTNER_SCALE_MIN} and ${PARTNER_SCALE_MAX})`,
      ),
    ),
    check(
      'relation_assessments_denied_check',
      sql.raw('present or (strength is null and trust is null and value is null)'),
    ),
    textCheck('relation_assessments', 'note'),
    check(
      'relation_assessments_source_check',
      sql.raw(
        `source is null or (char_length(source) between 1 and ${SOURCE_MAX} and source !~ '[\\x01-\\x1f\\x7f-\\x9f]')`,
      ),
    ),
    enumCheck('relation_assessments', 'origin', CLAIM_ORIGINS),
  ],
);

/** Vraagstukken: the questions a werkruimte works on. */
export const topics = pgTable(
  'topics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    status: text('status').notNull().default('actief'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique('topics_workspace_id_id_key').on(t.workspaceId, t.id),
    nameCheck('topics', 'name'),
    textCheck('topics', 'description'),
    enumCheck('topics', 'status', TOPIC_STATUSES),
  ],
);

/**
 * Positions on a vraagstuk: per speler and perspective, dated, append-only (a new view is a new row; the
 * latest per speler and perspective is the current one). Speler, vraagstuk and perspective all belong to
 * the position's own werkruimte.
 */
export const topicPositions = pgTable(
  'topic_positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id').notNull(),
    topicId: uuid('topic_id').notNull(),
    actorId: uuid('actor_id').notNull(),
    perspectiveId: uuid('perspective_id').notNull(),
    invloed: smallint('invloed').notNull(),
    belang: smallint('belang').notNull(),
    standpunt: smallint('standpunt').notNull(),
    beweging: text('beweging'),
    reasoning: text('reasoning').notNull().default(''),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull().default(sql`current_date`),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /**
     * The uitvraag respondent whose answer this is: within one round their answer is their current view,
     * so each save replaces their positions; a later round adds new dated ones.
     */
    respondentId: uuid('respondent_id').references(() => surveyRespondents.id, { onDelete: 'set null' }),
  },
  (t) => [
    foreignKey({
      name: 'topic_positions_topic_fk',
      columns: [t.workspaceId, t.topicId],
      foreignColumns: [topics.workspaceId, topics.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'topic_positions_actor_fk',
      columns: [t.workspaceId, t.actorId],
      foreignColumns: [actors.workspaceId, actors.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'topic_positions_perspective_fk',
      columns: [t.workspaceId, t.perspectiveId],
      foreignColumns: [perspectives.workspaceId, perspectives.id],
    }).onDelete('cascade'),
    index('topic_positions_topic_actor_idx').on(t.topicId, t.actorId, t.perspectiveId, t.assessedOn),
    index('topic_positions_respondent_idx').on(t.respondentId),
    check('topic_positions_invloed_check', sql.raw(`invloed between ${POWER_MIN} and ${POWER_MAX}`)),
    check('topic_positions_belang_check', sql.raw(`belang between ${POWER_MIN} and ${POWER_MAX}`)),
    check('topic_positions_standpunt_check', sql.raw(`standpunt between ${STANCE_MIN} and ${STANCE_MAX}`)),
    check(
      'topic_positions_beweging_check',
      sql.raw(`beweging is null or beweging in (${sqlList(MOVEMENTS)})`),
    ),
    textCheck('topic_positions', 'reasoning'),
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

/**
 * Accounts. The e-mail is stored lower-cased and unique. `password_hash` is a self-describing scrypt string
 * (services/passwords.ts); it is null for accounts that log in only through OpenID Connect, which are
 * known by their issuer and subject.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash'),
    isAdmin: boolean('is_admin').notNull().default(false),
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
    ...timestamps,
  },
  (t) => [
    unique('users_email_key').on(t.email),
    unique('users_oidc_key').on(t.oidcIssuer, t.oidcSubject),
    check(
      'users_email_check',
      sql.raw(`email = lower(email) and char_length(email) between 3 and ${EMAIL_MAX}`),
    ),
    nameCheck('users', 'display_name', 100),
    check('users_oidc_check', sql.raw('(oidc_issuer is null) = (oidc_subject is null)')),
  ],
);

/**
 * Server-side sessions. The id is the SHA-256 of the cookie's token, so a copy of this table cannot be
 * replayed as cookies. A session ends at `expires_at` or after the idle time since `last_seen_at`.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * OpenID Connect logins under way: the state, nonce and PKCE verifier of one authorisation request, kept
 * for ten minutes and used once. The id is the SHA-256 of the token in the browser's short-lived cookie,
 * so the browser that started the login is the only one that can finish it.
 */
export const oidcLogins = pgTable('oidc_logins', {
  id: text('id').primaryKey(),
  state: text('state').notNull(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
});

/** Who may work in a werkruimte, and in which role. */
export const workspaceMembers = pgTable(
  'workspace_members',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'workspace_members_pkey', columns: [t.workspaceId, t.userId] }),
    index('workspace_members_user_idx').on(t.userId),
    enumCheck('workspace_members', 'role', ROLES),
  ],
);

/**
 * Invitation links: single use, expiring. Only the SHA-256 of the link's token is stored, so the table does
 * not hold working links.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    role: text('role').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'string' }),
    usedBy: uuid('used_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    unique('invitations_token_hash_key').on(t.tokenHash),
    index('invitations_workspace_idx').on(t.workspaceId),
    enumCheck('invitations', 'role', ROLES),
  ],
);

/**
 * The audit trail: one row per change, written in the same transaction as the change. Append-only: a
 * trigger (migration 0004) refuses UPDATE and DELETE, and no API route writes here except by making a
 * change. It has no foreign keys on purpose: it outlives the records (and users) it describes, and a
 * cascade would have to edit it. `actor_ids` lists the spelers a change touched, for each speler's history.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: uuid('workspace_id'),
    userId: uuid('user_id'),
    /** How the change came in: `api` (a signed-in user), `cli` (the command line), `system` (demo seed). */
    via: text('via').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    actorIds: uuid('actor_ids').array().notNull().default(sql`'{}'::uuid[]`),
    before: jsonb('before'),
    after: jsonb('after'),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_events_workspace_idx').on(t.workspaceId, t.id),
    index('audit_events_actor_ids_idx').using('gin', t.actorIds),
    enumCheck('audit_events', 'via', AUDIT_VIA),
  ],
);

/**
 * Uitvragen: survey rounds of a werkruimte. A closed round stays as the dated record of what was answered.
 */
export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    intro: text('intro').notNull().default(''),
    opensOn: date('opens_on', { mode: 'string' }),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    relationTypes: text('relation_types').array().notNull(),
    questions: text('questions').array().notNull(),
    /**
     * The vraagstukken on which respondents place the spelers they know. An array rather than a join table:
     * a round asks about a handful, always read and written whole; deleting a vraagstuk takes it out here
     * (store/topics.ts) in the same transaction.
     */
    topicIds: uuid('topic_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** Which spelers can be named (domain/survey.ts SURVEY_ROSTERS); the chosen ones in roster_actor_ids. */
    roster: text('roster').notNull().default('all'),
    rosterActorIds: uuid('roster_actor_ids').array().notNull().default(sql`'{}'::uuid[]`),
    contactRetentionDays: integer('contact_retention_days').notNull(),
    state: text('state').notNull().default('concept'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique('surveys_workspace_id_id_key').on(t.workspaceId, t.id),
    nameCheck('surveys', 'title'),
    textCheck('surveys', 'intro'),
    enumCheck('surveys', 'state', SURVEY_STATES),
    check(
      'surveys_relation_types_check',
      sql.raw(
        `cardinality(relation_types) >= 1 and relation_types <@ array[${sqlList(RELATION_TYPES)}]::text[] and array_position(relation_types, null) is null`,
      ),
    ),
    check(
      'surveys_questions_check',
      sql.raw(
        `questions <@ array[${sqlList(SURVEY_QUESTIONS)}]::text[] and array_position(questions, null) is null`,
      ),
    ),
    check(
      'surveys_retention_check',
      sql.raw(`contact_retention_days between 0 and ${CONTACT_RETENTION_DAYS_MAX}`),
    ),
    check('surveys_dates_check', sql.raw('opens_on is null or opens_on <= closes_on')),
    enumCheck('surveys', 'roster', SURVEY_ROSTERS),
    check(
      'surveys_roster_actor_ids_check',
      sql.raw(
        `cardinality(roster_actor_ids) <= ${SURVEY_RESPONDENTS_MAX} and array_position(roster_actor_ids, null) is null`,
      ),
    ),
    check(
      'surveys_topic_ids_check',
      sql.raw(`cardinality(topic_ids) <= ${SURVEY_TOPICS_MAX} and array_position(topic_ids, null) is null`),
    ),
  ],
);

/**
 * Who answers an uitvraag: one respondent per speler and round, answering as the speler's perspective.
 * Only the SHA-256 of the personal link's token is stored. `answers` is the respondent's whole answer
 * document (domain/survey.ts), replaced at every save; contact data lives apart in survey_contacts.
 */
export const surveyRespondents = pgTable(
  'survey_respondents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    actorId: uuid('actor_id').notNull(),
    perspectiveId: uuid('perspective_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    answers: jsonb('answers').notNull(),
    tieCount: integer('tie_count').notNull().default(0),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'string' }),
    openedAt: timestamp('opened_at', { withTimezone: true, mode: 'string' }),
    savedAt: timestamp('saved_at', { withTimezone: true, mode: 'string' }),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'string' }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'survey_respondents_survey_fk',
      columns: [t.workspaceId, t.surveyId],
      foreignColumns: [surveys.workspaceId, surveys.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'survey_respondents_actor_fk',
      columns: [t.workspaceId, t.actorId],
      foreignColumns: [actors.workspaceId, actors.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'survey_respondents_perspective_fk',
      columns: [t.workspaceId, t.perspectiveId],
      foreignColumns: [perspectives.workspaceId, perspectives.id],
    }).onDelete('cascade'),
    unique('survey_respondents_token_hash_key').on(t.tokenHash),
    unique('survey_respondents_survey_actor_key').on(t.surveyId, t.actorId),
    index('survey_respondents_actor_idx').on(t.workspaceId, t.actorId),
    check('survey_respondents_answers_check', sql.raw(`jsonb_typeof(answers) = 'object'`)),
  ],
);

/**
 * A respondent's contact data (AVG): kept apart from the map and the answers, read only by eigenaars, and
 * deleted by the coordinator or after the round's retention period without touching the answers.
 */
export const surveyContacts = pgTable(
  'survey_contacts',
  {
    respondentId: uuid('respondent_id')
      .primaryKey()
      .references(() => surveyRespondents.id, { onDelete: 'cascade' }),
    name: text('name'),
    email: text('email'),
  },
  () => [
    check(
      'survey_contacts_name_check',
      sql.raw(
        `name is null or (char_length(name) between 1 and ${NAME_MAX} and name !~ '[\\x01-\\x1f\\x7f-\\x9f]')`,
      ),
    ),
    check(
      'survey_contacts_email_check',
      sql.raw(`email is null or char_length(email) between 3 and ${EMAIL_MAX}`),
    ),
  ],
);

/**
 * Spelers that respondents missed in the roster, one row per round and name (whatever its case): the
 * coordinator accepts one (a new speler), merges it with an existing speler, or rejects it. Until then the
 * ties to it wait in the answers and are not on the map.
 */
export const surveyProposals = pgTable(
  'survey_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    name: text('name').notNull(),
    force: text('force').notNull(),
    status: text('status').notNull().default('open'),
    actorId: uuid('actor_id').references(() => actors.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'survey_proposals_survey_fk',
      columns: [t.workspaceId, t.surveyId],
      foreignColumns: [surveys.workspaceId, surveys.id],
    }).onDelete('cascade'),
    uniqueIndex('survey_proposals_survey_name_key').on(t.surveyId, sql`lower(${t.name})`),
    nameCheck('survey_proposals', 'name'),
    enumCheck('survey_proposals', 'force', FORCES),
    enumCheck('survey_proposals', 'status', PROPOSAL_STATUSES),
  ],
);

/**
 * Bijeenkomsten: live meetings in which participants add to the map by code. The code is unique across the
 * installation (a participant has nothing else to name the meeting by). A closed meeting keeps its groups,
 * participants and contributions as the record of what was said.
 */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    topicId: uuid('topic_id').references(() => topics.id, { onDelete: 'set null' }),
    code: text('code').notNull(),
    state: text('state').notNull().default('planned'),
    autoAccept: boolean('auto_accept').notNull().default(false),
    openedAt: timestamp('opened_at', { withTimezone: true, mode: 'string' }),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique('meetings_workspace_id_id_key').on(t.workspaceId, t.id),
    unique('meetings_code_key').on(t.code),
    nameCheck('meetings', 'name', MEETING_NAME_MAX),
    textCheck('meetings', 'description'),
    enumCheck('meetings', 'state', MEETING_STATES),
    check('meetings_code_check', sql.raw(`code ~ '^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$'`)),
  ],
);

/** The groups a participant can speak for; each group's accepted contributions are its perspective's claims. */
export const meetingGroups = pgTable(
  'meeting_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id').notNull(),
    meetingId: uuid('meeting_id').notNull(),
    name: text('name').notNull(),
    force: text('force').notNull(),
    position: smallint('position').notNull(),
    perspectiveId: uuid('perspective_id').references(() => perspectives.id, { onDelete: 'set null' }),
  },
  (t) => [
    foreignKey({
      name: 'meeting_groups_meeting_fk',
      columns: [t.workspaceId, t.meetingId],
      foreignColumns: [meetings.workspaceId, meetings.id],
    }).onDelete('cascade'),
    uniqueIndex('meeting_groups_meeting_name_key').on(t.meetingId, sql`lower(${t.name})`),
    nameCheck('meeting_groups', 'name', MEETING_GROUP_NAME_MAX),
    enumCheck('meeting_groups', 'force', FORCES),
  ],
);

/** Who joined: a group, an optional nickname, and the SHA-256 of the participant's token. */
export const meetingParticipants = pgTable(
  'meeting_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => meetingGroups.id, { onDelete: 'cascade' }),
    nickname: text('nickname'),
    tokenHash: text('token_hash').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    unique('meeting_participants_token_hash_key').on(t.tokenHash),
    index('meeting_participants_meeting_idx').on(t.meetingId, t.groupId),
    check(
      'meeting_participants_nickname_check',
      sql.raw(
        `nickname is null or (char_length(nickname) between 1 and ${MEETING_NICKNAME_MAX} and nickname !~ '[\\x01-\\x1f\\x7f-\\x9f]')`,
      ),
    ),
  ],
);

/**
 * What participants send. `content` is the contribution as sent (domain/meeting.ts), `actor_id` and
 * `relation_id` what it became on the map once accepted or merged.
 */
export const meetingContributions = pgTable(
  'meeting_contributions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id').notNull(),
    meetingId: uuid('meeting_id').notNull(),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => meetingParticipants.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => meetingGroups.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    content: jsonb('content').notNull(),
    status: text('status').notNull().default('pending'),
    actorId: uuid('actor_id').references(() => actors.id, { onDelete: 'set null' }),
    relationId: uuid('relation_id').references(() => relations.id, { onDelete: 'set null' }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'meeting_contributions_meeting_fk',
      columns: [t.workspaceId, t.meetingId],
      foreignColumns: [meetings.workspaceId, meetings.id],
    }).onDelete('cascade'),
    index('meeting_contributions_meeting_idx').on(t.meetingId, t.createdAt),
    index('meeting_contributions_participant_idx').on(t.participantId, t.createdAt),
    index('meeting_contributions_relation_idx').on(t.relationId),
    enumCheck('meeting_contributions', 'kind', CONTRIBUTION_KINDS),
    enumCheck('meeting_contributions', 'status', CONTRIBUTION_STATUSES),
    check('meeting_contributions_content_check', sql.raw(`jsonb_typeof(content) = 'object'`)),
  ],
);

/** "Klopt" or "klopt niet" of one participant on one contribution. */
export const meetingReactions = pgTable(
  'meeting_reactions',
  {
    contributionId: uuid('contribution_id')
      .notNull()
      .references(() => meetingContributions.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => meetingParticipants.id, { onDelete: 'cascade' }),
    verdict: text('verdict').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'meeting_reactions_pkey', columns: [t.contributionId, t.participantId] }),
    enumCheck('meeting_reactions', 'verdict', REACTION_VERDICTS),
  ],
);

/**
 * The meeting's live stream, numbered: every change others should see is one row, written in the change's
 * own transaction, so a client that reconnects asks for the rows after the last id it saw. `audience` is
 * `all` (every participant and the facilitator) or `staff` (the facilitator, plus the participant in
 * `participant_id`, whose own contribution it is).
 */
export const meetingEvents = pgTable(
  'meeting_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    audience: text('audience').notNull(),
    participantId: uuid('participant_id'),
    payload: jsonb('payload').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('meeting_events_meeting_idx').on(t.meetingId, t.id),
    check('meeting_events_audience_check', sql.raw(`audience in ('all', 'staff')`)),
  ],
);

/** Bytes. Written and read as hex text by store/snapshots.ts (PGlite's own encoding is slow for megabytes). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * Momentopnames: a werkruimte's backup document, compressed, named and dated. Immutable (a trigger in the
 * migration refuses updates); an eigenaar may delete one. The counts and the size sit beside the contents
 * so a list of snapshots never reads them.
 */
export const snapshots = pgTable(
  'snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    reason: text('reason').notNull(),
    /** The uitvraag or bijeenkomst whose closing made it. */
    sourceId: uuid('source_id'),
    takenAt: timestamp('taken_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    counts: jsonb('counts').notNull(),
    bytes: integer('bytes').notNull(),
    content: bytea('content').notNull(),
  },
  (t) => [
    nameCheck('snapshots', 'name', SNAPSHOT_NAME_MAX),
    enumCheck('snapshots', 'reason', SNAPSHOT_REASONS),
    index('snapshots_workspace_idx').on(t.workspaceId, t.takenAt),
  ],
);
