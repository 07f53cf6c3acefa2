/**
 * Which client a request counts against for rate limiting.
 *
 * Next does not hand route handlers the socket address. It copies it into `X-Forwarded-For`, but
 * only when the client did not send that header itself (`??=` in Next's base server), so on a
 * directly exposed server the header is whatever the client chose and cannot be trusted: keying
 * on it would let anyone mint a fresh bucket per request. So:
 *
 * - `NOTECOACH_TRUST_PROXY=N` (N ≥ 1 reverse proxies you run in front, each appending to
 *   `X-Forwarded-For`): the client is the N-th address from the right — the one your outermost
 *   proxy saw. Entries further left were written by the client and are ignored.
 * - otherwise: one shared bucket for everyone. Honest for the intended setup (a person's own
 *   server), and it still caps the load any client can put on the process. A public multi-user
 *   deployment belongs behind a reverse proxy, which should also do the rate limiting.
 */

/** The bucket key used when client addresses cannot be trusted. */
export const SHARED_CLIENT_KEY = 'shared';

/** Number of trusted reverse proxies from `NOTECOACH_TRUST_PROXY` (0 when unset or invalid). */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.NOTECOACH_TRUST_PROXY ?? '0');
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/**
 * The rate-limit key for a request: an address from `X-Forwarded-For` counted `hops` from the
 * right when proxies are trusted, else the shared key. Keys are bounded in length so a hostile
 * header cannot make the limiter's map hold large strings.
 */
export function clientKey(headers: Headers, hops: number): string {
  if (hops <= 0) return SHARED_CLIENT_KEY;
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  // Fewer entries than trusted hops means the request bypassed a proxy: count it as one unknown client.
  const address = entries[entries.length - hops];
  return address ? `ip:${address.slice(0, 64)}` : SHARED_CLIENT_KEY;
}
