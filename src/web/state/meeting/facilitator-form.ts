/**
 * The "Nieuwe bijeenkomst" form as the facilitator fills it in, and its conversion to the API's shape. It
 * starts ready to go (a name with today's date, the four default groups, no vraagstuk) so a room that is
 * waiting needs one click. What is wrong is found by the domain's own schema (meetingCreateSchema), so the
 * form and the server agree on the limits; a repeated group name is pointed out on the row that repeats it.
 */
import {
  DEFAULT_MEETING_GROUPS,
  FORCES,
  type Force,
  MEETING_GROUPS_MAX,
  type MeetingCreate,
  meetingCreateSchema,
} from '../../../domain/index.ts';
import type { InvalidParam } from '../../api/client.ts';

export interface MeetingGroupRow {
  /** Stable while rows are added and removed: React's key and the ids of the row's fields. */
  key: number;
  name: string;
  force: Force;
}

export interface MeetingFormValues {
  name: string;
  /** '' for "no vraagstuk". */
  topicId: string;
  groups: MeetingGroupRow[];
  autoAccept: boolean;
  nextKey: number;
}

export function newMeetingForm(name: string): MeetingFormValues {
  const groups = DEFAULT_MEETING_GROUPS.map((group, index) => ({ key: index, ...group }));
  return { name, topicId: '', groups, autoAccept: false, nextKey: groups.length };
}

/** A new row, speaking for the first kracht no group has yet (else bewoners). */
export function withGroupAdded(values: MeetingFormValues): MeetingFormValues {
  if (values.groups.length >= MEETING_GROUPS_MAX) return values;
  const used = new Set(values.groups.map((group) => group.force));
  const force = FORCES.find((candidate) => !used.has(candidate)) ?? 'bewoner';
  return {
    ...values,
    groups: [...values.groups, { key: values.nextKey, name: '', force }],
    nextKey: values.nextKey + 1,
  };
}

export function withGroupRemoved(values: MeetingFormValues, key: number): MeetingFormValues {
  return { ...values, groups: values.groups.filter((group) => group.key !== key) };
}

export function withGroupChanged(
  values: MeetingFormValues,
  key: number,
  change: Partial<Pick<MeetingGroupRow, 'name' | 'force'>>,
): MeetingFormValues {
  return {
    ...values,
    groups: values.groups.map((group) => (group.key === key ? { ...group, ...change } : group)),
  };
}

/** What the API gets: the meeting opens at once (the room is waiting). */
export function meetingCreateOf(values: MeetingFormValues): MeetingCreate {
  return {
    name: values.name.trim(),
    description: '',
    topicId: values.topicId || null,
    groups: values.groups.map((group) => ({ name: group.name.trim(), force: group.force })),
    autoAccept: values.autoAccept,
    open: true,
  };
}

export type MeetingFormIssue =
  | 'nameRequired'
  | 'nameTooLong'
  | 'groupsRequired'
  | 'groupsTooMany'
  | 'groupNameRequired'
  | 'groupNameTooLong'
  | 'groupNameDuplicate'
  | 'invalidCharacters'
  | 'invalid';

/**
 * What is wrong, by field: `name`, `groups` (the list as a whole) and `groups.<index>.name` (one row, the
 * index in the form's order). Empty: ready to send.
 */
export function meetingFormIssues(values: MeetingFormValues): Record<string, MeetingFormIssue> {
  const issues: Record<string, MeetingFormIssue> = {};
  const parsed = meetingCreateSchema.safeParse(meetingCreateOf(values));
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const path = issue.path.join('.');
    if (issue.message === 'duplicate_items') continue; // pointed out per row below
    const code = issue.message === 'control_characters' ? 'invalidCharacters' : issue.code;
    if (path === 'name') issues.name ??= nameIssue(code, 'name');
    else if (path === 'groups') issues.groups ??= code === 'too_big' ? 'groupsTooMany' : 'groupsRequired';
    else if (/^groups\.\d+\.name$/.test(path)) issues[path] ??= nameIssue(code, 'groupName');
    else issues.form ??= 'invalid';
  }
  const seen = new Set<string>();
  values.groups.forEach((group, index) => {
    const name = group.name.trim().toLowerCase();
    if (name && seen.has(name)) issues[`groups.${index}.name`] ??= 'groupNameDuplicate';
    seen.add(name);
  });
  return issues;
}

function nameIssue(code: string, field: 'name' | 'groupName'): MeetingFormIssue {
  if (code === 'invalidCharacters') return 'invalidCharacters';
  if (code === 'too_big') return field === 'name' ? 'nameTooLong' : 'groupNameTooLong';
  return field === 'name' ? 'nameRequired' : 'groupNameRequired';
}

/**
 * The server's reasons by the form's fields: `name`, `topicId`, `groups`, `groups.<index>.name`; anything
 * else (a `groups.2.force` the form cannot get wrong, a field it does not show) at the top of the form.
 */
export function meetingFormErrorsOf(params: readonly InvalidParam[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const param of params) {
    const field = /^(name|topicId|groups|groups\.\d+\.name)$/.test(param.name) ? param.name : 'form';
    errors[field] ??= param.reason;
  }
  return errors;
}
