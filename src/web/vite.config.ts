/**
 * Builds the web app into dist-web/, which the Fastify server serves under `/`. In development,
 * `npx vite --config src/web/vite.config.ts` serves it with hot reload and proxies /api to a running server.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  // The analysis worker is a module worker (conventions.md §3): it imports src/analysis as ES modules.
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../../dist-web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
