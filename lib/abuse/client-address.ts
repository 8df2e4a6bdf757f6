// Who is asking: the address a limit counts and an audit entry records.
// Forwarding headers are believed only when the connection itself comes
// from a proxy the operator named in TRUSTED_PROXIES (none by default);
// otherwise anyone could write a new X-Forwarded-For on every request and
// never be counted twice. The TCP peer comes from the header
// scripts/peer-address.mjs writes in each server process
// (docs/decisions/023-client-address.md).
import net from 'node:net';
import { env } from '../env.ts';

type HeaderReader = { get(name: string): string | null };

/** What the server process knows about the connection, and what the operator trusts. */
export type AddressContext = {
  /** The header the peer-recording module writes, when it is loaded in this process. */
  peerHeader: string | undefined;
  trusted: net.BlockList;
};

/** `::ffff:203.0.113.9` and `203.0.113.9` are the same client. */
export function normalizeAddress(raw: string): string | null {
  let a = raw.trim();
  if (a.startsWith('[') && a.endsWith(']')) a = a.slice(1, -1);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  if (mapped) a = mapped[1]!;
  return net.isIP(a) ? a.toLowerCase() : null;
}

/** A BlockList of the addresses and CIDR ranges in a TRUSTED_PROXIES value. */
export function trustedProxyList(entries: readonly string[]): net.BlockList {
  const list = new net.BlockList();
  for (const entry of entries) {
    const [address, bits] = entry.split('/');
    const ip = normalizeAddress(address ?? '');
    if (!ip) continue;
    const type = net.isIPv6(ip) ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(ip, type);
    else list.addSubnet(ip, Number(bits), type);
  }
  return list;
}

function isTrusted(list: net.BlockList, ip: string): boolean {
  return list.check(ip, net.isIPv6(ip) ? 'ipv6' : 'ipv4');
}

/**
 * The client's address, or 'unknown' when the server cannot tell (the
 * peer-recording module is not loaded: a server started without
 * `npm start`). With a trusted peer, X-Forwarded-For is read from the
 * right, skipping the operator's own proxies: the first address a trusted
 * proxy did not vouch for is the client. Entries left of it are the
 * client's own claims and are never used.
 */
export function resolveClientAddress(h: HeaderReader, ctx: AddressContext): string {
  const peer = ctx.peerHeader ? normalizeAddress(h.get(ctx.peerHeader) ?? '') : null;
  if (!peer) return 'unknown';
  if (!isTrusted(ctx.trusted, peer)) return peer;
  const hops = (h.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (!hops.length) return normalizeAddress(h.get('x-real-ip') ?? '') ?? peer;
  let nearest = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]!);
    // A trusted proxy passed on something that is not an address: the last
    // address we can vouch for is the proxy that passed it.
    if (!hop) return nearest;
    if (!isTrusted(ctx.trusted, hop)) return hop;
    nearest = hop;
  }
  return nearest;
}

/**
 * The key a per-address limit counts under. An IPv6 client usually holds a
 * whole /64 and can pick a new address from it for every request, so the
 * /64 is the unit; an IPv4 address counts alone.
 */
export function limitBucket(address: string): string {
  if (!net.isIPv6(address)) return address;
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIpv6(address: string): string[] {
  const [head, tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array.from({ length: Math.max(0, missing) }, () => '0'), ...right].map((g) => g.padStart(4, '0'));
}

let context: { key: string; ctx: AddressContext } | undefined;
function currentContext(): AddressContext {
  const peerHeader = process.env.SELFHELP_PEER_HEADER;
  const proxies = env().TRUSTED_PROXIES;
  const key = `${peerHeader}|${proxies.join(',')}`;
  if (context?.key !== key) {
    context = { key, ctx: { peerHeader, trusted: trustedProxyList(proxies) } };
    if (!peerHeader) console.warn('[client-address] this server process does not record connection addresses (start it with `npm start`); per-address limits count every visitor together');
  }
  return context.ctx;
}

/** The address of the client making this request, as this server's settings allow it to be known. */
export function clientAddress(h: HeaderReader): string {
  return resolveClientAddress(h, currentContext());
}

/** The key a public form's per-address limit counts this request under. */
export function clientLimitKey(h: HeaderReader): string {
  return limitBucket(clientAddress(h));
}
