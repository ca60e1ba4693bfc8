/**
 * One Vitest run for unit tests (beside the code, src/**) and cross-module tests (test/**). The global setup
 * builds one migrated PGlite template, so each test file gets a fresh database in ~0.6 s instead of ~3 s.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-password-cost.ts'],
    pool: 'forks',
    // Vitest's default is one worker per core less one: a single worker on a 2-core CI machine. Most test
    // files wait on something outside their process (Chromium, the PostgreSQL server, child processes), so
    // two run side by side in about half the time without starving each other.
    maxWorkers: 2,
    // Test files share each worker's loaded modules instead of importing the server afresh per file (a
    // second or more each). They share no state: every file opens its own database, server and browser.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser tests poll the page; a loaded CI machine may need more than the default second.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
