// TOTP (RFC 6238: SHA-1, 6 digits, 30 s) with otpauth, the defaults every
// authenticator app understands. Codes one step either side are accepted
// for clock drift; a code's time step is returned so it can be used once.
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { SITE } from '@/lib/site';

const PERIOD = 30;

function totpFor(secretBase32: string, label: string) {
  return new TOTP({ issuer: SITE.name, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secretBase32) });
}

/** A new 160-bit secret, in base32 as apps expect it. */
export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an app scans. */
export function totpUri(secretBase32: string, email: string): string {
  return totpFor(secretBase32, email).toString();
}

/** The time step the code belongs to, or null if it is wrong or too far off. */
export function matchTotp(secretBase32: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32, 'check').validate({ token, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD) + delta;
}

/** Current code, for tests and the e2e journey. */
export function currentTotp(secretBase32: string, now = Date.now()): string {
  return totpFor(secretBase32, 'check').generate({ timestamp: now });
}

/** The QR code as one SVG path (drawn by React, so no HTML injection), in module units. */
export function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (modules.get(x, y)) parts.push(`M${x} ${y}h1v1h-1z`);
    }
  }
  return { size: modules.size, d: parts.join('') };
}
