/** Why a file job was not run or not finished; the problem+json plugin words them. */

/** No place for another job: the installation is full (503) or this account has enough running (429). */
export class FileJobsBusyError extends Error {
  override readonly name = 'FileJobsBusyError';
  constructor(
    readonly scope: 'installation' | 'account',
    /** Seconds after which a new try is likely to get a place. */
    readonly retryAfterSeconds: number,
  ) {
    super(`file jobs busy (${scope})`);
  }
}

/** A job was stopped at its memory or time limit; the file is too heavy for this server's settings. */
export class FileJobLimitError extends Error {
  override readonly name = 'FileJobLimitError';
  constructor(
    readonly limit: 'memory' | 'time',
    /** MB of memory or seconds of time allowed per job. */
    readonly maximum: number,
  ) {
    super(`file job stopped at its ${limit} limit (${maximum})`);
  }
}
