// The environment, parsed once with zod. Import `env()` instead of reading
// process.env, so a missing or bad value stops with a clear message.
import { z } from 'zod';

const int = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string({ error: 'is required (the start command sets it for the embedded database)' })
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection URL'),
  SITE_URL: z.url('must be a full URL such as https://groups.example.org').default('http://localhost:3000'),
  SITE_NAME: z.string().min(1).default('Self-Help Group Directory'),
  CLEARINGHOUSE_PHONE: z.string().default('1-800-555-0199'),
  DB_POOL_MAX: int(10, 1, 100),
  DB_CONNECT_TIMEOUT_MS: int(5_000, 100, 60_000),
  DB_IDLE_TIMEOUT_MS: int(30_000, 1_000, 600_000),
  DB_STATEMENT_TIMEOUT_MS: int(15_000, 100, 600_000),
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
