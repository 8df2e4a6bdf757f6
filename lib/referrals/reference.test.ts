import { describe, expect, it } from 'vitest';
import { hashStatusToken, newReference, newStatusToken, REFERENCE_PATTERN, STATUS_TOKEN_PATTERN } from './reference.ts';

describe('referral references and status tokens', () => {
  it('makes R-XXXX-XX references from Crockford base32, never I, L, O or U', () => {
    const refs = Array.from({ length: 2000 }, newReference);
    for (const r of refs) expect(r).toMatch(REFERENCE_PATTERN);
    expect(refs.join('')).not.toMatch(/[ILOU]/);
    expect(new Set(refs).size).toBeGreaterThan(1990);
  });

  it('makes 43-character base64url tokens and stores only their sha256', () => {
    const t = newStatusToken();
    expect(t).toMatch(STATUS_TOKEN_PATTERN);
    expect(Buffer.from(t, 'base64url')).toHaveLength(32);
    expect(hashStatusToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashStatusToken(t)).not.toBe(hashStatusToken(newStatusToken()));
  });
});
