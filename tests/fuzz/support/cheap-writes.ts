// The fuzz tests write thousands of rows they never need after a crash:
// their database commits without waiting for the disk. Each fuzz test file
// imports this first, after tests/support/test-db.ts (a setup file) made the
// database and before anything connects to it. Also gives the file's tests
// time for 1,000 runs each.
import { vi } from 'vitest';

vi.setConfig({ testTimeout: 600_000 });
import pg from 'pg';

// The owner's URL: the app's role (DATABASE_URL) may not alter the database.
const url = new URL(process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL ?? '');
const name = decodeURIComponent(url.pathname.slice(1));
const admin = new pg.Client({ connectionString: url.toString() });
await admin.connect();
await admin.query(`ALTER DATABASE "${name.replace(/"/g, '""')}" SET synchronous_commit TO off`);
await admin.end();
