import { BlockList, isIP } from 'node:net';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { TrustProxy } from '../config.js';

/** A hop as a proxy writes it: brackets and a port taken off (`[::1]:80`, `203.0.113.7:5123`). */
function bareAddress(hop: string): string {
  const h = hop.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(h);
  if (bracketed) return bracketed[1]!;
  const v4WithPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(h);
  return v4WithPort ? v4WithPort[1]! : h;
}

/** IPv4-mapped IPv6 (`::ffff:192.0.2.1`) is the IPv4 address. */
const unmapped = (address: string): string => /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] ?? address;

function trustedSet(cidrs: string[]): BlockList {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [address = '', bits] = cidr.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

const trustedCache = new WeakMap<string[], BlockList>();
function isTrusted(address: string, cidrs: string[]): boolean {
  let list = trustedCache.get(cidrs);
  if (!list) trustedCache.set(cidrs, (list = trustedSet(cidrs)));
  const family = isIP(address);
  if (!family) return false;
  const v4 = unmapped(address);
  return list.check(address, family === 6 ? 'ipv6' : 'ipv4') || (v4 !== address && list.check(v4, 'ipv4'));
}

/**
 * The client's address. Without trusted proxies it is the socket's. Behind proxies, the chain is
 * X-Forwarded-For's hops followed by the socket's address, and the client is the right-most hop
 * that is not a trusted proxy: with `{ hops: N }` the one N places from the right; with CIDRs the
 * first one, from the right, outside them. Whatever the client wrote itself stays on the left and
 * is never believed.
 */
export function clientIp(c: Context, trust: TrustProxy): string {
  let socket = 'unknown';
  try {
    socket = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not a Node socket (a test calling app.fetch directly): no address.
  }
  if ('hops' in trust && trust.hops === 0) return unmapped(socket);
  const forwarded = (c.req.header('x-forwarded-for') ?? '').split(',').map(bareAddress).filter(Boolean);
  const chain = [...forwarded, socket];
  if ('hops' in trust) return unmapped(chain[Math.max(0, chain.length - 1 - trust.hops)]!);
  for (let i = chain.length - 1; i >= 0; i--) {
    if (!isTrusted(chain[i]!, trust.cidrs)) return unmapped(chain[i]!);
  }
  return unmapped(chain[0]!);
}

/** Expand an IPv6 address to its eight groups. */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const part = (s: string) => (s === '' ? [] : s.split(':'));
  let left = part(head);
  let right = tail === undefined ? [] : part(tail);
  // An embedded IPv4 tail (::1.2.3.4) is two groups.
  const fix = (groups: string[]) => {
    const last = groups[groups.length - 1];
    if (last && last.includes('.')) {
      const [a, b, c2, d] = last.split('.').map(Number) as [number, number, number, number];
      return [...groups.slice(0, -1), ((a << 8) | b).toString(16), ((c2 << 8) | d).toString(16)];
    }
    return groups;
  };
  left = fix(left);
  right = fix(right);
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((g) => parseInt(g, 16).toString(16));
}

/**
 * What a limit counts as one visitor: an IPv4 address, or an IPv6 /64 — one home line or one
 * phone gets a whole /64, so counting its addresses apart would give it 2^64 budgets.
 */
export function addressKey(address: string): string {
  const a = unmapped(address);
  if (isIP(a) !== 6) return a;
  return `${ipv6Groups(a.split('%')[0]!).slice(0, 4).join(':')}::/64`;
}
