import { describe, expect, it } from 'vitest';
import { DEFAULT_MEETING_GROUPS, MEETING_GROUPS_MAX, meetingCreateSchema } from '../../../domain/index.ts';
import {
  meetingCreateOf,
  meetingFormErrorsOf,
  meetingFormIssues,
  newMeetingForm,
  withGroupAdded,
  withGroupChanged,
  withGroupRemoved,
} from './facilitator-form.ts';

const TOPIC = '00000000-0000-4000-8000-000000000001';

describe('the new meeting form', () => {
  it('starts ready to send: a name, the four default groups, no vraagstuk, opening at once', () => {
    const values = newMeetingForm('Bijeenkomst 2 maart 2026');
    expect(meetingFormIssues(values)).toEqual({});
    const payload = meetingCreateOf(values);
    expect(payload).toEqual({
      name: 'Bijeenkomst 2 maart 2026',
      description: '',
      topicId: null,
      groups: DEFAULT_MEETING_GROUPS.map((group) => ({ ...group })),
      autoAccept: false,
      open: true,
    });
    expect(meetingCreateSchema.parse(payload)).toEqual(payload);
  });

  it('sends the chosen vraagstuk, auto-accept and trimmed names', () => {
    const values = { ...newMeetingForm('  Stadsgesprek  '), topicId: TOPIC, autoAccept: true };
    const payload = meetingCreateOf(withGroupChanged(values, 0, { name: ' Buurt ', force: 'professional' }));
    expect(payload.name).toBe('Stadsgesprek');
    expect(payload.topicId).toBe(TOPIC);
    expect(payload.autoAccept).toBe(true);
    expect(payload.groups[0]).toEqual({ name: 'Buurt', force: 'professional' });
  });

  it('adds a group for a kracht not yet used, with a key of its own, up to the maximum', () => {
    const added = withGroupAdded(newMeetingForm('x'));
    expect(added.groups).toHaveLength(5);
    expect(added.groups[4]).toEqual({ key: 4, name: '', force: 'rijk' });
    let full = added;
    for (let index = 0; index < 20; index += 1) full = withGroupAdded(full);
    expect(full.groups).toHaveLength(MEETING_GROUPS_MAX);
    expect(new Set(full.groups.map((group) => group.key)).size).toBe(MEETING_GROUPS_MAX);
    expect(full.groups.at(-1)?.force).toBe('bewoner');
  });

  it('removes a group by its key, keeping the others’ keys', () => {
    const values = withGroupRemoved(newMeetingForm('x'), 1);
    expect(values.groups.map((group) => group.key)).toEqual([0, 2, 3]);
    expect(withGroupAdded(values).groups.at(-1)?.key).toBe(4);
  });

  it('finds a missing or too long name, no groups, an empty and a repeated group name', () => {
    expect(meetingFormIssues(newMeetingForm('  '))).toEqual({ name: 'nameRequired' });
    expect(meetingFormIssues(newMeetingForm('x'.repeat(121)))).toEqual({ name: 'nameTooLong' });
    const none = { ...newMeetingForm('x'), groups: [] };
    expect(meetingFormIssues(none)).toEqual({ groups: 'groupsRequired' });
    let values = withGroupAdded(newMeetingForm('x'));
    values = withGroupChanged(values, 2, { name: 'bewoners ' });
    expect(meetingFormIssues(values)).toEqual({
      'groups.2.name': 'groupNameDuplicate',
      'groups.4.name': 'groupNameRequired',
    });
    expect(meetingFormIssues(withGroupChanged(newMeetingForm('x'), 0, { name: 'x'.repeat(61) }))).toEqual({
      'groups.0.name': 'groupNameTooLong',
    });
    expect(meetingFormIssues(newMeetingForm('a\tb'))).toEqual({ name: 'invalidCharacters' });
  });

  it('puts the server’s reasons beside their fields, and the rest at the top', () => {
    expect(
      meetingFormErrorsOf([
        { name: 'name', code: 'too_big', reason: 'Te lang.' },
        { name: 'groups.1.name', code: 'too_small', reason: 'Leeg.' },
        { name: 'topicId', code: 'not_found', reason: 'Dit vraagstuk bestaat niet.' },
        { name: 'groups.1.force', code: 'invalid', reason: 'Onbekende kracht.' },
        { name: 'name', code: 'other', reason: 'Tweede reden.' },
      ]),
    ).toEqual({
      name: 'Te lang.',
      'groups.1.name': 'Leeg.',
      topicId: 'Dit vraagstuk bestaat niet.',
      form: 'Onbekende kracht.',
    });
  });
});
