/**
 * Caps shared by every reader, so a hostile or mistaken file is refused before it costs memory or time.
 * Each has an issue code the edge words in Dutch ("Het bestand is groter dan 50 MB").
 */
export const LIMITS = {
  /** Bytes of one uploaded or read file. */
  fileBytes: 50 * 1024 * 1024,
  actors: 100_000,
  relations: 500_000,
} as const;
