import { describe, expect, it } from 'vitest';
import { needsTwoFactor, sessionExpiry, slowDownMs, SESSION_ABSOLUTE_LIFETIME_MS, SESSION_IDLE_TIMEOUT_MS } from './policy';
import { normalizeRecoveryCode, generateRecoveryCodes } from './recovery-codes';
import { currentTotp, generateTotpSecret, matchTotp } from './totp';

describe('session limits', () => {
  const now = 1_800_000_000_000;
  it('keep a session that is active and young', () => {
    expect(sessionExpiry({ issuedAt: now - 7 * 3600_000, lastSeenAt: now - 29 * 60_000 }, now)).toBeNull();
  });
  it('end it after 30 idle minutes or 8 hours in all', () => {
    expect(sessionExpiry({ issuedAt: now - 60_000, lastSeenAt: now - SESSION_IDLE_TIMEOUT_MS - 1 }, now)).toBe('idle');
    expect(sessionExpiry({ issuedAt: now - SESSION_ABSOLUTE_LIFETIME_MS - 1, lastSeenAt: now }, now)).toBe('absolute');
  });
});

describe('two-factor', () => {
  it('is required of admins and of anyone with referral access, and left to the choice of other editors', () => {
    expect(needsTwoFactor({ role: 'ADMIN', referralAccess: false })).toBe(true);
    expect(needsTwoFactor({ role: 'EDITOR', referralAccess: true })).toBe(true);
    expect(needsTwoFactor({ role: 'EDITOR', referralAccess: false })).toBe(false);
  });
});

describe('slow-down', () => {
  it('starts after five failures, doubles, and stops at two seconds', () => {
    expect([0, 4, 5, 6, 7, 8, 20].map(slowDownMs)).toEqual([0, 0, 250, 500, 1000, 2000, 2000]);
  });
});

describe('recovery codes', () => {
  it('are ten distinct readable codes, forgiving case, spaces and dashes when typed', () => {
    const codes = generateRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(normalizeRecoveryCode(` ${codes[0]!.toUpperCase().replace('-', ' ')} `)).toBe(codes[0]);
    expect(normalizeRecoveryCode('12345')).toBeNull();
    expect(normalizeRecoveryCode('abcde-fghil')).toBeNull();
  });
});

describe('TOTP', () => {
  it('accepts the current code and one step either side, nothing further', () => {
    const secret = generateTotpSecret();
    const now = 1_800_000_000_000;
    const step = Math.floor(now / 30_000);
    expect(matchTotp(secret, currentTotp(secret, now), now)).toBe(step);
    expect(matchTotp(secret, currentTotp(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchTotp(secret, currentTotp(secret, now + 30_000), now)).toBe(step + 1);
    expect(matchTotp(secret, currentTotp(secret, now + 120_000), now)).toBeNull();
    expect(matchTotp(secret, 'abcdef', now)).toBeNull();
  });
});
