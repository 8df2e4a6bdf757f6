import { describe, expect, it } from 'vitest';
import { limitBucket, normalizeAddress, resolveClientAddress, trustedProxyList, type AddressContext } from './client-address.ts';

const PEER = 'x-selfhelp-peer';
const headers = (h: Record<string, string>) => new Headers(h);
const ctx = (trusted: string[] = [], recorded = true): AddressContext => ({ peerHeader: recorded ? PEER : undefined, trusted: trustedProxyList(trusted) });

describe('whose address a request is counted under', () => {
  it('with no proxies trusted, a visitor who writes a new X-Forwarded-For on every request is still one address', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      seen.add(resolveClientAddress(headers({ [PEER]: '198.51.100.7', 'x-forwarded-for': `203.0.113.${i}`, 'x-real-ip': `192.0.2.${i}` }), ctx()));
    }
    expect([...seen]).toEqual(['198.51.100.7']);
  });

  it('behind a trusted proxy, the address the proxy appended is the client, not what the client claimed before it', () => {
    const h = headers({ [PEER]: '10.0.0.5', 'x-forwarded-for': '6.6.6.6, 198.51.100.7' });
    expect(resolveClientAddress(h, ctx(['10.0.0.0/8']))).toBe('198.51.100.7');
  });

  it('skips every trusted hop of a chain of proxies', () => {
    const h = headers({ [PEER]: '10.0.0.5', 'x-forwarded-for': '6.6.6.6, 198.51.100.7, 10.1.2.3, 10.0.0.9' });
    expect(resolveClientAddress(h, ctx(['10.0.0.0/8']))).toBe('198.51.100.7');
  });

  it('a trusted proxy that sends no X-Forwarded-For may name the client in X-Real-IP', () => {
    expect(resolveClientAddress(headers({ [PEER]: '127.0.0.1', 'x-real-ip': '198.51.100.7' }), ctx(['127.0.0.1']))).toBe('198.51.100.7');
    expect(resolveClientAddress(headers({ [PEER]: '127.0.0.1' }), ctx(['127.0.0.1']))).toBe('127.0.0.1');
  });

  it('garbage in a forwarded chain falls back to the last proxy that can be vouched for', () => {
    const h = headers({ [PEER]: '10.0.0.5', 'x-forwarded-for': 'not-an-address, 10.0.0.9' });
    expect(resolveClientAddress(h, ctx(['10.0.0.0/8']))).toBe('10.0.0.9');
  });

  it('reads IPv4 addresses written as IPv6 and bracketed IPv6 alike', () => {
    expect(resolveClientAddress(headers({ [PEER]: '::ffff:198.51.100.7' }), ctx())).toBe('198.51.100.7');
    expect(normalizeAddress('[2001:DB8::1]')).toBe('2001:db8::1');
    expect(resolveClientAddress(headers({ [PEER]: '::ffff:127.0.0.1', 'x-forwarded-for': '198.51.100.7' }), ctx(['127.0.0.1']))).toBe('198.51.100.7');
  });

  it('without the module that records the connection, forwarding headers are never believed', () => {
    const h = headers({ [PEER]: '10.0.0.5', 'x-forwarded-for': '198.51.100.7' });
    expect(resolveClientAddress(h, ctx(['10.0.0.0/8'], false))).toBe('unknown');
  });

  it('counts an IPv6 visitor by their /64, since they can take any address in it', () => {
    expect(limitBucket('2001:db8:1:2:aaaa::1')).toBe('2001:0db8:0001:0002::/64');
    expect(limitBucket('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:0db8:0001:0002::/64');
    expect(limitBucket('198.51.100.7')).toBe('198.51.100.7');
    expect(limitBucket('unknown')).toBe('unknown');
  });
});
