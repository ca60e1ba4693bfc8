/**
 * Counts failures per key (a client address) in fixed windows, to slow the guessing of personal links:
 * past `max` failures in a window, the key is refused until the window ends. Successful requests are not
 * counted, so many respondents behind one address (a gemeente's network) are not held up by each other.
 * Bounded: when the map holds too many keys, the expired ones go first, then the oldest.
 */
export interface FailureCounter {
  /** Refuses a key that has used up its failures, saying when its window ends. */
  refuseWhenBlocked(key: string, now?: number): void;
  fail(key: string, now?: number): void;
}

/** Too many failures from one address: 429, with the seconds until its window ends (Retry-After). */
export class TooManyFailuresError extends Error {
  override readonly name = 'TooManyFailuresError';
  readonly statusCode = 429;
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

const MAX_KEYS = 10_000;

export function createFailureCounter(limit: { max: number; windowMs: number }): FailureCounter {
  const windows = new Map<string, { count: number; endsAt: number }>();
  function current(key: string, now: number) {
    const window = windows.get(key);
    if (window && window.endsAt <= now) {
      windows.delete(key);
      return undefined;
    }
    return window;
  }
  function makeRoom(now: number) {
    if (windows.size < MAX_KEYS) return;
    for (const [key, window] of windows) if (window.endsAt <= now) windows.delete(key);
    // Still full: the oldest keys (Map keeps insertion order) make way.
    for (const key of windows.keys()) {
      if (windows.size < MAX_KEYS) break;
      windows.delete(key);
    }
  }
  return {
    refuseWhenBlocked(key, now = Date.now()) {
      const window = current(key, now);
      if (!window || window.count < limit.max) return;
      const endsAt = window.endsAt;
      throw new TooManyFailuresError('too many failures', Math.max(1, Math.ceil((endsAt - now) / 1000)));
    },
    fail(key, now = Date.now()) {
      const window = current(key, now);
      if (window) window.count += 1;
      else {
        makeRoom(now);
        windows.set(key, { count: 1, endsAt: now + limit.windowMs });
      }
    },
  };
}
