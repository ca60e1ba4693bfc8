/**
 * One Vitest run for unit tests (beside the code, src/**) and cross-module tests (test/**). The global setup
 * builds one migrated PGlite template, so each test file gets a fresh database in ~0.6 s instead of ~3 s.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser tests poll the page; a loaded CI machine may need more than the default second.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
