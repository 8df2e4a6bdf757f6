import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyRing } from './aes.ts';
import { blindIndex, currentIndexPrefix } from './blind-index.ts';

const keyA = crypto.randomBytes(32);
const keyB = crypto.randomBytes(32);

describe('blind index', () => {
  it('gives the same value for the same input, key and purpose, and names the key', () => {
    const ring = keyRing(keyA);
    const v = blindIndex('4165550199', 'contact', ring);
    expect(v).toBe(blindIndex('4165550199', 'contact', ring));
    expect(v.startsWith(currentIndexPrefix(ring))).toBe(true);
    expect(v).not.toContain('4165550199');
  });

  it('differs for another purpose, another key or another input', () => {
    const ring = keyRing(keyA);
    const v = blindIndex('someone@example.org', 'contact', ring);
    expect(blindIndex('someone@example.org', 'other', ring)).not.toBe(v);
    expect(blindIndex('someone@example.org', 'contact', keyRing(keyB, [keyA]))).not.toBe(v);
    expect(blindIndex('someone@example.org ', 'contact', ring)).not.toBe(v);
  });
});
