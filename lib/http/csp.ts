/**
 * Content-Security-Policy of the pages. Scripts run only with the per-request nonce (Next adds it
 * to its own scripts when it finds `'nonce-…'` in the request's CSP header); `'strict-dynamic'`
 * lets those scripts load the chunks they import. No `unsafe-eval` and no `unsafe-inline` for
 * scripts in production; `unsafe-eval` is added under `next dev` only, which React needs there.
 * The page talks to its own origin and nothing else (`connect-src 'self'`).
 */

/** A fresh, unguessable nonce (128 random bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The page CSP for one response. */
export function pageCsp(nonce: string, dev = process.env.NODE_ENV === 'development'): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    // Styles: Tailwind ships as a same-origin stylesheet; Next's own inline style tags carry the nonce.
    `style-src 'self' 'nonce-${nonce}'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}
