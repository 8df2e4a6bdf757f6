// The embedded PostgreSQL that `npm start` and the tests run keeps a
// directory of 100,000 groups in its own buffers, not one page in four read
// back from the kernel's cache on every search (decision 051).
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { sharedBuffersMb } from '../../scripts/lib/embedded-db.ts';

const GiB = 2 ** 30;

describe('the embedded PostgreSQL’s buffers', () => {
  it('take a quarter of the machine’s memory, at least PostgreSQL’s own 128 MB and at most 1 GB', () => {
    expect(sharedBuffersMb(24 * GiB)).toBe(1024);
    expect(sharedBuffersMb(2 * GiB)).toBe(512);
    expect(sharedBuffersMb(GiB / 4)).toBe(128);
  });

  it.skipIf(process.env.TEST_DATABASE_URL)('are what the server this run started really has', async () => {
    const admin = new pg.Client({ connectionString: inject('dbAdminUrl') });
    await admin.connect();
    try {
      // pg_settings gives shared_buffers in its own unit, 8 kB pages.
      const { rows } = await admin.query<{ setting: string; unit: string }>(`SELECT setting, unit FROM pg_settings WHERE name = 'shared_buffers'`);
      expect(rows[0]!.unit).toBe('8kB');
      expect((Number(rows[0]!.setting) * 8) / 1024).toBe(sharedBuffersMb());
    } finally {
      await admin.end();
    }
  });
});
