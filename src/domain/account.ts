/**
 * Accounts and membership: who may work in which werkruimte, in which role. Roles are ordered: an
 * eigenaar may do what a redacteur may, a redacteur what a lezer may. The server's one access check asks
 * `roleAllows`; nothing else compares roles.
 */
import { z } from 'zod';
import { nameSchema } from './text-rules.ts';

export const ROLES = ['lezer', 'redacteur', 'eigenaar'] as const;
export type Role = (typeof ROLES)[number];

/** What a route needs: read the map, change it, or manage the werkruimte and its members. */
export const ACCESS_LEVELS = ['read', 'edit', 'manage'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

const LEVEL_OF_ROLE: Record<Role, number> = { lezer: 0, redacteur: 1, eigenaar: 2 };
const LEVEL_NEEDED: Record<AccessLevel, number> = { read: 0, edit: 1, manage: 2 };

export function roleAllows(role: Role, level: AccessLevel): boolean {
  return LEVEL_OF_ROLE[role] >= LEVEL_NEEDED[level];
}

/** The least role that may act at this level, for messages ("alleen een redacteur mag …"). */
export function roleNeeded(level: AccessLevel): Role {
  return ROLES.find((role) => LEVEL_OF_ROLE[role] === LEVEL_NEEDED[level]) as Role;
}

export const EMAIL_MAX = 254;
/** NIST SP 800-63B and ASVS 2.1.1/2.1.2: at least 12 characters, long passphrases allowed, no composition rules. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const emailSchema = z
  .string()
  .trim()
  .max(EMAIL_MAX)
  .toLowerCase()
  .pipe(z.email({ message: 'email_format' }));

export const passwordSchema = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);

export const displayNameSchema = nameSchema(100);

export const credentialsSchema = z.strictObject({
  email: emailSchema,
  // Login checks no length rules: a wrong password is "wrong", never "too short" (that would leak policy per account).
  password: z.string().min(1).max(PASSWORD_MAX),
});
export type Credentials = z.infer<typeof credentialsSchema>;

export const newAccountSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
});
export type NewAccount = z.infer<typeof newAccountSchema>;

export const passwordChangeSchema = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX),
  newPassword: passwordSchema,
});

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  isAdmin: z.boolean(),
  /** False for accounts that only log in through the gemeente's own identity provider. */
  hasPassword: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type User = z.infer<typeof userSchema>;

export const memberSchema = z.object({
  userId: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Member = z.infer<typeof memberSchema>;

export const INVITATION_DAYS_DEFAULT = 7;
export const INVITATION_DAYS_MAX = 30;

export const invitationCreateSchema = z.strictObject({
  role: z.enum(ROLES),
  expiresInDays: z.number().int().min(1).max(INVITATION_DAYS_MAX).default(INVITATION_DAYS_DEFAULT),
});
export type InvitationCreate = z.infer<typeof invitationCreateSchema>;

export const invitationSchema = z.object({
  id: z.uuid(),
  role: z.enum(ROLES),
  createdBy: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type Invitation = z.infer<typeof invitationSchema>;
