import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptWithKey, DecryptionError, encryptWithKey } from './aes.ts';

const key = crypto.randomBytes(32);

describe('field encryption (AES-256-GCM, v1 format)', () => {
  it('reads back exactly what was written, in any script', () => {
    for (const text of ['Sam', 'Zoë — 李 — محمد — 🙂', 'a'.repeat(10_000), '<script>alert(1)</script>\'; DROP TABLE x;--']) {
      expect(decryptWithKey(encryptWithKey(text, key), key)).toBe(text);
    }
  });

  it('writes v1.<iv>.<tag>.<ciphertext> in base64url with a fresh IV every time', () => {
    const a = encryptWithKey('Sam', key);
    const b = encryptWithKey('Sam', key);
    expect(a).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('Sam');
  });

  it('refuses a wrong key, a changed byte and an unknown format', () => {
    const token = encryptWithKey('Sam', key);
    expect(() => decryptWithKey(token, crypto.randomBytes(32))).toThrow(DecryptionError);
    const parts = token.split('.');
    const body = Buffer.from(parts[3] ?? '', 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    expect(() => decryptWithKey([parts[0], parts[1], parts[2], body.toString('base64url')].join('.'), key)).toThrow(DecryptionError);
    expect(() => decryptWithKey('v2.a.b.c', key)).toThrow(DecryptionError);
    expect(() => encryptWithKey('x', crypto.randomBytes(16))).toThrow(/32-byte/);
  });
});
