import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, DataDirLockedError } from './lock-file.ts';

describe('data folder lock', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'kv-lock-'));

  it('refuses a second holder while the first holds it, and frees it on release', () => {
    const path = join(folder(), 'krachtenveld.lock');
    const lock = acquireLock(path);
    expect(() => acquireLock(path)).toThrow(DataDirLockedError);
    lock.release();
    expect(existsSync(path)).toBe(false);
    acquireLock(path).release();
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const path = join(folder(), 'krachtenveld.lock');
    writeFileSync(path, '2147483646'); // no such pid
    const lock = acquireLock(path);
    lock.release();
  });
});
