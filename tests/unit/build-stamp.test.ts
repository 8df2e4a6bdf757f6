// The production build embeds the server actions key (docs/decisions/027):
// a build made with another key is rebuilt, so instances started with the
// same key and sources serve the same actions.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sourceHash } from '../../scripts/lib/build.ts';

describe('the build stamp', () => {
  it('changes with the server actions key, without holding the key', () => {
    const [a, b] = [crypto.randomBytes(32).toString('base64'), crypto.randomBytes(32).toString('base64')];
    const withA = sourceHash({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: a });
    expect(sourceHash({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: a })).toBe(withA);
    expect(sourceHash({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: b })).not.toBe(withA);
    expect(sourceHash({})).not.toBe(withA);
    expect(withA).not.toContain(a);
    expect(withA).not.toContain(Buffer.from(a, 'base64').toString('hex'));
  });
});
