/**
 * The audit trail's vocabulary: what kinds of change are recorded. Each change is one event with the
 * record as it was before and after (null when it did not exist), who made it and how it came in.
 */
import { z } from 'zod';

export const AUDIT_ACTIONS = [
  'workspace.create',
  'workspace.update',
  'workspace.delete',
  'workspace.import',
  'actor.create',
  'actor.update',
  'actor.delete',
  'actor.restore',
  'relation.create',
  'relation.update',
  'relation.delete',
  'relation.restore',
  'layout.save',
  'perspective.create',
  'perspective.update',
  'perspective.delete',
  'assessment.create',
  'assessment.update',
  'assessment.delete',
  'topic.create',
  'topic.update',
  'topic.delete',
  'position.create',
  'member.add',
  'member.update',
  'member.remove',
  'invitation.create',
  'invitation.revoke',
  'survey.create',
  'survey.update',
  'survey.delete',
  'respondent.create',
  'respondent.link',
  'respondent.mail',
  'respondent.revoke',
  'respondent.forget_contact',
  'respondent.answer',
  'respondent.withdraw',
  'proposal.resolve',
  'meeting.create',
  'meeting.update',
  'meeting.open',
  'meeting.close',
  'contribution.decide',
  'contribution.land',
  'snapshot.create',
  'snapshot.delete',
  'user.create',
  'user.password',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * `survey`: a respondent of an uitvraag, through their personal link (no account); `meeting`: a participant
 * of a bijeenkomst, through their code (no account), or the meeting's auto-accept.
 */
export const AUDIT_VIA = ['api', 'cli', 'system', 'survey', 'meeting'] as const;
export type AuditVia = (typeof AUDIT_VIA)[number];

export const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  action: z.enum(AUDIT_ACTIONS),
  entityType: z.string(),
  entityId: z.string().nullable(),
  via: z.enum(AUDIT_VIA),
  /** Who made the change; null for the command line and the demo seed, or an account since removed. */
  user: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
