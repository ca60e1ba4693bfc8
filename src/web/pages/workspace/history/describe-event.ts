/**
 * One audit event as a sentence a B1 reader understands: "Anna wijzigde speler Buurtkamer: naam,
 * kenmerken", "Import van bestand spelers.xlsx door Anna: 12 spelers toegevoegd, 3 bijgewerkt". When no
 * person is behind a change, the sentence says how it came in instead ("Speler Buurtkamer verwijderd via
 * de opdrachtregel", "… door Krachtenveld (voorbeeld)"). Shared by the werkruimte's history and the speler
 * panel's. Everything here is plain text: React escapes it when it is shown.
 */

import type { TFunction } from 'i18next';
import { type AuditEvent, PROFILE_FIELDS, STANCE_NAMES } from '../../../../domain/index.ts';
import { formatDateTime, localeOf } from '../../../i18n/format.ts';
import { meetingEventWords } from './describe-meeting-event.ts';

export interface DescribeContext {
  t: TFunction;
  /** The app's language ('nl' or 'en'), for numbers and dates. */
  language: string;
  /** The current name of a speler that is still on the map. */
  actorName(id: string): string | undefined;
  /** The name of a member of the werkruimte. */
  memberName(userId: string): string | undefined;
  /** The current name of a perspective, when the page knows the werkruimte's perspectives. */
  perspectiveName?(id: string): string | undefined;
}

type Fields = Record<string, unknown>;

/** Fields that change with every save, or never: they tell a reader nothing. */
const BOOKKEEPING = new Set(['id', 'workspaceId', 'version', 'createdAt', 'updatedAt']);

/** The order in which the forms show the fields of a speler, relatie or werkruimte; others come last. */
const FIELD_ORDER = [
  'name',
  'force',
  'kind',
  'domains',
  ...PROFILE_FIELDS,
  'scale',
  'wijken',
  'tags',
  'website',
  'gemeente',
  'sourceId',
  'targetId',
  'type',
  'strength',
  'description',
  'validFrom',
  'validTo',
  'perspective',
  'sources',
];
const rank = (key: string) => {
  const index = FIELD_ORDER.indexOf(key);
  return index === -1 ? FIELD_ORDER.length : index;
};

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const record = (value: unknown): Fields => (isRecord(value) ? value : {});
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const count = (value: unknown): number => (typeof value === 'number' ? value : 0);
const length = (value: unknown): number => (Array.isArray(value) ? value.length : 0);
const records = (value: unknown): Fields[] => (Array.isArray(value) ? value.map(record) : []);

/** Date and time of an event, in the app's one date format: "23 november 2026 om 16:20". */
export function formatWhen(iso: string, language: string): string {
  return formatDateTime(iso, language);
}

/**
 * The fields that differ between before and after, in the order the forms show them; the bookkeeping
 * fields (version, updatedAt, …) are left out.
 */
export function changedFields(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = [...Object.keys(after), ...Object.keys(before).filter((key) => !(key in after))];
  return keys
    .filter((key) => !BOOKKEEPING.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .sort((a, b) => rank(a) - rank(b));
}

/** `actor.update` → `actorUpdate`, the key of its sentence. */
function sentenceKey(action: string): string {
  return action.replace(/[._](\w)/g, (_, letter: string) => letter.toUpperCase());
}

/** The sentence for one event, without a full stop (it is shown as an item in a list). */
export function describeEvent(event: AuditEvent, context: DescribeContext): string {
  const { t } = context;
  const before = record(event.before);
  const after = record(event.after);
  const list = (items: string[]) =>
    new Intl.ListFormat(localeOf(context.language), { type: 'conjunction' }).format(items);
  // A profile text is named as its form labels it, so a new profile field needs one label, not two.
  const fieldName = (key: string) =>
    (PROFILE_FIELDS as readonly string[]).includes(key)
      ? t(`actorForm.${key}`).toLocaleLowerCase(localeOf(context.language))
      : t(`history.fields.${key}`, { defaultValue: key });
  const fieldList = (keys: string[]) => list(keys.map(fieldName));
  const actorLabel = (id: unknown) => context.actorName(text(id)) ?? t('history.unknownActor');
  const memberLabel = (id: string) =>
    context.memberName(id) ?? (event.user?.id === id ? event.user.displayName : t('history.unknownMember'));
  const role = (value: unknown) => t(`roles.${text(value)}`, { defaultValue: text(value) });

  // A bijeenkomst's events have their own module (describe-meeting-event.ts).
  const meeting = meetingEventWords(event, context);
  if (meeting) {
    const sentence = t(`history.event.${meeting.key}`, { ...meeting.values, ...author(event, t) });
    return meeting.details ? `${sentence}: ${meeting.details}` : sentence;
  }

  let key = sentenceKey(event.action);
  /** The full key of the sentence, when it lives outside `history.event`. */
  let sentencePath: string | undefined;
  let values: Record<string, unknown> = {};
  let details = '';
  switch (event.action) {
    case 'workspace.create':
    case 'workspace.delete':
      values = { name: text(after.name) || text(before.name) };
      break;
    case 'workspace.update':
      values = { name: text(after.name) || text(before.name) };
      // The schedule of momentopnames is named with its new value: "automatische momentopnames (elk jaar …)".
      details = list(
        changedFields(before, after).map((key) =>
          key === 'snapshotSchedule'
            ? t('time.schedule.history.field', {
                schedule: t(`time.schedule.options.${text(after.snapshotSchedule)}`, {
                  defaultValue: text(after.snapshotSchedule),
                }),
              })
            : fieldName(key),
        ),
      );
      break;
    case 'workspace.import': {
      const files = Array.isArray(after.files) ? after.files.map(text) : [];
      values = { files: t('history.files', { count: files.length, list: list(files) }) };
      details = importDetails(after, context, list);
      break;
    }
    case 'actor.create':
      values = { name: text(after.name) };
      break;
    case 'actor.update':
      values = { name: text(after.name) || text(before.name) };
      details = fieldList(changedFields(before, after));
      break;
    case 'actor.delete': {
      const relations = Array.isArray(before.relations) ? before.relations.length : 0;
      values = { name: text(record(before.actor).name) };
      if (relations > 0) details = t('history.relationsGone', { count: relations });
      break;
    }
    case 'actor.restore': {
      const relations = Array.isArray(after.relations) ? after.relations.length : 0;
      values = { name: text(record(after.actor).name) };
      if (relations > 0) details = t('history.relationsBack', { count: relations });
      break;
    }
    case 'relation.create':
    case 'relation.update':
    case 'relation.delete':
    case 'relation.restore': {
      const relation = isRecord(event.after) ? after : before;
      values = {
        relation: `${actorLabel(relation.sourceId)} ${t(`relationType.${text(relation.type)}`, {
          defaultValue: text(relation.type),
        })} ${actorLabel(relation.targetId)}`,
      };
      if (event.action === 'relation.update') details = fieldList(changedFields(before, after));
      break;
    }
    case 'layout.save':
      values = {
        layout: t(`history.layouts.${event.entityId ?? ''}`, { defaultValue: event.entityId ?? '' }),
      };
      if (typeof after.positions === 'number') details = t('history.positions', { count: after.positions });
      break;
    case 'member.add':
    case 'member.remove': {
      const memberId = event.entityId ?? '';
      // Joining through an invitation is done by the new member; leaving can be one's own choice too.
      if (event.user?.id === memberId) key = event.action === 'member.add' ? 'memberJoin' : 'memberLeave';
      values = { member: memberLabel(memberId), role: role(after.role) };
      break;
    }
    case 'member.update':
      values = { member: memberLabel(event.entityId ?? ''), role: role(after.role) };
      if (before.role) details = t('history.wasRole', { role: role(before.role) });
      break;
    case 'invitation.create':
      values = { role: role(after.role), date: formatWhen(text(after.expiresAt), context.language) };
      break;
    case 'invitation.revoke':
      values = { role: role(before.role) };
      break;
    case 'perspective.create':
    case 'perspective.update':
      values = { name: text(after.name) || text(before.name) };
      if (event.action === 'perspective.update') details = fieldList(changedFields(before, after));
      break;
    case 'perspective.delete':
      values = { name: text(record(before.perspective).name) };
      details = claimsGone(t, list, length(before.assessments), length(before.positions));
      break;
    case 'topic.create':
    case 'topic.update':
      values = { name: text(after.name) || text(before.name) };
      if (event.action === 'topic.update') details = fieldList(changedFields(before, after));
      break;
    case 'topic.delete':
      values = { name: text(record(before.topic).name) };
      details = claimsGone(t, list, 0, length(before.positions));
      break;
    case 'position.create': {
      const positions = records(after.positions);
      const topic = text(record(after.topic).name);
      const [only] = positions;
      if (positions.length === 1 && only) {
        values = { actor: actorLabel(only.actorId), topic };
        const perspective = context.perspectiveName?.(text(only.perspectiveId));
        const stance = t(
          `history.stance.${STANCE_NAMES[String(only.standpunt) as keyof typeof STANCE_NAMES] ?? 'neutral'}`,
        );
        details = t(perspective ? 'history.positionBy' : 'history.position', {
          invloed: count(only.invloed),
          belang: count(only.belang),
          stance,
          perspective,
        });
      } else {
        key = 'positionCreateMany';
        values = { number: positions.length, topic };
        details = list([...new Set(positions.map((position) => actorLabel(position.actorId)))]);
      }
      break;
    }
    case 'assessment.create':
    case 'assessment.update':
    case 'assessment.delete': {
      // What one perspective says about a relatie; the relatie's ends are not in the event itself.
      const assessment = isRecord(event.after) ? after : before;
      values = {
        perspective:
          context.perspectiveName?.(text(assessment.perspectiveId)) ?? t('history.unknownPerspective'),
      };
      if (event.action !== 'assessment.delete')
        details =
          assessment.present === false
            ? t('history.tieDenied')
            : t('history.tieClaimed', { strength: count(assessment.strength) || '–' });
      break;
    }
    case 'survey.create':
    case 'survey.delete':
      values = { name: text(after.title) || text(before.title) };
      break;
    case 'survey.update':
      values = { name: text(after.title) || text(before.title) };
      details =
        after.state !== before.state
          ? t(`history.surveyState.${text(after.state)}`, { defaultValue: text(after.state) })
          : list(changedFields(before, after).filter((field) => field !== 'tally'));
      break;
    case 'respondent.create':
      values = { count: length(after.respondents) };
      break;
    case 'respondent.link':
    case 'respondent.forget_contact':
      values = { count: length(after.respondentIds) };
      // Deleted by the server itself when the round's retention period passed: says so, without an agent.
      if (after.expired === true) key = 'respondentForgetContactExpired';
      break;
    case 'respondent.mail':
      // Its sentences live with the other texts of mailing from the app.
      sentencePath = `surveyMail.history.${text(after.kind) === 'herinnering' ? 'herinnering' : 'uitnodiging'}`;
      values = { count: length(after.respondentIds) };
      if (count(after.failed) > 0) details = t('surveyMail.history.failed', { count: count(after.failed) });
      break;
    case 'respondent.answer':
      values = { actor: actorLabel(after.actorId) };
      details = [
        t('history.surveyTies', { count: count(after.ties) }),
        ...(after.finished === true ? [t('history.surveyDone')] : []),
      ].join(', ');
      break;
    case 'respondent.withdraw':
      values = { actor: actorLabel(after.actorId) };
      break;
    case 'proposal.resolve':
      values = { name: text(after.name) };
      details = t(`history.proposalDecision.${text(after.status)}`, { actor: actorLabel(after.actorId) });
      break;
    case 'snapshot.create':
    case 'snapshot.delete':
      values = { name: text(after.name) || text(before.name) };
      // Taken by Krachtenveld on the werkruimte's schedule: its sentence lives with the schedule's texts.
      if (event.action === 'snapshot.create' && after.reason === 'schedule')
        sentencePath = 'time.schedule.history.taken';
      break;
    case 'respondent.revoke':
    case 'user.create':
    case 'user.password':
      break;
    default:
      key = 'unknown';
      values = { action: event.action };
  }

  const sentence = t(sentencePath ?? `history.event.${key}`, { ...values, ...author(event, t) });
  return details ? `${sentence}: ${details}` : sentence;
}

/**
 * The names of spelers as events kept them (made, changed, deleted, restored), newest first wins: a relatie
 * event names its ends by id, and a speler deleted since is no longer on the map to look its name up.
 */
export function actorNamesInEvents(events: readonly AuditEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  const keep = (value: unknown) => {
    const actor = record(value);
    if (typeof actor.id === 'string' && typeof actor.name === 'string' && !names.has(actor.id))
      names.set(actor.id, actor.name);
  };
  for (const event of events) {
    if (event.action === 'actor.create' || event.action === 'actor.update') keep(event.after);
    else if (event.action === 'actor.delete') keep(record(event.before).actor);
    else if (event.action === 'actor.restore') keep(record(event.after).actor);
    else if (event.action === 'proposal.resolve') keep(record(event.after).actorCreated);
    else if (event.action === 'contribution.decide') keep(record(event.after).actorCreated);
  }
  return names;
}

/**
 * Who made the change: a person is the subject of the sentence ("Anna wijzigde …"); without one the
 * sentence takes its `_agent` form, which ends in how the change came in ("… via de opdrachtregel").
 */
function author(event: AuditEvent, t: TFunction): { who?: string; agent?: string; context?: string } {
  if (event.user) {
    const name = event.user.displayName;
    return { who: event.via === 'cli' ? t('history.whoViaCli', { name }) : name };
  }
  // `api` without a user is an account since removed; every other way in has its own words (`meeting` too).
  const agent =
    event.via === 'api'
      ? t('history.agent.removedAccount')
      : t(`history.agent.${event.via}`, { defaultValue: t('history.agent.removedAccount') });
  return { agent, context: 'agent' };
}

/** "samen met 2 beoordelingen van relaties en 5 posities", or nothing when no claims went. */
function claimsGone(
  t: TFunction,
  list: (items: string[]) => string,
  assessments: number,
  positions: number,
): string {
  const parts = [
    ...(assessments > 0 ? [t('history.claims.assessments', { count: assessments })] : []),
    ...(positions > 0 ? [t('history.claims.positions', { count: positions })] : []),
  ];
  return parts.length > 0 ? t('history.withClaims', { list: list(parts) }) : '';
}

/**
 * "12 spelers toegevoegd, 3 bijgewerkt; 40 relaties toegevoegd; samen met 3 perspectieven, 56 beoordelingen
 * van relaties en 88 posities" (the claims counted whether added or updated).
 */
function importDetails(
  after: Fields,
  { t, language }: DescribeContext,
  list: (items: string[]) => string,
): string {
  const number = new Intl.NumberFormat(localeOf(language));
  const part = (counts: Fields, kind: 'actors' | 'relations') => {
    const created = count(counts.created);
    const updated = count(counts.updated);
    const parts: string[] = [];
    if (created > 0)
      parts.push(t(`history.import.${kind}Added`, { count: created, formatted: number.format(created) }));
    if (updated > 0)
      parts.push(
        created > 0
          ? t('history.import.updated', { count: updated, formatted: number.format(updated) })
          : t(`history.import.${kind}Updated`, { count: updated, formatted: number.format(updated) }),
      );
    return parts.join(', ');
  };
  const parts = [part(record(after.actors), 'actors'), part(record(after.relations), 'relations')].filter(
    Boolean,
  );
  const claims = record(after.claims);
  const claimParts = (['perspectives', 'topics', 'assessments', 'positions'] as const).flatMap((kind) => {
    const counts = record(claims[kind]);
    const total = count(counts.created) + count(counts.updated);
    return total > 0 ? [t(`history.claims.${kind}`, { count: total, formatted: number.format(total) })] : [];
  });
  if (claimParts.length > 0) parts.push(t('history.withClaims', { list: list(claimParts) }));
  return parts.length > 0 ? parts.join('; ') : t('history.import.nothing');
}
