/**
 * Members and invitations of a werkruimte. An eigenaar makes an invitation link with a role and an expiry;
 * whoever opens it while signed in (or makes an account on the spot) joins in that role, once. Every change
 * is one audit event; a werkruimte never loses its last eigenaar.
 */
import {
  ConflictError,
  type Invitation,
  type InvitationCreate,
  type NewAccount,
  NotFoundError,
  type Role,
  type User,
} from '../domain/index.ts';
import type { Store, TransactionStore } from '../store/index.ts';
import { createAccount } from './accounts.ts';
import { type Author, apiAuthor, recordChange } from './author.ts';
import { hashToken, newToken } from './tokens.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

function record(
  tx: TransactionStore,
  author: Author,
  workspaceId: string,
  action: 'member.add' | 'member.update' | 'member.remove' | 'invitation.create' | 'invitation.revoke',
  entityId: string,
  before: unknown,
  after: unknown,
): Promise<void> {
  return recordChange(tx, author, {
    workspaceId,
    action,
    entityType: action.startsWith('member') ? 'member' : 'invitation',
    entityId,
    before,
    after,
  });
}

/** Makes an invitation; the token is returned once and only its hash is kept. */
export function createInvitation(
  store: Store,
  author: Author,
  workspaceId: string,
  input: InvitationCreate,
): Promise<{ invitation: Invitation; token: string }> {
  return store.transaction(async (tx) => {
    const token = newToken();
    const invitation = await tx.invitations.create({
      workspaceId,
      tokenHash: hashToken(token),
      role: input.role,
      createdBy: author.userId,
      expiresAt: new Date(Date.now() + input.expiresInDays * DAY_MS),
    });
    await record(tx, author, workspaceId, 'invitation.create', invitation.id, null, {
      role: invitation.role,
      expiresAt: invitation.expiresAt,
    });
    return { invitation, token };
  });
}

export function revokeInvitation(
  store: Store,
  author: Author,
  workspaceId: string,
  invitationId: string,
): Promise<void> {
  return store.transaction(async (tx) => {
    const revoked = await tx.invitations.revoke(workspaceId, invitationId);
    if (!revoked) throw new NotFoundError('invitation', invitationId);
    await record(tx, author, workspaceId, 'invitation.revoke', invitationId, revoked, null);
  });
}

export interface InvitationPreview {
  workspaceName: string;
  role: Role;
  expiresAt: string;
}

/** What an invitation offers, for the page that asks to accept it. */
export async function previewInvitation(store: Store, token: string): Promise<InvitationPreview> {
  const invitation = await store.invitations.findUsable(hashToken(token));
  if (!invitation) throw new ConflictError('invitation_unusable');
  return { workspaceName: invitation.workspaceName, role: invitation.role, expiresAt: invitation.expiresAt };
}

/**
 * Uses the invitation for a signed-in user, or for a new account made with it (returned, so the caller can
 * sign it in). The invitation is marked used in the same transaction, conditionally, so two people racing
 * for one link cannot both get in.
 */
export function acceptInvitation(
  store: Store,
  token: string,
  who: { userId: string } | { account: NewAccount },
): Promise<{ workspaceId: string; role: Role; newUser: User | null }> {
  return store.transaction(async (tx) => {
    const invitation = await tx.invitations.findUsable(hashToken(token));
    if (!invitation) throw new ConflictError('invitation_unusable');
    const newUser = 'account' in who ? await createAccount(tx, null, who.account) : null;
    const userId = newUser?.id ?? ('userId' in who ? who.userId : '');
    if (!(await tx.invitations.markUsed(invitation.id, userId)))
      throw new ConflictError('invitation_unusable');
    const before = await tx.members.roleOf(invitation.workspaceId, userId);
    await tx.members.add(invitation.workspaceId, userId, invitation.role);
    const role = (await tx.members.roleOf(invitation.workspaceId, userId)) as Role;
    await record(
      tx,
      apiAuthor(userId),
      invitation.workspaceId,
      'member.add',
      userId,
      before ? { role: before } : null,
      { role, invitation: invitation.id },
    );
    return { workspaceId: invitation.workspaceId, role, newUser };
  });
}

export function changeRole(
  store: Store,
  author: Author,
  workspaceId: string,
  userId: string,
  role: Role,
): Promise<void> {
  return store.transaction(async (tx) => {
    const before = await tx.members.roleOf(workspaceId, userId);
    if (!before) throw new NotFoundError('member', userId);
    await tx.members.setRole(workspaceId, userId, role);
    await record(tx, author, workspaceId, 'member.update', userId, { role: before }, { role });
  });
}

export function removeMember(
  store: Store,
  author: Author,
  workspaceId: string,
  userId: string,
): Promise<void> {
  return store.transaction(async (tx) => {
    const before = await tx.members.roleOf(workspaceId, userId);
    if (!before) throw new NotFoundError('member', userId);
    await tx.members.remove(workspaceId, userId);
    await record(tx, author, workspaceId, 'member.remove', userId, { role: before }, null);
  });
}
