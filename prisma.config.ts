// Used by the Prisma CLI (generate here; migrate deploy/status on machines
// that can download Prisma's native engine). The app itself never reads it.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/unused' },
});
