// One-time link tokens: 32 random bytes in base64url for the link, only the
// sha256 stored, so a database leak yields no usable links.
import crypto from 'node:crypto';

export function newLinkToken(): { token: string; tokenHash: string } {
  const token = crypto.randomBytes(32).toString('base64url');
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** Shape check before any lookup: 43 base64url characters. */
export function isLinkTokenShape(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
