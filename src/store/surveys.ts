/**
 * Uitvragen, their respondents, contact data and proposed spelers. Every query is scoped by workspace id,
 * except the one lookup a personal link needs (`findByToken`), which goes by the token's hash and returns
 * the werkruimte it belongs to. Contact data is read only where a caller asks for it (`withContacts`).
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import {
  ConflictError,
  type Force,
  PROFILE_FIELDS,
  type ProfileField,
  type ProposalStatus,
  type RelationType,
  type Respondent,
  type RespondentStatus,
  type Survey,
  type SurveyAnswers,
  type SurveyCreate,
  type SurveyQuestion,
  type SurveyRoster,
  type SurveyState,
  type SurveyUpdate,
  VersionConflictError,
} from '../domain/index.ts';
import { isUniqueViolation, translateDatabaseError } from './database-errors.ts';
import type { Db } from './db.ts';
import { isoTimestamp } from './paging.ts';
import { actors, surveyContacts, surveyProposals, surveyRespondents, surveys } from './schema.ts';

type SurveyRow = typeof surveys.$inferSelect;

function toSurvey(row: SurveyRow, tally: Survey['tally']): Survey {
  return {
    id: row.id,
    title: row.title,
    intro: row.intro,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    relationTypes: row.relationTypes as RelationType[],
    questions: row.questions as SurveyQuestion[],
    topicIds: row.topicIds,
    roster: row.roster as SurveyRoster,
    rosterActorIds: row.rosterActorIds,
    contactRetentionDays: row.contactRetentionDays,
    state: row.state as SurveyState,
    tally,
    version: row.version,
    createdAt: isoTimestamp(row.createdAt),
    updatedAt: isoTimestamp(row.updatedAt),
  };
}

const NO_TALLY: Survey['tally'] = { respondents: 0, opened: 0, finished: 0 };

/** Per uitvraag of the werkruimte: respondents, how many opened their link, how many said they were done. */
async function talliesOf(db: Db, workspaceId: string): Promise<Map<string, Survey['tally']>> {
  const result = (await db.execute(
    sql`select survey_id as "surveyId", count(*)::int as respondents,
               count(opened_at)::int as opened, count(finished_at)::int as finished
        from survey_respondents where workspace_id = ${workspaceId} group by survey_id`,
  )) as unknown as { rows: ({ surveyId: string } & Survey['tally'])[] };
  return new Map(result.rows.map(({ surveyId, ...tally }) => [surveyId, tally]));
}

/** Newest first. */
export async function list(db: Db, workspaceId: string): Promise<Survey[]> {
  const rows = await db
    .select()
    .from(surveys)
    .where(eq(surveys.workspaceId, workspaceId))
    .orderBy(sql`${surveys.createdAt} desc`, asc(surveys.id));
  const tallies = await talliesOf(db, workspaceId);
  return rows.map((row) => toSurvey(row, tallies.get(row.id) ?? NO_TALLY));
}

export async function get(db: Db, workspaceId: string, id: string): Promise<Survey | null> {
  const [row] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, id)));
  if (!row) return null;
  return toSurvey(row, (await talliesOf(db, workspaceId)).get(id) ?? NO_TALLY);
}

export async function create(db: Db, workspaceId: string, input: SurveyCreate): Promise<Survey> {
  try {
    const [row] = await db
      .insert(surveys)
      .values({ workspaceId, ...input })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return toSurvey(row, NO_TALLY);
  } catch (error) {
    return translateDatabaseError(error);
  }
}

/** Applies `fields` when `version` is current; a stale version is a VersionConflictError. */
export async function update(
  db: Db,
  workspaceId: string,
  id: string,
  version: number,
  fields: Omit<SurveyUpdate, 'version'>,
): Promise<Survey> {
  try {
    const [row] = await db
      .update(surveys)
      .set({ ...fields, version: sql`${surveys.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, id), eq(surveys.version, version)))
      .returning();
    if (!row) {
      const current = await get(db, workspaceId, id);
      if (!current) throw new Error(`survey ${id} vanished during update`);
      throw new VersionConflictError('survey', id, current.version);
    }
    return toSurvey(row, (await talliesOf(db, workspaceId)).get(id) ?? NO_TALLY);
  } catch (error) {
    return translateDatabaseError(error);
  }
}

export async function remove(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.delete(surveys).where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, id)));
}

/** Whether anyone saved an answer in this round. */
export async function hasAnswers(db: Db, workspaceId: string, surveyId: string): Promise<boolean> {
  const result = (await db.execute(
    sql`select exists (select 1 from survey_respondents where workspace_id = ${workspaceId}
          and survey_id = ${surveyId} and saved_at is not null) as answered`,
  )) as unknown as { rows: { answered: boolean }[] };
  return result.rows[0]?.answered === true;
}

// ─── respondents ──────────────────────────────────────────────────────────────────────────────────────────

interface RespondentRecord {
  id: string;
  surveyId: string;
  actorId: string;
  actorName: string;
  force: Force;
  wijken: string[];
  perspectiveId: string;
  contactName: string | null;
  email: string | null;
  hasContact: boolean;
  revokedAt: string | null;
  openedAt: string | null;
  savedAt: string | null;
  finishedAt: string | null;
  withdrawnAt: string | null;
  tieCount: number;
  createdAt: string;
}

function statusOf(row: RespondentRecord): RespondentStatus {
  if (row.revokedAt) return 'ingetrokken';
  if (row.withdrawnAt) return 'teruggetrokken';
  if (row.finishedAt) return 'klaar';
  if (row.openedAt) return 'geopend';
  return 'niet_geopend';
}

const stamp = (value: string | null) => (value ? isoTimestamp(value) : null);

function toRespondent(row: RespondentRecord, withContacts: boolean): Respondent {
  return {
    id: row.id,
    actorId: row.actorId,
    actorName: row.actorName,
    force: row.force,
    wijken: row.wijken,
    perspectiveId: row.perspectiveId,
    contact: withContacts && row.hasContact ? { name: row.contactName, email: row.email } : null,
    status: statusOf(row),
    openedAt: stamp(row.openedAt),
    savedAt: stamp(row.savedAt),
    finishedAt: stamp(row.finishedAt),
    ties: row.tieCount,
    createdAt: isoTimestamp(row.createdAt),
  };
}

const RESPONDENT_COLUMNS = sql`r.id, r.survey_id as "surveyId", r.actor_id as "actorId", a.name as "actorName",
  a.force, a.wijken, r.perspective_id as "perspectiveId", c.name as "contactName", c.email,
  (c.respondent_id is not null) as "hasContact", r.revoked_at as "revokedAt", r.opened_at as "openedAt",
  r.saved_at as "savedAt", r.finished_at as "finishedAt", r.withdrawn_at as "withdrawnAt",
  r.tie_count as "tieCount", r.created_at as "createdAt"`;

/** The round's respondents by speler name; contact data only when `withContacts` (eigenaars). */
export async function listRespondents(
  db: Db,
  workspaceId: string,
  surveyId: string,
  withContacts: boolean,
): Promise<Respondent[]> {
  const result = (await db.execute(
    sql`select ${RESPONDENT_COLUMNS}
        from survey_respondents r join actors a on a.id = r.actor_id
        left join survey_contacts c on c.respondent_id = r.id
        where r.workspace_id = ${workspaceId} and r.survey_id = ${surveyId}
        order by lower(a.name), r.id`,
  )) as unknown as { rows: RespondentRecord[] };
  return result.rows.map((row) => toRespondent(row, withContacts));
}

export async function getRespondent(
  db: Db,
  workspaceId: string,
  surveyId: string,
  id: string,
  withContacts: boolean,
): Promise<Respondent | null> {
  const result = (await db.execute(
    sql`select ${RESPONDENT_COLUMNS}
        from survey_respondents r join actors a on a.id = r.actor_id
        left join survey_contacts c on c.respondent_id = r.id
        where r.workspace_id = ${workspaceId} and r.survey_id = ${surveyId} and r.id = ${id}`,
  )) as unknown as { rows: RespondentRecord[] };
  const row = result.rows[0];
  return row ? toRespondent(row, withContacts) : null;
}

export async function createRespondent(
  db: Db,
  input: {
    workspaceId: string;
    surveyId: string;
    actorId: string;
    perspectiveId: string;
    tokenHash: string;
    answers: SurveyAnswers;
    contact: { name: string | null; email: string | null };
  },
): Promise<string> {
  const { contact, ...fields } = input;
  try {
    const [row] = await db.insert(surveyRespondents).values(fields).returning({ id: surveyRespondents.id });
    if (!row) throw new Error('insert returned no row');
    if (contact.name !== null || contact.email !== null) {
      await db.insert(surveyContacts).values({ respondentId: row.id, ...contact });
    }
    return row.id;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError('respondent_exists');
    }
    return translateDatabaseError(error);
  }
}

/** A new personal link: the old one stops working at once, and a revoked respondent can answer again. */
export async function replaceToken(
  db: Db,
  workspaceId: string,
  id: string,
  tokenHash: string,
): Promise<boolean> {
  const rows = await db
    .update(surveyRespondents)
    .set({ tokenHash, revokedAt: null })
    .where(and(eq(surveyRespondents.workspaceId, workspaceId), eq(surveyRespondents.id, id)))
    .returning({ id: surveyRespondents.id });
  return rows.length > 0;
}

export async function revokeRespondent(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(surveyRespondents)
    .set({ revokedAt: sql`coalesce(${surveyRespondents.revokedAt}, now())` })
    .where(and(eq(surveyRespondents.workspaceId, workspaceId), eq(surveyRespondents.id, id)))
    .returning({ id: surveyRespondents.id });
  return rows.length > 0;
}

/** Deletes a respondent's contact data; the answers stay. */
export async function forgetContact(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.execute(
    sql`delete from survey_contacts c using survey_respondents r
        where c.respondent_id = r.id and r.workspace_id = ${workspaceId} and r.id = ${id}`,
  );
}

/**
 * Deletes the contact data of every round, in any werkruimte, that closed (by state or by date) more than
 * its retention period ago; `today` is the Dutch date. Returns whose contact data went.
 */
export async function purgeExpiredContacts(
  db: Db,
  today: string,
): Promise<{ workspaceId: string; surveyId: string; respondentId: string; actorId: string }[]> {
  const result = (await db.execute(
    sql`delete from survey_contacts c using survey_respondents r, surveys s
        where c.respondent_id = r.id and s.id = r.survey_id
          and (s.state = 'closed' or s.closes_on < ${today}::date)
          and s.closes_on + s.contact_retention_days < ${today}::date
        returning r.workspace_id as "workspaceId", r.survey_id as "surveyId", r.id as "respondentId",
                  r.actor_id as "actorId"`,
  )) as unknown as {
    rows: { workspaceId: string; surveyId: string; respondentId: string; actorId: string }[];
  };
  return result.rows;
}

/** The perspective a speler answered as in an earlier round, so its claims stay one voice across rounds. */
export async function earlierPerspectiveOf(
  db: Db,
  workspaceId: string,
  actorId: string,
): Promise<string | null> {
  const result = (await db.execute(
    sql`select perspective_id as id from survey_respondents
        where workspace_id = ${workspaceId} and actor_id = ${actorId}
        order by created_at desc limit 1`,
  )) as unknown as { rows: { id: string }[] };
  return result.rows[0]?.id ?? null;
}

// ─── the respondent's side ────────────────────────────────────────────────────────────────────────────────

export interface RespondentByToken {
  id: string;
  workspaceId: string;
  surveyId: string;
  actorId: string;
  actorName: string;
  force: Force;
  perspectiveId: string;
  contactName: string | null;
  revoked: boolean;
  answers: unknown;
  savedAt: string | null;
  finishedAt: string | null;
  survey: {
    title: string;
    intro: string;
    opensOn: string | null;
    closesOn: string;
    contactRetentionDays: number;
    relationTypes: RelationType[];
    questions: SurveyQuestion[];
    topicIds: string[];
    roster: SurveyRoster;
    rosterActorIds: string[];
    state: SurveyState;
  };
  workspaceName: string;
  gemeente: string;
}

/** The respondent a link's token hash belongs to, with its round and werkruimte; null when none. */
export async function findByToken(db: Db, tokenHash: string): Promise<RespondentByToken | null> {
  const result = (await db.execute(
    sql`select r.id, r.workspace_id as "workspaceId", r.survey_id as "surveyId", r.actor_id as "actorId",
               a.name as "actorName", a.force, r.perspective_id as "perspectiveId", c.name as "contactName",
               (r.revoked_at is not null) as revoked, r.answers, r.saved_at as "savedAt",
               r.finished_at as "finishedAt", ${SURVEY_OF_RESPONDENT} as survey,
               w.name as "workspaceName", g.name as gemeente
        from survey_respondents r
        join surveys s on s.id = r.survey_id
        join actors a on a.id = r.actor_id
        join workspaces w on w.id = r.workspace_id
        join gemeenten g on g.code = w.gemeente_code
        left join survey_contacts c on c.respondent_id = r.id
        where r.token_hash = ${tokenHash}`,
  )) as unknown as { rows: RespondentByToken[] };
  const row = result.rows[0];
  if (!row) return null;
  return {
    ...row,
    savedAt: stamp(row.savedAt),
    finishedAt: stamp(row.finishedAt),
    survey: parsedJson(row.survey),
    answers: parsedJson(row.answers),
  };
}

/** The round as a respondent's lookup returns it (`s` is the round's row). */
const SURVEY_OF_RESPONDENT = sql`json_build_object('title', s.title, 'intro', s.intro, 'opensOn', s.opens_on,
  'closesOn', s.closes_on, 'contactRetentionDays', s.contact_retention_days,
  'relationTypes', s.relation_types, 'questions', s.questions,
  'topicIds', s.topic_ids, 'roster', s.roster, 'rosterActorIds', s.roster_actor_ids,
  'state', s.state)`;

/** What an answer document names, for the link's lookup to check against the werkruimte at once. */
export interface NamedInAnswers {
  actorIds: readonly string[];
  /** Names of proposed spelers, as written. */
  names: readonly string[];
}

/**
 * What a save needs of the respondent behind a link (not what the page shows), and of what the answers
 * name, what the respondent's werkruimte has.
 */
export type RespondentForSave = Pick<
  RespondentByToken,
  'id' | 'workspaceId' | 'surveyId' | 'actorId' | 'perspectiveId' | 'revoked' | 'answers' | 'survey'
> & {
  /** The ids named that are spelers of the werkruimte. */
  known: Set<string>;
  /** The names (lower-cased) that spelers of the werkruimte already have. */
  takenNames: Set<string>;
};

/**
 * The respondent a link's token hash belongs to, for a save: one statement that also checks the spelers and
 * names the answers give against the werkruimte (this was three, the lookup joining six tables).
 */
export async function findByTokenForSave(
  db: Db,
  tokenHash: string,
  named: NamedInAnswers,
): Promise<RespondentForSave | null> {
  // One index probe per id: a count in a subquery stays a subquery, where `exists` or `in` became a join that
  // read all the werkruimte's spelers (the planner, without statistics in PGlite, thinks them three).
  const known =
    named.actorIds.length === 0
      ? sql`'[]'::json`
      : sql`(select coalesce(json_agg(named.value::uuid), '[]'::json)
             from jsonb_array_elements_text(${JSON.stringify(named.actorIds)}::jsonb) named
             where (select count(*) from actors k
                    where k.id = named.value::uuid and k.workspace_id = r.workspace_id) > 0)`;
  const takenNames =
    named.names.length === 0
      ? sql`'[]'::json`
      : sql`(select coalesce(json_agg(distinct lower(k.name)), '[]'::json) from actors k
             where k.workspace_id = r.workspace_id
               and lower(k.name) in
                 (select lower(value) from jsonb_array_elements_text(${JSON.stringify(named.names)}::jsonb)))`;
  const result = (await db.execute(
    sql`select r.id, r.workspace_id as "workspaceId", r.survey_id as "surveyId", r.actor_id as "actorId",
               r.perspective_id as "perspectiveId", (r.revoked_at is not null) as revoked, r.answers,
               ${SURVEY_OF_RESPONDENT} as survey, ${known} as known, ${takenNames} as "takenNames"
        from survey_respondents r join surveys s on s.id = r.survey_id
        where r.token_hash = ${tokenHash}`,
  )) as unknown as {
    rows: (Omit<RespondentForSave, 'known' | 'takenNames'> & { known: unknown; takenNames: unknown })[];
  };
  const row = result.rows[0];
  if (!row) return null;
  return {
    ...row,
    survey: parsedJson(row.survey),
    answers: parsedJson(row.answers),
    known: new Set(parsedJson(row.known as string[] | string)),
    takenNames: new Set(parsedJson(row.takenNames as string[] | string)),
  };
}

/** A json column as the driver hands it: parsed already, or still text. */
function parsedJson<T>(value: T | string): T {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/** The first time a link is opened is when the respondent "opened" the uitvraag. */
export async function markOpened(db: Db, id: string): Promise<void> {
  await db
    .update(surveyRespondents)
    .set({ openedAt: sql`coalesce(${surveyRespondents.openedAt}, now())` })
    .where(eq(surveyRespondents.id, id));
}

/** Replaces the respondent's answer document; finished is stamped the first time they say they are done. */
export async function saveAnswers(
  db: Db,
  id: string,
  answers: SurveyAnswers,
  tieCount: number,
): Promise<{ savedAt: string; finishedAt: string | null }> {
  const [row] = await db
    .update(surveyRespondents)
    .set({
      answers,
      tieCount,
      savedAt: sql`now()`,
      // A save without a visible open (the page was kept from before) still means the link was opened.
      openedAt: sql`coalesce(${surveyRespondents.openedAt}, now())`,
      withdrawnAt: null,
      finishedAt: answers.finished ? sql`coalesce(${surveyRespondents.finishedAt}, now())` : null,
    })
    .where(eq(surveyRespondents.id, id))
    .returning({ savedAt: surveyRespondents.savedAt, finishedAt: surveyRespondents.finishedAt });
  if (!row) throw new Error(`respondent ${id} vanished during save`);
  return { savedAt: isoTimestamp(row.savedAt as string), finishedAt: stamp(row.finishedAt) };
}

/** The respondent asked for their answers to be removed: the document is emptied and the fact stamped. */
export async function withdraw(db: Db, id: string, empty: SurveyAnswers): Promise<void> {
  await db
    .update(surveyRespondents)
    .set({ answers: empty, tieCount: 0, finishedAt: null, savedAt: null, withdrawnAt: sql`now()` })
    .where(eq(surveyRespondents.id, id));
}

/**
 * The spelers a respondent can name, by kracht and name: every speler of the werkruimte, the round's
 * respondents, or the chosen ones (those still on the map).
 */
export async function roster(
  db: Db,
  workspaceId: string,
  survey: { id: string; roster: SurveyRoster; rosterActorIds: readonly string[] },
): Promise<{ id: string; name: string; force: Force }[]> {
  const rows = await db
    .select({ id: actors.id, name: actors.name, force: actors.force })
    .from(actors)
    .where(and(eq(actors.workspaceId, workspaceId), rosterCondition(survey)))
    .orderBy(asc(actors.force), asc(sql`lower(${actors.name})`), asc(actors.id));
  return rows as { id: string; name: string; force: Force }[];
}

function rosterCondition(survey: { id: string; roster: SurveyRoster; rosterActorIds: readonly string[] }) {
  switch (survey.roster) {
    case 'all':
      return undefined;
    case 'respondents':
      return sql`${actors.id} in (select actor_id from survey_respondents where survey_id = ${survey.id})`;
    case 'chosen':
      return sql`${actors.id} in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(survey.rosterActorIds)}::jsonb))`;
  }
}

/** Which of `ids` are on the round's roster. */
export async function onRoster(
  db: Db,
  workspaceId: string,
  survey: { id: string; roster: SurveyRoster; rosterActorIds: readonly string[] },
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: actors.id })
    .from(actors)
    .where(
      and(
        eq(actors.workspaceId, workspaceId),
        sql`${actors.id} in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`,
        rosterCondition(survey),
      ),
    );
  return new Set(rows.map((row) => row.id));
}

/** The round's vraagstukken in the round's order; one deleted meanwhile is left out. */
export async function topicsOfRound(
  db: Db,
  workspaceId: string,
  topicIds: readonly string[],
): Promise<{ id: string; name: string; description: string }[]> {
  if (topicIds.length === 0) return [];
  const result = (await db.execute(
    sql`select t.id, t.name, t.description
        from jsonb_array_elements_text(${JSON.stringify(topicIds)}::jsonb) with ordinality as asked(id, n)
        join topics t on t.id = asked.id::uuid
        where t.workspace_id = ${workspaceId}
        order by asked.n`,
  )) as unknown as { rows: { id: string; name: string; description: string }[] };
  return result.rows;
}

/** A speler's profile texts, for the respondent who answers for it to check. */
export async function profileOf(
  db: Db,
  workspaceId: string,
  actorId: string,
): Promise<Record<ProfileField, string> | null> {
  const [row] = await db
    .select(Object.fromEntries(PROFILE_FIELDS.map((field) => [field, actors[field]])))
    .from(actors)
    .where(and(eq(actors.workspaceId, workspaceId), eq(actors.id, actorId)));
  return (row as Record<ProfileField, string> | undefined) ?? null;
}

/**
 * The respondents of a round who said something about their own speler's profile (corrections or
 * remarks), with the speler's profile as it is now.
 */
export async function profileAnswers(
  db: Db,
  workspaceId: string,
  surveyId: string,
): Promise<
  {
    respondentId: string;
    actorId: string;
    actorName: string;
    actorVersion: number;
    profile: Record<ProfileField, string>;
    answers: unknown;
  }[]
> {
  const profile = sql.raw(PROFILE_FIELDS.map((field) => `'${field}', a.${field}`).join(', '));
  const result = (await db.execute(
    sql`select r.id as "respondentId", a.id as "actorId", a.name as "actorName", a.version as "actorVersion",
               json_build_object(${profile}) as profile, r.answers
        from survey_respondents r join actors a on a.id = r.actor_id
        where r.workspace_id = ${workspaceId} and r.survey_id = ${surveyId}
          and (r.answers -> 'profile' <> '{}'::jsonb or coalesce(r.answers ->> 'profileRemarks', '') <> '')
        order by lower(a.name), r.id`,
  )) as unknown as {
    rows: {
      respondentId: string;
      actorId: string;
      actorName: string;
      actorVersion: number;
      profile: Record<ProfileField, string> | string;
      answers: unknown;
    }[];
  };
  const parsed = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
  return result.rows.map((row) => ({ ...row, profile: parsed(row.profile), answers: parsed(row.answers) }));
}

// ─── proposed spelers ─────────────────────────────────────────────────────────────────────────────────────

export interface ProposalRecord {
  id: string;
  name: string;
  force: Force;
  status: ProposalStatus;
  actorId: string | null;
}

/**
 * Makes sure each proposed name has its row in the round (the first proposer's kracht is kept) and returns
 * every proposal of the round by lower-cased name, with its decision.
 */
export async function ensureProposals(
  db: Db,
  workspaceId: string,
  surveyId: string,
  proposed: { name: string; force: Force }[],
): Promise<Map<string, ProposalRecord>> {
  if (proposed.length > 0) {
    await db.execute(
      sql`insert into survey_proposals (workspace_id, survey_id, name, force)
          select ${workspaceId}::uuid, ${surveyId}::uuid, p.name, p.force
          from jsonb_to_recordset(${JSON.stringify(proposed)}::jsonb) as p(name text, force text)
          on conflict (survey_id, lower(name)) do nothing`,
    );
  }
  const rows = await db
    .select({
      id: surveyProposals.id,
      name: surveyProposals.name,
      force: surveyProposals.force,
      status: surveyProposals.status,
      actorId: surveyProposals.actorId,
    })
    .from(surveyProposals)
    .where(and(eq(surveyProposals.workspaceId, workspaceId), eq(surveyProposals.surveyId, surveyId)));
  return new Map(rows.map((row) => [row.name.toLowerCase(), row as ProposalRecord]));
}

/** A perspective of the werkruimte with this name, whatever its case: the one a speler's answers reuse. */
export async function perspectiveNamed(db: Db, workspaceId: string, name: string): Promise<string | null> {
  const result = (await db.execute(
    sql`select id from perspectives where workspace_id = ${workspaceId} and lower(name) = lower(${name})`,
  )) as unknown as { rows: { id: string }[] };
  return result.rows[0]?.id ?? null;
}

/** Which of `ids` are spelers of the werkruimte. */
export async function actorsAmong(db: Db, workspaceId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const result = (await db.execute(
    sql`select id from actors where workspace_id = ${workspaceId}
          and id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`,
  )) as unknown as { rows: { id: string }[] };
  return new Set(result.rows.map((row) => row.id));
}

/** Every respondent of a round with its answer document, for landing the ties to a decided proposal. */
export async function answersOfRound(
  db: Db,
  workspaceId: string,
  surveyId: string,
): Promise<{ id: string; actorId: string; perspectiveId: string; answers: unknown }[]> {
  const result = (await db.execute(
    sql`select id, actor_id as "actorId", perspective_id as "perspectiveId", answers
        from survey_respondents
        where workspace_id = ${workspaceId} and survey_id = ${surveyId} and saved_at is not null`,
  )) as unknown as { rows: { id: string; actorId: string; perspectiveId: string; answers: unknown }[] };
  return result.rows.map((row) => ({
    ...row,
    answers: typeof row.answers === 'string' ? JSON.parse(row.answers) : row.answers,
  }));
}

export interface Proposal extends ProposalRecord {
  /** How many respondents of the round name it. */
  namedBy: number;
}

/** The round's proposed spelers, open ones first, with how many respondents name each. */
export async function listProposals(db: Db, workspaceId: string, surveyId: string): Promise<Proposal[]> {
  const result = (await db.execute(
    sql`select p.id, p.name, p.force, p.status, p.actor_id as "actorId",
               (select count(*)::int from survey_respondents r
                 where r.survey_id = p.survey_id and exists (
                   select 1 from jsonb_array_elements(r.answers -> 'ties') t
                   where lower(t -> 'proposed' ->> 'name') = lower(p.name))) as "namedBy"
        from survey_proposals p
        where p.workspace_id = ${workspaceId} and p.survey_id = ${surveyId}
        order by (p.status = 'open') desc, lower(p.name), p.id`,
  )) as unknown as { rows: Proposal[] };
  return result.rows;
}

/** Records the decision on an open proposal; false when it was decided already (or is not this round's). */
export async function decideProposal(
  db: Db,
  workspaceId: string,
  surveyId: string,
  id: string,
  decision: { status: Exclude<ProposalStatus, 'open'>; actorId: string | null },
): Promise<boolean> {
  const rows = await db
    .update(surveyProposals)
    .set(decision)
    .where(
      and(
        eq(surveyProposals.workspaceId, workspaceId),
        eq(surveyProposals.surveyId, surveyId),
        eq(surveyProposals.id, id),
        eq(surveyProposals.status, 'open'),
      ),
    )
    .returning({ id: surveyProposals.id });
  return rows.length > 0;
}
