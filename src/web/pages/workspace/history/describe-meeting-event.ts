/**
 * The history's sentences for bijeenkomsten: a meeting started, changed, opened and closed (with how many
 * took part and what was taken over), a decision on a contribution (what it said, in the queue's words, and
 * its group), and the map changing because a participant withdrew a contribution or said "klopt" or "klopt
 * niet" about a relatie (`contribution.land`, by `via: 'meeting'` without a person). Kept
 * beside describe-event.ts, which asks here first; the events' `after` is read leniently (a field that is
 * not there is left out of the sentence), so an older or newer event still reads.
 */
import type { AuditEvent, Contribution } from '../../../../domain/index.ts';
import { CONTRIBUTION_KINDS } from '../../../../domain/index.ts';
import { localeOf } from '../../../i18n/format.ts';
import { contributionWords } from '../../../state/meeting/facilitator-words.ts';
import type { DescribeContext } from './describe-event.ts';

type Fields = Record<string, unknown>;
const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const record = (value: unknown): Fields => (isRecord(value) ? value : {});
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const number = (value: unknown): number | null => (typeof value === 'number' ? value : null);

export const MEETING_ACTIONS = [
  'meeting.create',
  'meeting.update',
  'meeting.open',
  'meeting.close',
  'contribution.decide',
  'contribution.land',
] as const;

export interface MeetingEventWords {
  /** The sentence's key under `history.event`. */
  key: string;
  values: Record<string, unknown>;
  details: string;
}

/** The sentence parts of a meeting's event, or null for any other event. */
export function meetingEventWords(event: AuditEvent, context: DescribeContext): MeetingEventWords | null {
  const action = event.action as string;
  if (!(MEETING_ACTIONS as readonly string[]).includes(action)) return null;
  const { t } = context;
  const before = record(event.before);
  const after = record(event.after);
  const list = (items: string[]) =>
    new Intl.ListFormat(localeOf(context.language), { type: 'conjunction' }).format(items);

  if (action.startsWith('meeting.')) {
    const name = text(after.name) || text(before.name);
    const key = {
      create: 'meetingCreate',
      update: 'meetingUpdate',
      open: 'meetingOpen',
      close: 'meetingClose',
    }[action.slice('meeting.'.length) as 'create' | 'update' | 'open' | 'close'];
    let details = '';
    if (action === 'meeting.update') details = list(updateParts(before, after, context));
    if (action === 'meeting.close') details = list(closeParts(after, context));
    return { key, values: { name }, details };
  }

  // A contribution: its meeting named when the event says which, and what it said when it holds that.
  const meetingName =
    text(after.meetingName) || text(record(after.meeting).name) || text(before.meetingName) || '';
  const meeting = meetingName
    ? t('history.meeting.named', { name: meetingName })
    : t('history.meeting.unnamed');
  const group = text(after.group) || text(before.group);
  if (action === 'contribution.land')
    return { key: 'contributionLand', values: { meeting }, details: landing(after, group, context) };
  // The decision's `after` has the outcome; what was said is in `before` (the contribution as it waited).
  const said = words(isRecord(after.content) ? after : before, context);
  const details = said && group ? `${said} (${group})` : said;
  const status = decidedStatus(after);
  // Taken over by the meeting itself (auto-accept): no person decided it.
  const automatic = event.user === null && event.via === 'meeting' && status === 'accepted';
  const key = automatic
    ? 'contributionDecideAuto'
    : status === 'accepted'
      ? 'contributionDecideAccepted'
      : status === 'merged'
        ? 'contributionDecideMerged'
        : status === 'rejected'
          ? 'contributionDecideRejected'
          : 'contributionDecide';
  return { key, values: { meeting }, details };
}

/** accepted / merged / rejected, from the contribution's status or the decision taken. */
function decidedStatus(after: Fields): 'accepted' | 'merged' | 'rejected' | null {
  const value = text(after.status) || text(after.decision);
  if (value === 'accepted' || value === 'accept') return 'accepted';
  if (value === 'merged' || value === 'merge') return 'merged';
  if (value === 'rejected' || value === 'reject') return 'rejected';
  return null;
}

/** What a contribution said, when the event holds its content: "Nieuwe speler: Buurtkamer (Bewoners)". */
function words(fields: Fields, context: DescribeContext): string {
  const content = record(fields.content);
  if (!(CONTRIBUTION_KINDS as readonly string[]).includes(text(content.kind))) return '';
  const actors = Array.isArray(fields.actors)
    ? fields.actors
        .map(record)
        .flatMap((actor) =>
          typeof actor.id === 'string' && typeof actor.name === 'string'
            ? [{ id: actor.id, name: actor.name }]
            : [],
        )
    : [];
  return contributionWords({ content: content as unknown as Contribution['content'], actors }, context);
}

/**
 * What a participant did that changed the map: withdrew a contribution, or said "klopt" / "klopt niet" about a
 * relatie (or took that back). Nicknames never reach the history: "iemand van Bewoners".
 */
function landing(after: Fields, group: string, { t }: DescribeContext): string {
  const who = group ? t('history.meeting.someoneOf', { group }) : t('history.meeting.someone');
  if (after.status === 'withdrawn') return t('history.meeting.withdrew', { who });
  if (!('reaction' in after)) return '';
  if (after.reaction === 'klopt') return t('history.meeting.saidKlopt', { who });
  if (after.reaction === 'klopt_niet') return t('history.meeting.saidKloptNiet', { who });
  return t('history.meeting.reactionWithdrawn', { who });
}

/** "bijdragen meteen overnemen aan", and the other fields that changed by name. */
function updateParts(before: Fields, after: Fields, { t }: DescribeContext): string[] {
  const parts: string[] = [];
  if (typeof after.autoAccept === 'boolean' && after.autoAccept !== before.autoAccept)
    parts.push(t(after.autoAccept ? 'history.meeting.autoAcceptOn' : 'history.meeting.autoAcceptOff'));
  for (const field of ['name', 'description'] as const)
    if (field in after && JSON.stringify(after[field]) !== JSON.stringify(before[field]))
      parts.push(t(`history.fields.${field}`));
  return parts;
}

/** "23 deelnemers, 14 overgenomen en 3 afgewezen": the counts the closing event keeps. */
function closeParts(after: Fields, { t }: DescribeContext): string[] {
  const counts = isRecord(after.summary) ? after.summary : after;
  const parts: string[] = [];
  for (const field of ['participants', 'accepted', 'rejected'] as const) {
    const count = number(counts[field]);
    if (count !== null) parts.push(t(`history.meeting.${field}`, { count }));
  }
  return parts;
}
