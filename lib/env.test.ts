import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('environment', () => {
  it('fills defaults from a minimal environment', () => {
    const e = parseEnv({ DATABASE_URL: 'postgresql://u:p@localhost:5432/db' });
    expect(e.DB_POOL_MAX).toBe(10);
    expect(e.SITE_URL).toBe('http://localhost:3000');
  });

  it("gives the clearinghouse's phone hours in words unless told, and refuses hours too long for the banner", () => {
    const base = { DATABASE_URL: 'postgresql://u:p@localhost:5432/db' };
    expect(parseEnv(base).CLEARINGHOUSE_HOURS).toBe('Monday to Friday, 9 a.m. to 5 p.m.');
    expect(parseEnv({ ...base, CLEARINGHOUSE_HOURS: ' ' }).CLEARINGHOUSE_HOURS).toBe('Monday to Friday, 9 a.m. to 5 p.m.');
    expect(parseEnv({ ...base, CLEARINGHOUSE_HOURS: 'Every day, 8 a.m. to 8 p.m.' }).CLEARINGHOUSE_HOURS).toBe('Every day, 8 a.m. to 8 p.m.');
    expect(() => parseEnv({ ...base, CLEARINGHOUSE_HOURS: 'x'.repeat(81) })).toThrowError(/CLEARINGHOUSE_HOURS: must be 80 characters or fewer/);
  });

  it('names each bad variable and what is wrong with it', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://nope', DB_POOL_MAX: '0', SITE_URL: 'not a url' })).toThrowError(
      /DATABASE_URL: must be a postgresql:\/\/ connection URL[\s\S]*SITE_URL: must be a full URL[\s\S]*DB_POOL_MAX/,
    );
  });

  it('says the database URL is required when it is missing', () => {
    expect(() => parseEnv({})).toThrowError(/DATABASE_URL: is required/);
  });
});

describe('trusted proxies', () => {
  const base = { DATABASE_URL: 'postgresql://u:p@localhost:5432/db' };
  it('trusts no proxy unless told', () => {
    expect(parseEnv(base).TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ ...base, TRUSTED_PROXIES: '' }).TRUSTED_PROXIES).toEqual([]);
  });
  it('takes addresses and ranges, comma separated', () => {
    expect(parseEnv({ ...base, TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1,::1, fd00::/8' }).TRUSTED_PROXIES).toEqual(['10.0.0.0/8', '127.0.0.1', '::1', 'fd00::/8']);
  });
  it('names the entry that is not an address', () => {
    expect(() => parseEnv({ ...base, TRUSTED_PROXIES: '10.0.0.0/8, proxy.local' })).toThrowError(/TRUSTED_PROXIES.*"proxy.local" is not an IP address/);
    expect(() => parseEnv({ ...base, TRUSTED_PROXIES: '10.0.0.0/33' })).toThrowError(/"10.0.0.0\/33"/);
  });
});
