/**
 * Proxy (Next 16's middleware): gives every page response a nonce-based Content-Security-Policy.
 * The nonce goes on the request too, where Next's renderer reads it and stamps it on its scripts.
 * The other security headers, and a strict CSP for everything that is not a page, come from
 * next.config.mjs, which covers responses this proxy never sees (static files, API routes).
 */
import { type NextRequest, NextResponse } from 'next/server';
import { createNonce, pageCsp } from './lib/http/csp';

/** Adds a fresh nonce and the page CSP to the request (for rendering) and the response. */
export function proxy(request: NextRequest): NextResponse {
  const csp = pageCsp(createNonce());
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Pages only: API routes answer JSON (their CSP comes from next.config.mjs) and static files
  // need no per-request nonce. Prefetches are skipped as the Next CSP guide recommends.
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
