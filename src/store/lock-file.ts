/**
 * An exclusive lock on the embedded database's folder. PGlite writes a postmaster.pid but does not honour
 * it; without this, a second `krachtenveld serve` on the same folder silently loses writes. A lock left by
 * a process that died is detected (its pid no longer runs) and taken over.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';

export interface Lock {
  release(): void;
}

export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
  constructor(
    readonly lockPath: string,
    readonly pid: number,
  ) {
    super(
      `The data folder is in use by another Krachtenveld process (pid ${pid}). Stop that process first, or ` +
        `point KRACHTENVELD_DATA_DIR at another folder. Lock file: ${lockPath}`,
    );
  }
}

export function acquireLock(lockPath: string): Lock {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          unlinkSync(lockPath);
        } catch {
          // already gone: nothing to release
        }
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(holder) && isRunning(holder)) {
        throw new DataDirLockedError(lockPath, holder);
      }
      unlinkSync(lockPath); // stale: its process is gone
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
