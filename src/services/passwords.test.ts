import { beforeAll, describe, expect, it } from 'vitest';
import {
  hashPassword,
  needsRehash,
  PASSWORD_COST,
  setPasswordCostForTests,
  verifyDecoy,
  verifyPassword,
} from './passwords.ts';

describe('password hashing', () => {
  // The suites' setup lowers the cost for speed; here the real one is checked.
  beforeAll(() => setPasswordCostForTests(PASSWORD_COST));

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^scrypt\$32768\$8\$3\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it('salts every hash, so one password never gives the same hash twice', async () => {
    const [a, b] = await Promise.all([hashPassword('same password!!'), hashPassword('same password!!')]);
    expect(a).not.toBe(b);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const stored = await hashPassword('wachtwoord café!');
    expect(await verifyPassword('wachtwoord cafe\u0301!', stored)).toBe(true);
  });

  it('refuses malformed or absurdly expensive stored hashes instead of running them', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1099511627776$8$1$AAAA$AAAA')).toBe(false);
    expect(needsRehash('scrypt$16384$8$1$AAAA$AAAA')).toBe(true);
  });

  it('answers false for the decoy used when an address is unknown', async () => {
    expect(await verifyDecoy('anything')).toBe(false);
  });
});
