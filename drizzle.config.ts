/** drizzle-kit configuration: `npm run db:generate` writes a new SQL migration from src/store/schema.ts. */
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/schema.ts',
  out: './drizzle',
});
