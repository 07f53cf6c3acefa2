/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several builds (tests, bench, a dev server) coexist in one checkout.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
