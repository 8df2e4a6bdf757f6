// The backup file: one gzip stream holding every table as PostgreSQL's own
// COPY text, framed so it can be written and read as a stream, then a
// manifest. The manifest's checksum is the SHA-256 of every byte before it,
// so a changed, cut or corrupted file is refused before anything is
// restored (docs/decisions/037-backups-restore-upgrades.md).
//
//   selfhelp-backup 1\n
//   table {"name":"Group","columns":["id",…]}\n
//   data <n>\n<n bytes of COPY text>            (repeated)
//   end <rows>\n
//   …                                           (next table)
//   manifest <n>\n<n bytes of JSON>\n
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { z } from 'zod';

export const FORMAT_LINE = 'selfhelp-backup 1';
export const BACKUP_EXTENSION = '.selfhelp-backup';
export const KEY_BUNDLE_EXTENSION = '.keys';

export const manifestSchema = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  appVersion: z.string(),
  /** The last migration applied to the database: its schema is that migration's. */
  migration: z.string(),
  postgresVersion: z.string(),
  /** Rows per table, in the order they appear in the file. */
  tables: z.record(z.string(), z.number().int().nonnegative()),
  /** Ids (not the keys) of the encryption keys configured when the backup was made. */
  keyIds: z.array(z.string()).default([]),
  databaseBytes: z.number().int().nonnegative().optional(),
  checksum: z.object({ algorithm: z.literal('sha256'), value: z.string().regex(/^[0-9a-f]{64}$/) }),
});
export type Manifest = z.infer<typeof manifestSchema>;

export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFileError';
  }
}

/** Writes the framed stream into a gzip stream, hashing as it goes. */
export class BackupWriter {
  readonly gzip = zlib.createGzip({ level: 6 });
  private readonly hash = crypto.createHash('sha256');

  constructor() {
    this.raw(Buffer.from(`${FORMAT_LINE}\n`));
  }

  private raw(b: Buffer): Promise<void> | void {
    this.hash.update(b);
    if (!this.gzip.write(b)) return new Promise((resolve) => this.gzip.once('drain', () => resolve()));
  }

  async beginTable(name: string, columns: string[]) {
    await this.raw(Buffer.from(`table ${JSON.stringify({ name, columns })}\n`));
  }

  async data(chunk: Buffer) {
    if (chunk.length === 0) return;
    await this.raw(Buffer.from(`data ${chunk.length}\n`));
    await this.raw(chunk);
  }

  async endTable(rows: number) {
    await this.raw(Buffer.from(`end ${rows}\n`));
  }

  /** Seals the file with its manifest; the checksum covers everything before it. */
  finish(manifest: Omit<Manifest, 'checksum'>): Manifest {
    const full: Manifest = { ...manifest, checksum: { algorithm: 'sha256', value: this.hash.digest('hex') } };
    const json = Buffer.from(JSON.stringify(full));
    this.gzip.write(Buffer.from(`manifest ${json.length}\n`));
    this.gzip.write(json);
    this.gzip.end(Buffer.from('\n'));
    return full;
  }
}

/** Reads lines and exact byte counts from a stream of chunks. */
class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private done = false;
  constructor(private readonly source: AsyncIterator<Buffer>) {}

  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.source.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    this.buf = this.buf.length ? Buffer.concat([this.buf, next.value]) : next.value;
    return true;
  }

  async line(max = 1 << 20): Promise<string | null> {
    for (;;) {
      const nl = this.buf.indexOf(10);
      if (nl >= 0) {
        const s = this.buf.subarray(0, nl).toString('utf8');
        this.buf = this.buf.subarray(nl + 1);
        return s;
      }
      if (this.buf.length > max) throw new BackupFileError('The backup file is damaged: a header line is far too long.');
      if (!(await this.fill())) {
        if (this.buf.length) throw new BackupFileError('The backup file is incomplete: it ends in the middle of a line.');
        return null;
      }
    }
  }

  async bytes(n: number): Promise<Buffer> {
    while (this.buf.length < n) {
      if (!(await this.fill())) throw new BackupFileError('The backup file is incomplete: it ends in the middle of a table.');
    }
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return out;
  }
}

export type TableFrame = { name: string; columns: string[] };

export type ReadEvents = {
  onTable?: (t: TableFrame) => Promise<void> | void;
  onData?: (chunk: Buffer) => Promise<void> | void;
  onEnd?: (t: TableFrame, rows: number) => Promise<void> | void;
};

const DATA_MAX = 64 << 20;

/** Decompresses gzip chunks, turning zlib's errors into a sentence about the file. */
async function* gunzipped(input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const gunzip = zlib.createGunzip();
  const feeding = (async () => {
    try {
      for await (const chunk of input) if (!gunzip.write(chunk)) await new Promise((r) => gunzip.once('drain', r));
      gunzip.end();
    } catch (err) {
      gunzip.destroy(err as Error);
    }
  })();
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'Z_BUF_ERROR') throw new BackupFileError('The backup file is incomplete (truncated): it ends before its manifest.');
    if (code === 'Z_DATA_ERROR') throw new BackupFileError(`The backup file is corrupt (${(err as Error).message}): it is not an intact backup.`);
    throw err;
  }
  await feeding;
}

/**
 * Reads a whole backup, checking the frame, the row counts and the checksum
 * against the manifest; calls back per table and chunk. Throws
 * BackupFileError for anything wrong with the file.
 */
export async function readBackup(input: AsyncIterable<Buffer>, events: ReadEvents = {}): Promise<Manifest> {
  const reader = new ByteReader(gunzipped(input)[Symbol.asyncIterator]());
  const hash = crypto.createHash('sha256');
  const first = await reader.line(64);
  if (first !== FORMAT_LINE) throw new BackupFileError('This is not a directory backup (it does not start with the backup header).');
  hash.update(`${first}\n`);
  const seen: Record<string, number> = {};
  let table: TableFrame | null = null;
  let rows = 0;
  for (;;) {
    const line = await reader.line();
    if (line === null) throw new BackupFileError('The backup file is incomplete (truncated): it has no manifest.');
    const [kind, rest = ''] = [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)];
    if (kind === 'manifest') {
      if (table) throw new BackupFileError(`The backup file is damaged: table ${table.name} is not closed.`);
      const n = Number(rest);
      if (!Number.isInteger(n) || n <= 0 || n > DATA_MAX) throw new BackupFileError('The backup file is damaged: the manifest has a bad length.');
      const body = await reader.bytes(n);
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        throw new BackupFileError('The backup file is damaged: its manifest is not readable.');
      }
      const m = manifestSchema.safeParse(parsed);
      if (!m.success) throw new BackupFileError(`The backup's manifest is not one this version understands: ${m.error.issues[0]?.path.join('.')} ${m.error.issues[0]?.message}`);
      const actual = hash.digest('hex');
      if (actual !== m.data.checksum.value) {
        throw new BackupFileError(`The backup's checksum does not match its contents (manifest says ${m.data.checksum.value.slice(0, 12)}…, the data gives ${actual.slice(0, 12)}…): the file was changed or damaged.`);
      }
      for (const [name, count] of Object.entries(m.data.tables)) {
        if (seen[name] !== count) throw new BackupFileError(`The backup's manifest says ${count} rows for ${name}, the file holds ${seen[name] ?? 'none'}.`);
      }
      if (Object.keys(seen).length !== Object.keys(m.data.tables).length) throw new BackupFileError('The backup holds tables its manifest does not list.');
      return m.data;
    }
    hash.update(`${line}\n`);
    if (kind === 'table') {
      if (table) throw new BackupFileError(`The backup file is damaged: table ${table.name} is not closed.`);
      try {
        table = z.object({ name: z.string().min(1), columns: z.array(z.string().min(1)).min(1) }).parse(JSON.parse(rest));
      } catch {
        throw new BackupFileError('The backup file is damaged: a table header is not readable.');
      }
      rows = 0;
      await events.onTable?.(table);
    } else if (kind === 'data') {
      const n = Number(rest);
      if (!table || !Number.isInteger(n) || n <= 0 || n > DATA_MAX) throw new BackupFileError('The backup file is damaged: a data block is out of place.');
      const chunk = await reader.bytes(n);
      hash.update(chunk);
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) rows++;
      await events.onData?.(chunk);
    } else if (kind === 'end') {
      if (!table || Number(rest) !== rows) throw new BackupFileError(`The backup file is damaged: table ${table?.name ?? '?'} should have ${rest} rows, it has ${rows}.`);
      seen[table.name] = rows;
      await events.onEnd?.(table, rows);
      table = null;
    } else {
      throw new BackupFileError('The backup file is damaged: it holds something that is not part of a backup.');
    }
  }
}
