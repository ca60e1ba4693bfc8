/**
 * Bijeenkomsten: meetings, their groups, participants, contributions, reactions and the live event rows.
 * The facilitator's queries are scoped by workspace id; the participant's go by the token's hash (or the
 * join code) and return the meeting they belong to. Appending an event also sends NOTIFY on
 * MEETING_CHANNEL in the same transaction, so every app server's listeners hear of it once it is committed.
 */
import { sql } from 'drizzle-orm';
import type {
  ContributionKind,
  ContributionStatus,
  Force,
  Meeting,
  MeetingActor,
  MeetingCreate,
  MeetingGroup,
  MeetingState,
  ReactionVerdict,
} from '../domain/index.ts';
import { translateDatabaseError } from './database-errors.ts';
import type { Db } from './db.ts';
import { isoTimestamp } from './paging.ts';

/** The NOTIFY channel of meeting events; the payload is the meeting's id. */
export const MEETING_CHANNEL = 'krachtenveld_meeting';

type Rows<T> = { rows: T[] };

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as Rows<T>).rows;
}

interface MeetingRow {
  id: string;
  workspaceId: string;
  name: string;
  description: string;
  topicId: string | null;
  code: string;
  state: MeetingState;
  autoAccept: boolean;
  openedAt: string | null;
  closedAt: string | null;
  version: number;
  createdAt: string;
}

const MEETING_COLUMNS = sql`m.id, m.workspace_id as "workspaceId", m.name, m.description, m.topic_id as "topicId",
  m.code, m.state, m.auto_accept as "autoAccept", m.opened_at as "openedAt", m.closed_at as "closedAt",
  m.version, m.created_at as "createdAt"`;

async function withGroupsAndCounts(db: Db, meetingRows: MeetingRow[]): Promise<Meeting[]> {
  if (meetingRows.length === 0) return [];
  const ids = meetingRows.map((row) => row.id);
  const idList = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const groups = await rows<MeetingGroup & { meetingId: string }>(
    db,
    sql`select g.id, g.meeting_id as "meetingId", g.name, g.force, g.perspective_id as "perspectiveId",
               (select count(*)::int from meeting_participants p where p.group_id = g.id) as participants
        from meeting_groups g where g.meeting_id in (${idList}) order by g.position, g.id`,
  );
  const counts = await rows<{ meetingId: string; pending: number; accepted: number; rejected: number }>(
    db,
    sql`select meeting_id as "meetingId",
               count(*) filter (where status = 'pending')::int as pending,
               count(*) filter (where status in ('accepted', 'merged'))::int as accepted,
               count(*) filter (where status = 'rejected')::int as rejected
        from meeting_contributions where meeting_id in (${idList}) group by meeting_id`,
  );
  const countOf = new Map(counts.map(({ meetingId, ...rest }) => [meetingId, rest]));
  return meetingRows.map((row) => ({
    ...row,
    openedAt: row.openedAt ? isoTimestamp(row.openedAt) : null,
    closedAt: row.closedAt ? isoTimestamp(row.closedAt) : null,
    createdAt: isoTimestamp(row.createdAt),
    groups: groups
      .filter((group) => group.meetingId === row.id)
      .map(({ meetingId: _meeting, ...group }) => group),
    counts: countOf.get(row.id) ?? { pending: 0, accepted: 0, rejected: 0 },
  }));
}

/** Newest first. */
export async function list(db: Db, workspaceId: string): Promise<Meeting[]> {
  return withGroupsAndCounts(
    db,
    await rows<MeetingRow>(
      db,
      sql`select ${MEETING_COLUMNS} from meetings m where m.workspace_id = ${workspaceId}
          order by m.created_at desc, m.id`,
    ),
  );
}

export async function get(db: Db, workspaceId: string, id: string): Promise<Meeting | null> {
  const [meeting] = await withGroupsAndCounts(
    db,
    await rows<MeetingRow>(
      db,
      sql`select ${MEETING_COLUMNS} from meetings m where m.workspace_id = ${workspaceId} and m.id = ${id}`,
    ),
  );
  return meeting ?? null;
}

/**
 * Locks the meeting's row for the rest of the transaction: decisions and closing run one at a time. `no key
 * update`, not `update`: the foreign-key checks of rows added meanwhile (a contribution, a participant, an
 * event) take a key-share lock on the same row, which `for update` would make wait for the whole decision.
 */
export async function lock(db: Db, workspaceId: string, id: string): Promise<MeetingRow | null> {
  const [row] = await rows<MeetingRow>(
    db,
    sql`select ${MEETING_COLUMNS} from meetings m where m.workspace_id = ${workspaceId} and m.id = ${id} for no key update`,
  );
  return row ?? null;
}

/** Inserts the meeting with its groups; a taken code is a unique violation the caller retries. */
export async function create(
  db: Db,
  workspaceId: string,
  input: MeetingCreate,
  code: string,
  createdBy: string | null,
): Promise<string> {
  try {
    const [row] = await rows<{ id: string }>(
      db,
      sql`insert into meetings (workspace_id, name, description, topic_id, code, state, auto_accept, opened_at, created_by)
          values (${workspaceId}, ${input.name}, ${input.description}, ${input.topicId}, ${code},
                  ${input.open ? 'open' : 'planned'}, ${input.autoAccept},
                  ${input.open ? sql`now()` : sql`null`}, ${createdBy})
          returning id`,
    );
    if (!row) throw new Error('insert returned no row');
    await db.execute(
      sql`insert into meeting_groups (workspace_id, meeting_id, name, force, position)
          select ${workspaceId}, ${row.id}, g.name, g.force, g.position
          from jsonb_to_recordset(${JSON.stringify(input.groups.map((group, position) => ({ ...group, position })))}::jsonb)
            as g(name text, force text, position smallint)`,
    );
    return row.id;
  } catch (error) {
    return translateDatabaseError(error);
  }
}

export interface MeetingFields {
  name?: string;
  description?: string;
  autoAccept?: boolean;
  state?: MeetingState;
}

/** Applies `fields` when `version` is current; returns false when it is not. Opening and closing are dated. */
export async function update(
  db: Db,
  workspaceId: string,
  id: string,
  version: number,
  fields: MeetingFields,
): Promise<boolean> {
  try {
    const result = await rows<{ id: string }>(
      db,
      sql`update meetings set
            name = coalesce(${fields.name ?? null}, name),
            description = coalesce(${fields.description ?? null}, description),
            auto_accept = coalesce(${fields.autoAccept ?? null}::boolean, auto_accept),
            state = coalesce(${fields.state ?? null}, state),
            opened_at = case when ${fields.state ?? null}::text = 'open' and opened_at is null then now() else opened_at end,
            closed_at = case when ${fields.state ?? null}::text = 'closed' then now() else closed_at end,
            version = version + 1, updated_at = now()
          where workspace_id = ${workspaceId} and id = ${id} and version = ${version}
          returning id`,
    );
    return result.length > 0;
  } catch (error) {
    return translateDatabaseError(error);
  }
}

export async function setGroupPerspective(db: Db, groupId: string, perspectiveId: string): Promise<void> {
  await db.execute(sql`update meeting_groups set perspective_id = ${perspectiveId} where id = ${groupId}`);
}

export interface GroupRecord {
  id: string;
  name: string;
  force: Force;
  perspectiveId: string | null;
}

export async function group(db: Db, meetingId: string, groupId: string): Promise<GroupRecord | null> {
  const [row] = await rows<GroupRecord>(
    db,
    sql`select g.id, g.name, g.force,
               (select p.id from perspectives p where p.id = g.perspective_id) as "perspectiveId"
        from meeting_groups g where g.meeting_id = ${meetingId} and g.id = ${groupId}`,
  );
  return row ?? null;
}

// ─── the participant's side ───────────────────────────────────────────────────────────────────────────────

/** What a participant's calls need of their meeting. */
export interface ParticipantMeeting {
  id: string;
  workspaceId: string;
  name: string;
  topicId: string | null;
  autoAccept: boolean;
}

/** What the door shows of a meeting: its topic and the groups to choose from. */
export interface MeetingDoorRecord {
  description: string;
  topic: { name: string; description: string } | null;
  groups: { id: string; name: string; force: Force }[];
}

export type OpenMeetingRecord = ParticipantMeeting & MeetingDoorRecord;

const DOOR_COLUMNS = sql`m.description,
  (select json_build_object('name', t.name, 'description', t.description)
     from topics t where t.id = m.topic_id) as topic,
  (select coalesce(json_agg(json_build_object('id', g.id, 'name', g.name, 'force', g.force)
                             order by g.position, g.id), '[]')
     from meeting_groups g where g.meeting_id = m.id) as groups`;

/** The open meeting with this code, with its topic and groups; null for any other code. */
export async function openByCode(db: Db, code: string): Promise<OpenMeetingRecord | null> {
  const [row] = await rows<OpenMeetingRecord>(
    db,
    sql`select m.id, m.workspace_id as "workspaceId", m.name, m.topic_id as "topicId",
               m.auto_accept as "autoAccept", ${DOOR_COLUMNS}
        from meetings m where m.code = ${code} and m.state = 'open'`,
  );
  return row ?? null;
}

/** The door of a meeting a participant is in (for their view). */
export async function doorOf(db: Db, meetingId: string): Promise<MeetingDoorRecord | null> {
  const [row] = await rows<MeetingDoorRecord>(
    db,
    sql`select ${DOOR_COLUMNS} from meetings m where m.id = ${meetingId}`,
  );
  return row ?? null;
}

export async function addParticipant(
  db: Db,
  meetingId: string,
  groupId: string,
  nickname: string | null,
  tokenHash: string,
): Promise<string | null> {
  const [row] = await rows<{ id: string }>(
    db,
    sql`insert into meeting_participants (meeting_id, group_id, nickname, token_hash)
        select ${meetingId}, g.id, ${nickname}, ${tokenHash}
        from meeting_groups g where g.meeting_id = ${meetingId} and g.id = ${groupId}
          and (select count(*) from meeting_participants where meeting_id = ${meetingId}) < ${PARTICIPANT_CAP}
        returning id`,
  );
  return row?.id ?? null;
}

/** A guard against a flood of joins; the domain's MEETING_PARTICIPANTS_MAX, repeated for the SQL. */
const PARTICIPANT_CAP = 2_000;

export interface ParticipantRecord {
  id: string;
  nickname: string | null;
  groupId: string;
  groupName: string;
  meeting: ParticipantMeeting & { state: MeetingState; openedAt: string | null };
}

/**
 * The participant a token's hash belongs to, with their meeting, in one statement (every call of a
 * participant starts with it, so it reads no more than those calls need). Null when no such participant
 * exists; the caller checks the meeting's state (closing ends every participant's rights).
 */
export async function participantByToken(db: Db, tokenHash: string): Promise<ParticipantRecord | null> {
  const [row] = await rows<
    Omit<ParticipantRecord, 'meeting'> & {
      meetingId: string;
      workspaceId: string;
      meetingName: string;
      topicId: string | null;
      autoAccept: boolean;
      state: MeetingState;
      openedAt: string | null;
    }
  >(
    db,
    sql`select p.id, p.nickname, p.group_id as "groupId", g.name as "groupName",
               m.id as "meetingId", m.workspace_id as "workspaceId", m.name as "meetingName",
               m.topic_id as "topicId", m.auto_accept as "autoAccept", m.state, m.opened_at as "openedAt"
        from meeting_participants p
        join meeting_groups g on g.id = p.group_id
        join meetings m on m.id = p.meeting_id
        where p.token_hash = ${tokenHash}`,
  );
  if (!row) return null;
  const { meetingId, workspaceId, meetingName, topicId, autoAccept, state, openedAt, ...participant } = row;
  return {
    ...participant,
    meeting: { id: meetingId, workspaceId, name: meetingName, topicId, autoAccept, state, openedAt },
  };
}

/** The spelers a meeting shows: name and kracht, nothing of their profile; by name. */
export async function actorsOf(db: Db, workspaceId: string): Promise<MeetingActor[]> {
  return rows<MeetingActor>(
    db,
    sql`select id, name, force from actors where workspace_id = ${workspaceId} order by lower(name), id`,
  );
}

export async function actorsAmong(
  db: Db,
  workspaceId: string,
  ids: readonly string[],
): Promise<MeetingActor[]> {
  if (ids.length === 0) return [];
  return rows<MeetingActor>(
    db,
    sql`select id, name, force from actors
        where workspace_id = ${workspaceId} and id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
  );
}

// ─── contributions ────────────────────────────────────────────────────────────────────────────────────────

/** A contribution as stored, without what is counted or looked up around it. */
export interface ContributionCore {
  id: string;
  meetingId: string;
  participantId: string;
  participantName: string | null;
  groupId: string;
  groupName: string;
  kind: ContributionKind;
  content: Record<string, unknown>;
  status: ContributionStatus;
  actorId: string | null;
  relationId: string | null;
  createdAt: string;
  decidedAt: string | null;
}

/** A contribution as it is shown: with its reactions counted and the spelers it names. */
export interface ContributionRow extends ContributionCore {
  klopt: number;
  kloptNiet: number;
  /** The spelers it names (its ends, the speler it places, the speler it became) that still exist. */
  actors: MeetingActor[];
}

const CORE_COLUMNS = sql`c.id, c.meeting_id as "meetingId", c.participant_id as "participantId",
  p.nickname as "participantName", c.group_id as "groupId", g.name as "groupName", c.kind, c.content, c.status,
  c.actor_id as "actorId", c.relation_id as "relationId", c.created_at as "createdAt", c.decided_at as "decidedAt"`;

const NAMED_ACTORS = sql`(select coalesce(json_agg(json_build_object('id', a.id, 'name', a.name, 'force', a.force)), '[]'::json)
     from actors a
     where a.workspace_id = c.workspace_id
       and a.id in ((c.content->>'sourceId')::uuid, (c.content->>'targetId')::uuid,
                    (c.content->>'actorId')::uuid, c.actor_id)) as actors`;

const CONTRIBUTION_COLUMNS = sql`${CORE_COLUMNS},
  (select count(*) from meeting_reactions r where r.contribution_id = c.id and r.verdict = 'klopt')::int as klopt,
  (select count(*) from meeting_reactions r where r.contribution_id = c.id and r.verdict = 'klopt_niet')::int as "kloptNiet",
  ${NAMED_ACTORS}`;

const CONTRIBUTION_FROM = sql`meeting_contributions c
  join meeting_participants p on p.id = c.participant_id
  join meeting_groups g on g.id = c.group_id`;

/** The same, from a row just written (a `with c as (… returning *)` before the select). */
const CONTRIBUTION_FROM_ROW = sql`c
  join meeting_participants p on p.id = c.participant_id
  join meeting_groups g on g.id = c.group_id`;

/**
 * Inserts a contribution unless its participant already sent `perMinute` in the last minute (then null):
 * the count and the insert are one statement, so parallel sends cannot slip past the limit together.
 */
export async function insertContribution(
  db: Db,
  input: {
    workspaceId: string;
    meetingId: string;
    participantId: string;
    groupId: string;
    kind: ContributionKind;
    content: object;
  },
  perMinute: number,
): Promise<ContributionRow | null> {
  // The insert and the row as it is read (with names and counts) in one statement: each statement costs,
  // and a room of phones sends dozens a second.
  const [inserted] = await rows<ContributionRow>(
    db,
    sql`with c as (
          insert into meeting_contributions (workspace_id, meeting_id, participant_id, group_id, kind, content)
          select ${input.workspaceId}, ${input.meetingId}, ${input.participantId}, ${input.groupId}, ${input.kind},
                 ${JSON.stringify(input.content)}::jsonb
          where (select count(*) from meeting_contributions
                 where participant_id = ${input.participantId} and created_at > now() - interval '1 minute') < ${perMinute}
          returning *)
        select ${CORE_COLUMNS}, 0 as klopt, 0 as "kloptNiet", ${NAMED_ACTORS} from ${CONTRIBUTION_FROM_ROW}`,
  );
  return inserted ?? null;
}

/** A contribution as stored (enough to decide on it, withdraw it or react to it). */
export async function contributionCore(
  db: Db,
  meetingId: string,
  id: string,
): Promise<ContributionCore | null> {
  const [row] = await rows<ContributionCore>(
    db,
    sql`select ${CORE_COLUMNS} from ${CONTRIBUTION_FROM} where c.meeting_id = ${meetingId} and c.id = ${id}`,
  );
  return row ?? null;
}

export async function contribution(db: Db, meetingId: string, id: string): Promise<ContributionRow | null> {
  const [row] = await rows<ContributionRow>(
    db,
    sql`select ${CONTRIBUTION_COLUMNS} from ${CONTRIBUTION_FROM} where c.meeting_id = ${meetingId} and c.id = ${id}`,
  );
  return row ?? null;
}

/** Oldest first; of some statuses, or of one participant (their own), or all. */
export async function contributions(
  db: Db,
  meetingId: string,
  filter: { status?: ContributionStatus; visibleTo?: string } = {},
): Promise<ContributionRow[]> {
  const conditions = [sql`c.meeting_id = ${meetingId}`];
  if (filter.status) conditions.push(sql`c.status = ${filter.status}`);
  if (filter.visibleTo)
    conditions.push(sql`(c.participant_id = ${filter.visibleTo} or c.status in ('accepted', 'merged'))`);
  return rows<ContributionRow>(
    db,
    sql`select ${CONTRIBUTION_COLUMNS} from ${CONTRIBUTION_FROM} where ${sql.join(conditions, sql` and `)}
        order by c.created_at, c.id`,
  );
}

/**
 * Moves a contribution from one of `from` to `status` and returns it as read afterwards; null when it was
 * not in one of them (any more).
 */
export async function setContributionStatus(
  db: Db,
  meetingId: string,
  id: string,
  from: readonly ContributionStatus[],
  change: {
    status: ContributionStatus;
    actorId?: string | null;
    relationId?: string | null;
    decidedBy?: string | null;
  },
): Promise<ContributionRow | null> {
  const [moved] = await rows<ContributionRow>(
    db,
    sql`with c as (
          update meeting_contributions set status = ${change.status},
            actor_id = case when ${change.actorId !== undefined} then ${change.actorId ?? null}::uuid else actor_id end,
            relation_id = case when ${change.relationId !== undefined} then ${change.relationId ?? null}::uuid else relation_id end,
            decided_by = case when ${change.decidedBy !== undefined} then ${change.decidedBy ?? null}::uuid else decided_by end,
            decided_at = case when ${change.status} in ('accepted', 'merged', 'rejected') then now() else decided_at end
          where meeting_id = ${meetingId} and id = ${id}
            and status in (${sql.join(
              from.map((status) => sql`${status}`),
              sql`, `,
            )})
          returning *)
        select ${CONTRIBUTION_COLUMNS} from ${CONTRIBUTION_FROM_ROW}`,
  );
  return moved ?? null;
}

export async function reactionOf(
  db: Db,
  contributionId: string,
  participantId: string,
): Promise<ReactionVerdict | null> {
  const [row] = await rows<{ verdict: ReactionVerdict }>(
    db,
    sql`select verdict from meeting_reactions where contribution_id = ${contributionId} and participant_id = ${participantId}`,
  );
  return row?.verdict ?? null;
}

/** The participant's own reactions in a meeting, by contribution. */
export async function reactionsOf(
  db: Db,
  meetingId: string,
  participantId: string,
): Promise<Map<string, ReactionVerdict>> {
  const result = await rows<{ contributionId: string; verdict: ReactionVerdict }>(
    db,
    sql`select r.contribution_id as "contributionId", r.verdict from meeting_reactions r
        join meeting_contributions c on c.id = r.contribution_id
        where c.meeting_id = ${meetingId} and r.participant_id = ${participantId}`,
  );
  return new Map(result.map((row) => [row.contributionId, row.verdict]));
}

export async function setReaction(
  db: Db,
  contributionId: string,
  participantId: string,
  verdict: ReactionVerdict | null,
): Promise<void> {
  if (verdict === null) {
    await db.execute(
      sql`delete from meeting_reactions where contribution_id = ${contributionId} and participant_id = ${participantId}`,
    );
    return;
  }
  await db.execute(
    sql`insert into meeting_reactions (contribution_id, participant_id, verdict)
        values (${contributionId}, ${participantId}, ${verdict})
        on conflict (contribution_id, participant_id) do update set verdict = excluded.verdict, at = now()`,
  );
}

/**
 * What one group said in the meeting about one relatie: the strengths of its accepted ties that landed on
 * it, and its members' "klopt" / "klopt niet" on contributions that landed on it.
 */
export async function groupTieClaims(
  db: Db,
  meetingId: string,
  groupId: string,
  relationId: string,
): Promise<{ strengths: number[]; klopt: number; kloptNiet: number }> {
  const [row] = await rows<{ strengths: number[] | null; klopt: number; kloptNiet: number }>(
    db,
    sql`select
          (select array_agg((c.content->>'strength')::int order by c.created_at) from meeting_contributions c
            where c.meeting_id = ${meetingId} and c.group_id = ${groupId} and c.relation_id = ${relationId}
              and c.kind = 'tie' and c.status in ('accepted', 'merged')) as strengths,
          count(*) filter (where r.verdict = 'klopt')::int as klopt,
          count(*) filter (where r.verdict = 'klopt_niet')::int as "kloptNiet"
        from meeting_reactions r
        join meeting_participants p on p.id = r.participant_id
        join meeting_contributions c on c.id = r.contribution_id
        where c.meeting_id = ${meetingId} and p.group_id = ${groupId} and c.relation_id = ${relationId}
          and c.status in ('accepted', 'merged')`,
  );
  return { strengths: row?.strengths ?? [], klopt: row?.klopt ?? 0, kloptNiet: row?.kloptNiet ?? 0 };
}

/** The places one group's accepted contributions gave one speler on the meeting's vraagstuk. */
export async function groupPositionClaims(
  db: Db,
  meetingId: string,
  groupId: string,
  actorId: string,
): Promise<{ invloed: number; belang: number; standpunt: number }[]> {
  return rows(
    db,
    sql`select (content->>'invloed')::int as invloed, (content->>'belang')::int as belang,
               (content->>'standpunt')::int as standpunt
        from meeting_contributions
        where meeting_id = ${meetingId} and group_id = ${groupId} and actor_id = ${actorId}
          and kind = 'position' and status in ('accepted', 'merged')`,
  );
}

/** Replaces the group perspective's assessment of a relatie (or removes it: `claim` null). */
export async function replaceGroupAssessment(
  db: Db,
  workspaceId: string,
  relationId: string,
  perspectiveId: string,
  claim: { present: boolean; strength: number | null; note: string; source: string } | null,
): Promise<void> {
  if (claim === null) {
    await db.execute(
      sql`delete from relation_assessments where relation_id = ${relationId} and perspective_id = ${perspectiveId}`,
    );
    return;
  }
  try {
    await db.execute(
      sql`insert into relation_assessments (workspace_id, relation_id, perspective_id, present, strength, note, source, origin)
          values (${workspaceId}, ${relationId}, ${perspectiveId}, ${claim.present}, ${claim.strength}, ${claim.note},
                  ${claim.source}, 'meeting')
          on conflict (relation_id, perspective_id) do update set
            present = excluded.present, strength = excluded.strength, note = excluded.note,
            source = excluded.source, origin = 'meeting',
            version = relation_assessments.version + 1, updated_at = now()
          where (relation_assessments.present, relation_assessments.strength, relation_assessments.note)
            is distinct from (excluded.present, excluded.strength, excluded.note)`,
    );
  } catch (error) {
    translateDatabaseError(error);
  }
}

/** Replaces the group perspective's position of a speler on the vraagstuk (or removes it). */
export async function replaceGroupPosition(
  db: Db,
  workspaceId: string,
  topicId: string,
  actorId: string,
  perspectiveId: string,
  position: { invloed: number; belang: number; standpunt: number; reasoning: string; day: string } | null,
): Promise<void> {
  await db.execute(
    sql`delete from topic_positions where workspace_id = ${workspaceId} and topic_id = ${topicId}
          and actor_id = ${actorId} and perspective_id = ${perspectiveId}`,
  );
  if (position === null) return;
  try {
    await db.execute(
      sql`insert into topic_positions (workspace_id, topic_id, actor_id, perspective_id, invloed, belang, standpunt, reasoning, assessed_on)
          values (${workspaceId}, ${topicId}, ${actorId}, ${perspectiveId}, ${position.invloed}, ${position.belang},
                  ${position.standpunt}, ${position.reasoning}, ${position.day})`,
    );
  } catch (error) {
    translateDatabaseError(error);
  }
}

/** An existing relatie of this type between the two spelers (either way round), if any. */
export async function relationBetween(
  db: Db,
  workspaceId: string,
  sourceId: string,
  targetId: string,
  type: string,
): Promise<{ id: string; sourceId: string; targetId: string } | null> {
  const [row] = await rows<{ id: string; sourceId: string; targetId: string }>(
    db,
    sql`select id, source_id as "sourceId", target_id as "targetId" from relations
        where workspace_id = ${workspaceId} and type = ${type}
          and ((source_id = ${sourceId} and target_id = ${targetId}) or (source_id = ${targetId} and target_id = ${sourceId}))
        order by (source_id = ${sourceId}) desc, created_at limit 1`,
  );
  return row ?? null;
}

// ─── live events ──────────────────────────────────────────────────────────────────────────────────────────

export interface MeetingEventRow {
  id: number;
  type: string;
  audience: 'all' | 'staff';
  participantId: string | null;
  payload: Record<string, unknown>;
}

/** First key of the per-meeting advisory lock taken while appending an event (any number, fixed). */
const MEETING_EVENTS_LOCK = 7_305_222;

/**
 * Appends one event and notifies every listener once the transaction commits. The meeting's advisory lock,
 * taken before the id is drawn and held until commit, makes one meeting's events commit in the order of
 * their ids: the hub reads after the last id it delivered, so an id that became visible after a higher one
 * would be skipped (two transactions appending at once on a PostgreSQL server). One statement: on PGlite
 * every statement is a round trip through WebAssembly.
 */
export async function appendEvent(
  db: Db,
  meetingId: string,
  event: { type: string; audience: 'all' | 'staff'; participantId: string | null; payload: object },
): Promise<number> {
  const [row] = await rows<{ id: number }>(
    db,
    sql`with locked as (select pg_advisory_xact_lock(${MEETING_EVENTS_LOCK}, hashtext(${meetingId}))),
        inserted as (
          insert into meeting_events (meeting_id, type, audience, participant_id, payload)
          select ${meetingId}, ${event.type}, ${event.audience}, ${event.participantId}, ${JSON.stringify(event.payload)}::jsonb
          from locked
          returning id)
        select id::float8 as id, pg_notify(${MEETING_CHANNEL}, ${meetingId}) from inserted`,
  );
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** Events after `after`, oldest first, at most `limit`; `participantId` filters to what that participant sees. */
export async function eventsAfter(
  db: Db,
  meetingId: string,
  after: number,
  limit: number,
  participantId?: string,
): Promise<MeetingEventRow[]> {
  const visible = participantId ? sql`and (audience = 'all' or participant_id = ${participantId})` : sql``;
  return rows<MeetingEventRow>(
    db,
    sql`select id::float8 as id, type, audience, participant_id as "participantId", payload from meeting_events
        where meeting_id = ${meetingId} and id > ${after} ${visible} order by id limit ${limit}`,
  );
}

export async function lastEventId(db: Db, meetingId: string): Promise<number> {
  const [row] = await rows<{ id: number | null }>(
    db,
    sql`select max(id)::float8 as id from meeting_events where meeting_id = ${meetingId}`,
  );
  return row?.id ?? 0;
}

export async function participantCounts(
  db: Db,
  meetingId: string,
): Promise<{ id: string; participants: number }[]> {
  return rows(
    db,
    sql`select g.id, (select count(*)::int from meeting_participants p where p.group_id = g.id) as participants
        from meeting_groups g where g.meeting_id = ${meetingId} order by g.position, g.id`,
  );
}

// ─── afterwards ───────────────────────────────────────────────────────────────────────────────────────────

/**
 * What the meeting put on the map that was not there: spelers of accepted speler contributions and relaties
 * of accepted ties (a tie that landed on an existing relatie is `merged`), as they are now.
 */
export async function added(
  db: Db,
  meetingId: string,
): Promise<{
  actors: MeetingActor[];
  relations: { id: string; sourceName: string; targetName: string; type: string }[];
  positions: number;
}> {
  const actors = await rows<MeetingActor>(
    db,
    sql`select distinct a.id, a.name, a.force from meeting_contributions c join actors a on a.id = c.actor_id
        where c.meeting_id = ${meetingId} and c.kind = 'actor' and c.status = 'accepted' order by a.name, a.id`,
  );
  const relations = await rows<{ id: string; sourceName: string; targetName: string; type: string }>(
    db,
    sql`select distinct r.id, s.name as "sourceName", t.name as "targetName", r.type
        from meeting_contributions c join relations r on r.id = c.relation_id
        join actors s on s.id = r.source_id join actors t on t.id = r.target_id
        where c.meeting_id = ${meetingId} and c.kind = 'tie' and c.status = 'accepted'
        order by s.name, t.name, r.id`,
  );
  const [positions] = await rows<{ count: number }>(
    db,
    sql`select count(distinct (group_id, actor_id))::int as count from meeting_contributions
        where meeting_id = ${meetingId} and kind = 'position' and status in ('accepted', 'merged')`,
  );
  return { actors, relations, positions: positions?.count ?? 0 };
}

/**
 * A relatie first named in a meeting: not the editors' claim (`claimed_by_editors = false`), so the editors'
 * own map stays as it was until they assess it; the group's assessment says it exists.
 */
export async function createRelation(
  db: Db,
  workspaceId: string,
  input: { sourceId: string; targetId: string; type: string; strength: number; source: string },
): Promise<string> {
  try {
    const [row] = await rows<{ id: string }>(
      db,
      sql`insert into relations (workspace_id, source_id, target_id, type, strength, sources, claimed_by_editors)
          values (${workspaceId}, ${input.sourceId}, ${input.targetId}, ${input.type}, ${input.strength},
                  array[${input.source}]::text[], false)
          returning id`,
    );
    if (!row) throw new Error('insert returned no row');
    return row.id;
  } catch (error) {
    return translateDatabaseError(error);
  }
}

/** A relatie of the werkruimte with its two ends, or null. */
export async function relationEnds(
  db: Db,
  workspaceId: string,
  relationId: string,
): Promise<{ id: string; sourceId: string; targetId: string } | null> {
  const [row] = await rows<{ id: string; sourceId: string; targetId: string }>(
    db,
    sql`select id, source_id as "sourceId", target_id as "targetId" from relations
        where workspace_id = ${workspaceId} and id = ${relationId}`,
  );
  return row ?? null;
}

/** Whether any meeting, open or not, has this code (codes are unique for good). */
export async function codeTaken(db: Db, code: string): Promise<boolean> {
  const found = await rows<{ one: number }>(db, sql`select 1 as one from meetings where code = ${code}`);
  return found.length > 0;
}

/** The meeting's groups, in their order. */
export async function groups(db: Db, meetingId: string): Promise<GroupRecord[]> {
  return rows<GroupRecord>(
    db,
    sql`select g.id, g.name, g.force, (select p.id from perspectives p where p.id = g.perspective_id) as "perspectiveId"
        from meeting_groups g where g.meeting_id = ${meetingId} order by g.position, g.id`,
  );
}
