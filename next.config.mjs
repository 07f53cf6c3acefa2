import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants.js';

/**
 * Security headers on every response. Pages get their nonce-based CSP from proxy.ts, which
 * replaces the strict one below; everything else (API JSON, static files, errors) keeps this one,
 * which allows nothing to run or load and nothing to frame it.
 */
const securityHeaders = [
  { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'" },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  // The page needs none of these; clipboard-write stays allowed for the copy button (same origin).
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), clipboard-read=(), clipboard-write=(self)',
  },
  // For browsers that predate frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several builds (tests, bench, a dev server) coexist in one checkout.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The batch pool's threads load their task file with Node's own loader: piscina must stay a
  // plain package, not folded into a route's bundle.
  serverExternalPackages: ['piscina'],
  reactStrictMode: true,
  experimental: {
    // Next buffers a request body in memory for proxy.ts (10 MB by default). The proxy only runs on
    // pages, which take no body, so buffer no more than the API would ever accept.
    proxyClientMaxBodySize: '16kb',
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

/**
 * Building (or developing) first bundles the batch pool's worker (scripts/bundle-batch-worker.mjs),
 * which the route loads as an asset; `next start` only reads the config.
 */
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) {
    const { bundleBatchWorker } = await import('./scripts/bundle-batch-worker.mjs');
    await bundleBatchWorker();
  }
  return nextConfig;
}
