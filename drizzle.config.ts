import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations from the one schema; the same files run on PGlite and on PostgreSQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/schema.ts',
  out: './drizzle',
});
