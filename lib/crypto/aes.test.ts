import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptField, DecryptionError, encryptField, keyId, keyRing, reencryptField } from './aes.ts';

const key = crypto.randomBytes(32);
const ring = keyRing(key);
const here = { table: 'Referral', column: 'clientNameEnc', rowId: 'c0000000000000000000000001' };

/** The format written before key ids (v1): no key id, no associated data. */
function sealV1(text: string, k: Buffer): string {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', k, iv);
  const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  return ['v1', iv.toString('base64url'), c.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

describe('field encryption (AES-256-GCM, v2 format)', () => {
  it('reads back exactly what was written, in any script', () => {
    for (const text of ['Sam', 'Zoë — 李 — محمد — 🙂', 'a'.repeat(10_000), '<script>alert(1)</script>\'; DROP TABLE x;--']) {
      expect(decryptField(encryptField(text, here, ring), here, ring)).toBe(text);
    }
  });

  it('writes v2.<key id>.<iv>.<tag>.<ciphertext> with a fresh IV every time', () => {
    const a = encryptField('Sam', here, ring);
    const b = encryptField('Sam', here, ring);
    expect(keyId(key)).toMatch(/^[0-9a-f]{8}$/);
    expect(a).toMatch(new RegExp(`^v2\\.${keyId(key)}\\.[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]+$`));
    expect(a).not.toBe(b);
    expect(a).not.toContain('Sam');
  });

  it('refuses a value moved to another row, column or table', () => {
    const token = encryptField('Sam', here, ring);
    for (const elsewhere of [{ ...here, rowId: 'c0000000000000000000000002' }, { ...here, column: 'notesEnc' }, { ...here, table: 'StaffUser' }]) {
      expect(() => decryptField(token, elsewhere, ring)).toThrow(DecryptionError);
    }
  });

  it('refuses a wrong key, a changed byte, a changed key id and an unknown format', () => {
    const token = encryptField('Sam', here, ring);
    const other = crypto.randomBytes(32);
    expect(() => decryptField(token, here, keyRing(other))).toThrow(new RegExp(`sealed with key ${keyId(key)}, which is not configured`));
    const parts = token.split('.');
    const body = Buffer.from(parts[4] ?? '', 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    expect(() => decryptField([...parts.slice(0, 4), body.toString('base64url')].join('.'), here, ring)).toThrow(DecryptionError);
    // Claiming another configured key's id does not help either.
    const both = keyRing(key, [other]);
    expect(() => decryptField(['v2', keyId(other), ...parts.slice(2)].join('.'), here, both)).toThrow(DecryptionError);
    expect(() => decryptField('v3.a.b.c.d', here, ring)).toThrow(/unknown format/);
    expect(() => keyRing(crypto.randomBytes(16))).toThrow(/32-byte/);
  });

  it('still reads the v1 format under any configured key, and rotation rewrites it and old-key values', () => {
    const previous = crypto.randomBytes(32);
    const rotated = keyRing(key, [previous]);
    const legacy = sealV1('Sam', previous);
    expect(decryptField(legacy, here, rotated)).toBe('Sam');
    expect(() => decryptField(legacy, here, ring)).toThrow(DecryptionError);
    const oldKeyValue = encryptField('Sam', here, keyRing(previous));
    for (const old of [legacy, oldKeyValue]) {
      const fresh = reencryptField(old, here, rotated) as string;
      expect(fresh.startsWith(`v2.${keyId(key)}.`)).toBe(true);
      expect(decryptField(fresh, here, ring)).toBe('Sam');
    }
    expect(reencryptField(encryptField('Sam', here, ring), here, rotated)).toBeNull();
  });
});
