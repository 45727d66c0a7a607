// Who sent a request, for per-client limits. A route handler only sees headers, and `next start`
// passes the socket's address as X-Forwarded-For only when the request carries none, so a client
// could name any address it liked. stampPeerAddresses (called once at start-up, from
// instrumentation.ts) writes the socket's own address into a header of ours on every request
// before Next.js reads it, replacing any copy the client sent.
//
// Behind a reverse proxy every request comes from the proxy: set CLAIMS_TRUST_PROXY=1 and the
// address is the last one in X-Forwarded-For (the one your proxy appended), which the proxy must
// set; never set it on a server clients reach directly, or they choose their own address.
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

export const PEER_HEADER = 'x-claims-peer';

const holder = globalThis as typeof globalThis & { __claimsPeerStamp?: boolean };

/** Stamps every incoming HTTP request of this process with its socket's address (PEER_HEADER). */
export function stampPeerAddresses(): void {
  if (holder.__claimsPeerStamp) return;
  holder.__claimsPeerStamp = true;
  // Published by Node's HTTP server for each request before its 'request' event (Node ≥ 18.7).
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = socket.remoteAddress ?? 'unknown';
  });
}

/**
 * A client's key: its IPv4 address, or the /64 of its IPv6 address (one subscriber's network:
 * a client that hops between addresses inside it is still one client).
 */
export function addressKey(address: string): string {
  const bare = address.trim().replace(/%.*$/, '').replace(/^\[|\]$/g, '');
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(bare);
  if (v4) return v4[1];
  const halves = bare.toLowerCase().split('::');
  if (halves.length > 2 || !/^[0-9a-f:]+$/.test(bare.toLowerCase())) return bare.slice(0, 100);
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const groups = halves.length === 2 ? [...head, ...Array(Math.max(0, 8 - head.length - tail.length)).fill('0'), ...tail] : head;
  if (groups.length !== 8 || groups.some((g) => g.length === 0 || g.length > 4)) return bare.slice(0, 100);
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

/** The address a request came from (see the module comment), as a limiter key. */
export function clientAddress(headers: Headers, options: { trustProxy: boolean }): string {
  const forwarded = headers.get('x-forwarded-for');
  if (options.trustProxy && forwarded) {
    const last = forwarded.split(',').map((s) => s.trim()).filter(Boolean).pop();
    if (last) return addressKey(last);
  }
  // Without the stamp (a server started without instrumentation), X-Forwarded-For is what
  // `next start` set from the socket when the client sent none.
  const peer = headers.get(PEER_HEADER) ?? forwarded?.split(',').pop() ?? 'unknown';
  return addressKey(peer);
}
