/**
 * Accounts: the first administrator (once, on an empty installation), login with a uniform answer for an
 * unknown e-mail and a wrong password, password change and reset, and new accounts made by accepting an
 * invitation.
 * Each account change leaves an audit event without any secret in it.
 */
import {
  AuthenticationError,
  ConflictError,
  type Credentials,
  type NewAccount,
  type User,
} from '../domain/index.ts';
import type { Store, TransactionStore } from '../store/index.ts';
import { type Author, apiAuthor, recordChange } from './author.ts';
import { hashPassword, needsRehash, verifyDecoy, verifyPassword } from './passwords.ts';

function recordAccount(
  tx: TransactionStore,
  author: Author,
  action: 'user.create' | 'user.password',
  user: User,
): Promise<void> {
  // A new account signing itself up is its own author.
  return recordChange(
    tx,
    { userId: author.userId ?? user.id, via: author.via },
    {
      workspaceId: null,
      action,
      entityType: 'user',
      entityId: user.id,
      before: null,
      after:
        action === 'user.create'
          ? { email: user.email, displayName: user.displayName, isAdmin: user.isAdmin }
          : null,
    },
  );
}

/** Creates an account inside a transaction (the caller adds what goes with it). */
export async function createAccount(
  tx: TransactionStore,
  author: Author | null,
  input: NewAccount & { isAdmin?: boolean },
): Promise<User> {
  const user = await tx.users.create({
    email: input.email,
    displayName: input.displayName,
    passwordHash: await hashPassword(input.password),
    isAdmin: input.isAdmin ?? false,
  });
  await recordAccount(tx, author ?? apiAuthor(user.id), 'user.create', user);
  return user;
}

/**
 * The first administrator. Refused once any account exists; it adopts the werkruimtes nobody owns yet
 * (the demo, and any made before accounts existed).
 */
export async function setUpFirstAdministrator(
  store: Store,
  input: NewAccount,
  author: Author | null = null,
): Promise<User> {
  return store.transaction(async (tx) => {
    // Two setups racing: the unique e-mail does not stop two different addresses, this lock does.
    await tx.users.lockForSetup();
    if ((await tx.users.countAll()) > 0) throw new ConflictError('setup_done');
    const user = await createAccount(tx, author, { ...input, isAdmin: true });
    await tx.members.adoptOwnerless(user.id);
    return user;
  });
}

/** Checks e-mail and password; unknown address and wrong password take as long and answer the same. */
export async function checkCredentials(store: Store, credentials: Credentials): Promise<User> {
  const account = await store.users.findForLogin(credentials.email);
  if (!account?.passwordHash) {
    await verifyDecoy(credentials.password);
    throw new AuthenticationError('invalid_credentials');
  }
  if (!(await verifyPassword(credentials.password, account.passwordHash))) {
    throw new AuthenticationError('invalid_credentials');
  }
  if (needsRehash(account.passwordHash)) {
    await store.users.setPasswordHash(account.id, await hashPassword(credentials.password));
  }
  const { passwordHash: _secret, ...user } = account;
  return user;
}

/** Changes the password after checking the current one; every other session of the account ends. */
export async function changePassword(
  store: Store,
  userId: string,
  currentSessionId: string,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const account = await store.users.findForLoginById(userId);
  if (!account?.passwordHash || !(await verifyPassword(currentPassword, account.passwordHash))) {
    throw new AuthenticationError('invalid_credentials');
  }
  const hash = await hashPassword(newPassword);
  await store.transaction(async (tx) => {
    await tx.users.setPasswordHash(userId, hash);
    await tx.sessions.removeForUser(userId, currentSessionId);
    const { passwordHash: _secret, ...user } = account;
    await recordAccount(tx, apiAuthor(userId), 'user.password', user);
  });
}

/**
 * Sets a new password without the current one, for whoever runs the server (`krachtenveld user password`,
 * for someone who forgot theirs). Every session of the account ends. Answers the account, or null when no
 * account has that e-mail address.
 */
export async function resetPassword(
  store: Store,
  author: Author,
  email: string,
  newPassword: string,
): Promise<User | null> {
  const account = await store.users.findForLogin(email);
  if (!account) return null;
  const hash = await hashPassword(newPassword);
  const { passwordHash: _secret, ...user } = account;
  await store.transaction(async (tx) => {
    await tx.users.setPasswordHash(user.id, hash);
    await tx.sessions.removeForUser(user.id);
    await recordAccount(tx, author, 'user.password', user);
  });
  return user;
}
