/**
 * Leden: who works in the werkruimte, in which role. Every member sees the list; an eigenaar also changes
 * roles, takes members out (the server keeps at least one eigenaar and says so), makes invitation links and
 * revokes the open ones. The link is shown once, in full, to copy.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../contract/index.ts';
import {
  INVITATION_DAYS_DEFAULT,
  INVITATION_DAYS_MAX,
  ROLES,
  type Role,
  roleAllows,
} from '../../../domain/index.ts';
import { ApiProblem, call } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { FieldError } from '../../components/FieldError.tsx';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { navigate } from '../../router.ts';
import { problemText } from '../../state/problem-errors.ts';
import { useSession } from '../../state/session.ts';
import { formatWhen } from './history/describe-event.ts';

type Member = contract.EndpointOutput<typeof contract.members.listMembers>['items'][number];
type Invitation = contract.EndpointOutput<typeof contract.members.listInvitations>['items'][number];
type CreatedInvitation = contract.EndpointOutput<typeof contract.members.createInvitation>;

interface MembersSectionProps {
  workspaceId: string;
  /** The signed-in user's own role here. */
  role: Role;
  /** The members as last loaded, for names elsewhere on the page (the history). */
  onMembers(members: Member[]): void;
  /** A member, a role or an invitation changed: the page reloads the user's own role and the history. */
  onChanged(): void;
}

export function MembersSection({ workspaceId, role, onMembers, onChanged }: MembersSectionProps) {
  const { t } = useTranslation();
  const session = useSession();
  const myId = session.status === 'signed-in' ? session.user.id : '';
  const canManage = roleAllows(role, 'manage');
  const [members, setMembers] = useState<Member[] | null>(null);
  const [invitations, setInvitations] = useState<Invitation[]>([]);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [toRemove, setToRemove] = useState<Member | null>(null);

  const load = useCallback(async () => {
    try {
      const [list, open] = await Promise.all([
        call(contract.members.listMembers, { params: { workspaceId } }),
        canManage
          ? call(contract.members.listInvitations, { params: { workspaceId } })
          : Promise.resolve({ items: [] }),
      ]);
      setMembers(list.items);
      setInvitations(open.items);
      onMembers(list.items);
    } catch (problem) {
      setError(problemText(problem, t('errors.generic')));
    }
  }, [workspaceId, canManage, onMembers, t]);

  useEffect(() => {
    void load();
  }, [load]);

  /** True when the role was saved. */
  async function changeRole(member: Member, next: Role): Promise<boolean> {
    setError('');
    setStatus('');
    try {
      await call(contract.members.changeRole, {
        params: { workspaceId, userId: member.userId },
        body: { role: next },
      });
    } catch (problem) {
      setError(problemText(problem, t('errors.generic')));
      return false;
    }
    setStatus(t('members.roleChanged', { name: member.displayName, role: t(`roles.${next}`) }));
    onChanged();
    await load();
    return true;
  }

  async function remove(member: Member) {
    setToRemove(null);
    setError('');
    setStatus('');
    try {
      await call(contract.members.removeMember, { params: { workspaceId, userId: member.userId } });
    } catch (problem) {
      setError(problemText(problem, t('errors.generic')));
      return;
    }
    // Without membership the werkruimte is out of reach: back to the list.
    if (member.userId === myId) {
      navigate('/');
      return;
    }
    setStatus(t('members.removed', { name: member.displayName }));
    onChanged();
    await load();
  }

  async function revoke(invitation: Invitation) {
    setError('');
    setStatus('');
    try {
      await call(contract.members.revokeInvitation, {
        params: { workspaceId, invitationId: invitation.id },
      });
      setStatus(t('members.revoked'));
      onChanged();
    } catch (problem) {
      setError(problemText(problem, t('errors.generic')));
    }
    await load();
  }

  return (
    <section aria-labelledby="members-heading" className="kv-section">
      <Heading level={2} id="members-heading">
        {t('members.title')}
      </Heading>
      <Paragraph>{t('members.intro')}</Paragraph>
      <Paragraph>
        {t('members.yourRole', { role: t(`roles.${role}`), explained: t(`roles.${role}Explained`) })}
      </Paragraph>
      {!canManage && <Paragraph className="kv-muted">{t('members.onlyOwner')}</Paragraph>}
      <p className="kv-status" role="status">
        {status}
      </p>
      {error && (
        <p className="kv-alert" role="alert">
          {error}
        </p>
      )}
      {members === null ? (
        !error && <Paragraph>{t('app.loading')}</Paragraph>
      ) : (
        <ScrollRegion label={t('members.title')}>
          <table className="kv-table kv-members">
            <caption className="kv-visually-hidden">{t('members.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.email')}</th>
                <th scope="col">{t('members.role')}</th>
                {canManage && <th scope="col">{t('members.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.userId}>
                  <th scope="row">
                    {member.displayName}
                    {member.userId === myId && <span className="kv-muted"> {t('members.you')}</span>}
                  </th>
                  <td>{member.email}</td>
                  <td>
                    {canManage ? (
                      <RoleChoice member={member} onSave={(next) => changeRole(member, next)} />
                    ) : (
                      t(`roles.${member.role}`)
                    )}
                  </td>
                  {canManage && (
                    <td>
                      <Button
                        purpose="subtle"
                        hint="negative"
                        aria-label={t('members.removeOf', { name: member.displayName })}
                        onClick={() => setToRemove(member)}
                      >
                        {t('members.remove')}
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {canManage && (
        <>
          <InvitationForm
            workspaceId={workspaceId}
            onCreated={() => {
              onChanged();
              void load();
            }}
          />
          <Heading level={3}>{t('members.openTitle')}</Heading>
          {invitations.length === 0 ? (
            <Paragraph>{t('members.openEmpty')}</Paragraph>
          ) : (
            <OpenInvitations invitations={invitations} onRevoke={(invitation) => void revoke(invitation)} />
          )}
        </>
      )}
      {toRemove && (
        <ConfirmDialog
          title={t('members.confirmRemoveTitle')}
          message={
            toRemove.userId === myId
              ? t('members.confirmRemoveSelf')
              : t('members.confirmRemove', { name: toRemove.displayName })
          }
          confirmLabel={t('members.remove')}
          cancelLabel={t('members.cancel')}
          onConfirm={() => void remove(toRemove)}
          onCancel={() => setToRemove(null)}
        />
      )}
    </section>
  );
}

/** A member's role as a choice plus a save button, so trying options with the arrow keys changes nothing yet. */
function RoleChoice({ member, onSave }: { member: Member; onSave(role: Role): Promise<boolean> }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Role>(member.role);
  useEffect(() => setDraft(member.role), [member.role]);
  const id = `member-role-${member.userId}`;
  return (
    <span className="kv-inline-form">
      <select
        id={id}
        className="kv-select"
        aria-label={t('members.roleOf', { name: member.displayName })}
        value={draft}
        onChange={(event) => setDraft(event.target.value as Role)}
      >
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {t(`roles.${option}`)}
          </option>
        ))}
      </select>
      <Button
        purpose="secondary"
        aria-label={t('members.saveRoleOf', { name: member.displayName })}
        onClick={() => {
          if (draft === member.role) return;
          // Refused (the last eigenaar): show the role as it still is.
          void onSave(draft).then((saved) => {
            if (!saved) setDraft(member.role);
          });
        }}
      >
        {t('members.saveRole')}
      </Button>
    </span>
  );
}

function InvitationForm({ workspaceId, onCreated }: { workspaceId: string; onCreated(): void }) {
  const { t, i18n } = useTranslation();
  const [role, setRole] = useState<Role>('lezer');
  const [days, setDays] = useState(String(INVITATION_DAYS_DEFAULT));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [copyStatus, setCopyStatus] = useState('');
  const linkField = useRef<HTMLInputElement>(null);
  const link = created ? `${window.location.origin}${created.path}` : '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCopyStatus('');
    const expiresInDays = Number(days);
    if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > INVITATION_DAYS_MAX) {
      setErrors({ days: t('members.inviteDaysInvalid') });
      return;
    }
    setErrors({});
    try {
      setCreated(
        await call(contract.members.createInvitation, {
          params: { workspaceId },
          body: { role, expiresInDays },
        }),
      );
      onCreated();
    } catch (problem) {
      const next: Record<string, string> = {};
      if (problem instanceof ApiProblem) {
        for (const param of problem.invalidParams)
          next[param.name === 'expiresInDays' ? 'days' : param.name] ??= param.reason;
      }
      if (Object.keys(next).length === 0) next.form = problemText(problem, t('errors.generic'));
      setErrors(next);
    }
  }

  // Show the new link to the user right away, ready to copy.
  useEffect(() => {
    if (created) linkField.current?.focus();
  }, [created]);

  async function copy() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setCopyStatus(t('members.copied'));
    } catch {
      // No clipboard (an insecure address, or the browser said no): select the link for Ctrl+C.
      linkField.current?.focus();
      linkField.current?.select();
      setCopyStatus(t('members.copyByHand'));
    }
  }

  return (
    <div className="kv-subform">
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="invite-heading">
        <Heading level={3} id="invite-heading">
          {t('members.inviteTitle')}
        </Heading>
        <Paragraph>{t('members.inviteIntro')}</Paragraph>
        <div className="kv-field">
          <label htmlFor="invite-role">{t('members.inviteRole')}</label>
          <span id="invite-role-hint" className="kv-hint">
            {t(`roles.${role}Explained`)}
          </span>
          <select
            id="invite-role"
            className="kv-select"
            value={role}
            aria-describedby="invite-role-hint"
            onChange={(event) => setRole(event.target.value as Role)}
          >
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`roles.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="kv-field">
          <label htmlFor="invite-days">{t('members.inviteDays')}</label>
          <span id="invite-days-hint" className="kv-hint">
            {t('members.inviteDaysHint')}
          </span>
          <input
            id="invite-days"
            type="number"
            min={1}
            max={INVITATION_DAYS_MAX}
            step={1}
            className="utrecht-textbox kv-number-field"
            value={days}
            aria-invalid={Boolean(errors.days)}
            aria-describedby={errors.days ? 'invite-days-hint invite-days-error' : 'invite-days-hint'}
            onChange={(event) => setDays(event.target.value)}
          />
          <FieldError id="invite-days-error" message={errors.days} />
        </div>
        <FieldError id="invite-form-error" message={errors.form ?? errors.role} />
        <Button purpose="primary" type="submit">
          {t('members.inviteSubmit')}
        </Button>
      </form>
      {created && (
        <div className="kv-invitation-link">
          <div className="kv-field">
            <label htmlFor="invite-link">{t('members.link')}</label>
            <input
              id="invite-link"
              ref={linkField}
              readOnly
              className="utrecht-textbox kv-link-field"
              value={link}
              aria-describedby="invite-link-note"
              onFocus={(event) => event.currentTarget.select()}
            />
            <span id="invite-link-note" className="kv-hint">
              {t('members.linkNote', { date: formatWhen(created.invitation.expiresAt, i18n.language) })}
            </span>
          </div>
          <Button purpose="secondary" onClick={() => void copy()}>
            {t('members.copy')}
          </Button>
          <p className="kv-status" role="status">
            {copyStatus}
          </p>
        </div>
      )}
    </div>
  );
}

function OpenInvitations({
  invitations,
  onRevoke,
}: {
  invitations: Invitation[];
  onRevoke(invitation: Invitation): void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ScrollRegion label={t('members.openCaption')}>
      <table className="kv-table">
        <caption className="kv-visually-hidden">{t('members.openCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('members.role')}</th>
            <th scope="col">{t('members.createdBy')}</th>
            <th scope="col">{t('members.validUntil')}</th>
            <th scope="col">
              <span className="kv-visually-hidden">{t('members.revoke')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => {
            const date = formatWhen(invitation.expiresAt, i18n.language);
            return (
              <tr key={invitation.id}>
                <td>{t(`roles.${invitation.role}`)}</td>
                <td>{invitation.createdBy}</td>
                <td>
                  <time dateTime={invitation.expiresAt}>{date}</time>
                </td>
                <td>
                  <Button
                    purpose="subtle"
                    hint="negative"
                    aria-label={t('members.revokeOf', { role: t(`roles.${invitation.role}`), date })}
                    onClick={() => onRevoke(invitation)}
                  >
                    {t('members.revoke')}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
