/**
 * Who is asking, for rate limits: the one rule for the client address, and how it reaches routes.
 *
 * The address is the socket's, or with TRUST_PROXY=N the Nth X-Forwarded-For entry from the right:
 * each trusted proxy appends the address it saw, so everything left of those entries is the
 * client's own word. scripts/serve.ts, which alone sees the socket, applies the rule and hands the
 * answer to Next.js in a request header whose name is random per process (CLIENT_ADDRESS_HEADER),
 * after deleting every incoming header of that family: a client can neither set nor guess it.
 * Without serve.ts in front (`next dev`) no address is known and every request shares one bucket.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { isIP } from 'node:net';
import { getEnv } from '../env';

const HEADER_PREFIX = 'x-client-address-';
/** Every request without a known address counts here (next dev; a proxy chain shorter than TRUST_PROXY uses the socket instead). */
export const UNKNOWN_CLIENT = 'unknown';

/** An address as one spelling: IPv4-mapped IPv6 (::ffff:1.2.3.4) as IPv4, IPv6 lower-cased; null when not an IP address. */
export function normaliseAddress(raw: string | undefined): string | null {
  if (!raw) return null;
  let a = raw.trim();
  if (a.startsWith('[') && a.includes(']')) a = a.slice(1, a.indexOf(']')); // "[::1]:443" as some proxies write it
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(a)) a = a.slice(7);
  const version = isIP(a);
  return version === 4 ? a : version === 6 ? a.toLowerCase() : null;
}

/**
 * The client address by the rule above. `forwardedFor` is every X-Forwarded-For header as received
 * (several headers read as one list). A chain shorter than `trustProxy` did not come through all the
 * proxies, and a non-address where a proxy should have written one is not trusted: the socket's then.
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustProxy: number | undefined): string {
  const socket = normaliseAddress(socketAddress) ?? UNKNOWN_CLIENT;
  if (!trustProxy) return socket;
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')).split(',').map((e) => e.trim());
  if (entries.length === 1 && entries[0] === '') return socket;
  if (entries.length < trustProxy) return socket;
  return normaliseAddress(entries[entries.length - trustProxy]) ?? socket;
}

/**
 * The key a rate limit counts by: an IPv4 address as it is, an IPv6 address by its /64 (one
 * subscriber line gets a whole /64, so counting single addresses would count nothing).
 */
export function rateLimitKeyOf(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** A fresh header name for this server process; serve.ts publishes it as CLIENT_ADDRESS_HEADER before Next.js loads. */
export function newClientAddressHeader(): string {
  return `${HEADER_PREFIX}${randomBytes(12).toString('hex')}`;
}

/**
 * Applied by serve.ts to every request before Next.js sees it: drops any header of our family a
 * client sent, then sets `header` to the address by the rule.
 */
export function stampClientAddress(
  req: { headers: IncomingHttpHeaders; socket: { remoteAddress?: string } },
  header: string,
  trustProxy: number | undefined,
): void {
  for (const name of Object.keys(req.headers)) if (name.startsWith(HEADER_PREFIX)) delete req.headers[name];
  req.headers[header] = resolveClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustProxy);
}

/** The client address in a route or page (the Request's headers, or a page's headers()). */
export function clientAddressOf(headers: Pick<Headers, 'get'>): string {
  const header = getEnv().CLIENT_ADDRESS_HEADER;
  return normaliseAddress((header && headers.get(header)) || undefined) ?? UNKNOWN_CLIENT;
}

/** Who is asking, as rate limits count it: the client address, an IPv6 one by its /64. */
export function rateLimitClientOf(headers: Pick<Headers, 'get'>): string {
  return rateLimitKeyOf(clientAddressOf(headers));
}
