/**
 * The account behind an OpenID Connect login: the one tied to the provider's subject; else an account with
 * the same e-mail address, tied to the subject now, but only when the provider says it verified the address;
 * else a new account without a password, with a `user.create` audit event like every other new account.
 */
import { ConflictError, displayNameSchema, emailSchema, type User } from '../domain/index.ts';
import type { OidcLoginAttempt, Store } from '../store/index.ts';

/** What the provider says about the person who logged in. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string | undefined;
  /** Only `true` when the provider says so explicitly. */
  emailVerified: boolean;
  name: string | undefined;
}

/** Why a login through the identity provider was refused, for the login page and the log. */
export type OidcRefusal =
  /** The provider sent no usable e-mail address. */
  | 'no_email'
  /** An account with this address exists, and the provider did not say it verified the address. */
  | 'email_unverified'
  /** The account with this address is already tied to another identity at the provider. */
  | 'email_linked';

export class OidcRefusedError extends Error {
  override readonly name = 'OidcRefusedError';
  constructor(readonly reason: OidcRefusal) {
    super(reason);
  }
}

const CONTROL_CHARACTERS = /[\p{Cc}\p{Cs}]/gu;

/** The provider's `name` when it makes a valid display name (shortened if needed), else the e-mail address. */
export function displayNameFrom(name: string | undefined, email: string): string {
  for (const candidate of [name, email]) {
    const cleaned = (candidate ?? '').replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
    const parsed = displayNameSchema.safeParse([...cleaned].slice(0, 100).join(''));
    if (parsed.success) return parsed.data;
  }
  return 'Gebruiker';
}

export interface OidcAccount {
  user: User;
  outcome: 'found' | 'linked' | 'created';
}

async function linkOrCreate(store: Store, identity: OidcIdentity, email: string): Promise<OidcAccount> {
  return store.transaction(async (tx) => {
    const existing = await tx.users.findForLogin(email);
    if (existing) {
      if (!identity.emailVerified) throw new OidcRefusedError('email_unverified');
      if (!(await tx.users.linkOidc(existing.id, identity.issuer, identity.subject))) {
        throw new OidcRefusedError('email_linked');
      }
      const { passwordHash: _secret, ...user } = existing;
      return { user, outcome: 'linked' as const };
    }
    const user = await tx.users.create({
      email,
      displayName: displayNameFrom(identity.name, email),
      passwordHash: null,
      oidc: { issuer: identity.issuer, subject: identity.subject },
    });
    await tx.audit.record({
      workspaceId: null,
      userId: user.id,
      via: 'api',
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      before: null,
      after: { email: user.email, displayName: user.displayName, isAdmin: user.isAdmin },
    });
    return { user, outcome: 'created' as const };
  });
}

export async function accountForOidc(store: Store, identity: OidcIdentity): Promise<OidcAccount> {
  const known = await store.users.findByOidc(identity.issuer, identity.subject);
  if (known) return { user: known, outcome: 'found' };
  const email = emailSchema.safeParse(identity.email ?? '');
  if (!email.success) throw new OidcRefusedError('no_email');
  try {
    return await linkOrCreate(store, identity, email.data);
  } catch (error) {
    // Two logins of the same new person at once: the other one created the account.
    if (error instanceof ConflictError) {
      const created = await store.users.findByOidc(identity.issuer, identity.subject);
      if (created) return { user: created, outcome: 'found' };
    }
    throw error;
  }
}

/**
 * Keeps what a started OpenID Connect login must check on its return (state, nonce, PKCE verifier), under
 * the hash of the browser's token, and drops attempts that were never finished.
 */
export async function rememberOidcLogin(
  store: Store,
  tokenHash: string,
  checks: Omit<OidcLoginAttempt, 'expiresAt'>,
  expiresAt: Date,
): Promise<void> {
  await store.oidcLogins.purgeExpired();
  await store.oidcLogins.create({ id: tokenHash, ...checks, expiresAt });
}
