import { defineConfig } from 'drizzle-kit';

// PostgreSQL's schema and migrations, kept in step with SQLite's (drizzle.config.ts) by
// src/lib/server/db/schema-pg/in-step.test.ts and `npm run test:postgres` (ADR 45).
export default defineConfig({
	schema: './src/lib/server/db/schema-pg/index.ts',
	out: './drizzle-pg',
	dialect: 'postgresql',
	dbCredentials: { url: process.env.POSTGRES_URL ?? 'postgres://localhost:5432/heard' },
	strict: true,
	verbose: true
});
