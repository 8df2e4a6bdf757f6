import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '../env';

const base = { DATABASE_URL: 'postgresql://u:p@localhost:5432/db' };

describe('the server actions key', () => {
  it('is taken from the environment as 32 random bytes in base64, so every server of the site agrees', () => {
    const key = crypto.randomBytes(32).toString('base64');
    expect(parseEnv({ ...base, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key }).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBe(key);
    // Unset (or blank): Next makes one per build.
    expect(parseEnv(base).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBeUndefined();
    expect(parseEnv({ ...base, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: ' ' }).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBeUndefined();
  });

  it('stops start-up with a message when it is not a key, instead of failing the first form sent', () => {
    for (const bad of ['secret', crypto.randomBytes(12).toString('base64'), crypto.randomBytes(32).toString('hex'), crypto.randomBytes(32).toString('base64url'), `${crypto.randomBytes(32).toString('base64')}!`]) {
      expect(() => parseEnv({ ...base, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: bad }), bad).toThrowError(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: must be 32 random bytes in base64/);
    }
  });
});
