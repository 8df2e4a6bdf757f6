// The environment, parsed once with zod. Import `env()` instead of reading
// process.env, so a missing or bad value stops with a clear message.
import net from 'node:net';
import { z } from 'zod';

const int = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);
// `FOO=` in a shell or .env file means "not set".
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

function isAddressOrRange(entry: string): boolean {
  const [address = '', bits, extra] = entry.split('/');
  if (extra !== undefined) return false;
  const family = net.isIP(address);
  if (!family) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
}

/**
 * A secret good enough to sign sessions with: long, not repetitive, and not
 * one that has ever been written in this repository. (The development value
 * older versions defaulted to is listed so a deployment still using it stops.)
 */
export function isStrongSecret(value: string): boolean {
  const known = ['development-only-secret-do-not-use-in-production', 'changeme', 'secret'];
  return value.length >= 32 && new Set(value).size >= 16 && !known.some((k) => value.toLowerCase().includes(k));
}

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string({ error: 'is required (the start command sets it for the embedded database)' })
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection URL'),
  SITE_URL: z.url('must be a full URL such as https://groups.example.org').default('http://localhost:3000'),
  SITE_NAME: z.string().min(1).default('Self-Help Group Directory'),
  CLEARINGHOUSE_PHONE: z.string().default('1-800-555-0199'),
  // When someone answers that phone, in words; shown beside it at the top of every public page.
  CLEARINGHOUSE_HOURS: z.preprocess(blankToUndefined, z.string().trim().min(1).max(80, 'must be 80 characters or fewer: it is shown on one line').default('Monday to Friday, 9 a.m. to 5 p.m.')),
  // Connections per app process, all of them: Prisma, the jobs and the rate
  // limits share one pool (lib/db.ts, docs/decisions/016-serving.md).
  DB_POOL_MAX: int(10, 1, 100),
  DB_CONNECT_TIMEOUT_MS: int(5_000, 100, 60_000),
  DB_IDLE_TIMEOUT_MS: int(30_000, 1_000, 600_000),
  DB_STATEMENT_TIMEOUT_MS: int(15_000, 100, 600_000),
  // A shared cache in front of the public pages (docs/decisions/035): where
  // a listing change is posted, as JSON { tags, paths }, so the cache drops
  // those pages at once. Unset: nothing is posted, and pages age out of the
  // cache within their s-maxage. The token, if set, is sent as a bearer token.
  PAGE_PURGE_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional()),
  PAGE_PURGE_TOKEN: z.preprocess(blankToUndefined, z.string().min(1).optional()),
  // Referrals and mail (docs/decisions/008). Unset SMTP_URL keeps every
  // message in the staff outbox instead of sending it.
  SMTP_URL: z.preprocess(blankToUndefined, z.string().regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL').optional()),
  MAIL_FROM: z.string().min(3).default('Self-Help Group Directory <no-reply@localhost>'),
  INTAKE_EMAIL: z.email('must be an email address').default('intake@example.org'),
  REFERRAL_ENCRYPTION_KEY: z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((s) => /^[A-Za-z0-9+/_-]+={0,2}$/.test(s) && Buffer.from(s, 'base64').length === 32, 'must be 32 random bytes in base64 (openssl rand -base64 32)')
      .optional(),
  ),
  // Key rotation and keys outside the data folder (docs/decisions/026): a
  // mounted secret file instead of REFERRAL_ENCRYPTION_KEY, and old keys that
  // only open values until `npm run keys:rotate` has moved them.
  REFERRAL_ENCRYPTION_KEY_FILE: z.preprocess(blankToUndefined, z.string().optional()),
  REFERRAL_ENCRYPTION_PREVIOUS_KEYS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((s) => s.split(',').map((k) => k.trim()).filter(Boolean).every((k) => /^[A-Za-z0-9+/_-]+={0,2}$/.test(k) && Buffer.from(k, 'base64').length === 32), 'must be comma-separated keys of 32 bytes in base64')
      .optional(),
  ),
  // The owner role for migrations when DATABASE_URL is the app's own, lesser role (decision 026).
  MIGRATION_DATABASE_URL: z.preprocess(blankToUndefined, z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection URL').optional()),
  // Personal details anywhere (referrals in any state, unsent mail) are
  // erased this long after they arrived or the referral closed (decision 024).
  REFERRAL_RETENTION_DAYS: int(180, 1, 3650),
  // Sent mail is deleted after this many days: the outbox is a log, not an archive.
  OUTBOX_SENT_RETENTION_DAYS: int(30, 1, 3650),
  // Sign-in attempts older than this become daily counts per account, without addresses.
  LOGIN_ATTEMPT_RETENTION_DAYS: int(30, 1, 3650),
  REFERRAL_STATUS_LINK_DAYS: int(180, 1, 3650),
  // Addresses or CIDR ranges of the reverse proxies in front of the app,
  // comma separated. Only a connection from one of these may say, in
  // X-Forwarded-For, whom it speaks for (docs/decisions/023). None by default.
  TRUSTED_PROXIES: z.preprocess(
    (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v ?? []),
    z.array(z.string().refine(isAddressOrRange, { error: (iss) => `"${String(iss.input)}" is not an IP address or CIDR range such as 10.0.0.0/8` })),
  ),
  // Nightly backups (docs/operations.md): the folder they go to (none without
  // it), and the passphrase that seals the encryption keys beside them.
  BACKUP_DIR: z.preprocess(blankToUndefined, z.string().optional()),
  BACKUP_PASSPHRASE: z.preprocess(blankToUndefined, z.string().min(12, 'must be at least 12 characters').optional()),
  /** Where the app keeps files of its own (the generated encryption key); default <cwd>/.data. */
  SELFHELP_DATA_DIR: z.preprocess(blankToUndefined, z.string().optional()),
  // Next encrypts server actions' bound values with it and embeds it in the
  // build, so every server of one site needs the same (docs/decisions/027).
  // Plain base64 only: Next decodes it with atob.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z.preprocess(
    blankToUndefined,
    z.string().refine((s) => /^[A-Za-z0-9+/]{43}=$/.test(s), 'must be 32 random bytes in base64 (openssl rand -base64 32)').optional(),
  ),
  // Signs and encrypts staff session cookies (Auth.js). No default: `npm
  // start` keeps a random one in the data folder for the embedded database
  // and requires your own with DATABASE_URL (scripts/lib/secrets.ts,
  // lib/staff/auth-secret.ts).
  AUTH_SECRET: z.preprocess(
    blankToUndefined,
    z.string().refine(isStrongSecret, 'must be at least 32 random characters, not a word or a repeated pattern (openssl rand -base64 33)').optional(),
  ),
});

export type Env = z.infer<typeof envSchema>;

/** Human-readable list of what is wrong, one line per variable. */
export function describeEnvErrors(error: z.ZodError): string {
  return error.issues.map((i) => `  ${i.path.join('.') || '(environment)'}: ${i.message}`).join('\n');
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new Error(`Invalid environment:\n${describeEnvErrors(result.error)}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
