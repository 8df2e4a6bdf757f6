// The environment, parsed once with zod. Import `env()` instead of reading
// process.env, so a missing or bad value stops with a clear message.
import { z } from 'zod';

const int = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);
// `FOO=` in a shell or .env file means "not set".
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Development only; refused when SITE_URL is https. */
export const DEV_AUTH_SECRET = 'development-only-secret-do-not-use-in-production';

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
  REFERRAL_RETENTION_DAYS: int(180, 1, 3650),
  REFERRAL_STATUS_LINK_DAYS: int(180, 1, 3650),
  /** Where the app keeps files of its own (the generated encryption key); default <cwd>/.data. */
  SELFHELP_DATA_DIR: z.preprocess(blankToUndefined, z.string().optional()),
  // Next encrypts server actions' bound values with it and embeds it in the
  // build, so every server of one site needs the same (docs/decisions/027).
  // Plain base64 only: Next decodes it with atob.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z.preprocess(
    blankToUndefined,
    z.string().refine((s) => /^[A-Za-z0-9+/]{43}=$/.test(s), 'must be 32 random bytes in base64 (openssl rand -base64 32)').optional(),
  ),
  // Signs and encrypts staff session cookies (Auth.js). The default only
  // suits development: a site served over https must set its own.
  AUTH_SECRET: z.string().min(32, 'must be at least 32 random characters (openssl rand -base64 33)').default(DEV_AUTH_SECRET),
}).superRefine((e, ctx) => {
  if (e.SITE_URL.startsWith('https:') && e.AUTH_SECRET === DEV_AUTH_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['AUTH_SECRET'], message: 'must be set to your own random value when SITE_URL is https' });
  }
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
