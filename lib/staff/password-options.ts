// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). Its
// own module, free of `server-only`, so the seed (run by plain Node) hashes
// staff passwords exactly as the app does.
export const PASSWORD_HASH_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
