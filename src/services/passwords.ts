/**
 * Password hashing with scrypt, Node's built-in memory-hard function, at one of OWASP's recommended
 * settings (N=2^15, r=8, p=3: 32 MiB and about 0.3 s per hash on a small server). The hash is stored as a
 * self-describing string `scrypt$N$r$p$salt$key` (base64url) with a fresh 16-byte salt per password, so the
 * cost can be raised later: `needsRehash` tells the login to store a new hash at the new cost.
 */
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

export interface PasswordCost {
  N: number;
  r: number;
  p: number;
}

/** What every password is hashed with: OWASP's setting above. */
export const PASSWORD_COST: PasswordCost = { N: 2 ** 15, r: 8, p: 3 };

/**
 * The test suites make and sign in hundreds of accounts; at the real cost that is minutes of hashing alone.
 * Their setup file lowers it with `setPasswordCostForTests` (the same scrypt, a 32x smaller N). Nothing
 * else calls it: no setting or environment variable reaches it, so an installation cannot be configured
 * into weak hashes.
 */
const CHEAP_TEST_COST: PasswordCost = { N: 2 ** 10, r: 8, p: 1 };
let currentCost: PasswordCost = PASSWORD_COST;

/** Tests only (see above); `passwords.test.ts` sets the real cost back to check it. */
export function setPasswordCostForTests(cost: PasswordCost = CHEAP_TEST_COST): void {
  currentCost = cost;
}
const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  // maxmem must exceed 128 * N * r * p bytes; leave room for the largest cost we accept.
  const settings = { ...options, maxmem: 256 * 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, settings, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const cost = currentCost;
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface ParsedHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parse(stored: string): ParsedHash | null {
  const [scheme, N, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return null;
  const cost = { N: Number(N), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((value) => Number.isSafeInteger(value) && value > 0)) return null;
  if (cost.N > 2 ** 20 || cost.r > 32 || cost.p > 16) return null;
  return { ...cost, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, { N: parsed.N, r: parsed.r, p: parsed.p });
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.N !== currentCost.N || parsed.r !== currentCost.r || parsed.p !== currentCost.p;
}

/**
 * A hash of nothing anyone knows, checked when the e-mail address is unknown, so a login for an unknown
 * address takes as long as one with a wrong password and the two cannot be told apart.
 */
let decoy: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword(randomBytes(32).toString('base64url'));
  await verifyPassword(password, await decoy);
  return false;
}
