// Next.js configuration: security headers on every response. Pages get their
// Content-Security-Policy (with a per-request script nonce) from proxy.ts; every other response
// the API's JSON and the fonts get one that lets nothing run in or embed them. Build assets get
// none: a worker script's own CSP would apply inside MapLibre's worker.

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=()',
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The seeds and derived data are read from disk at run time by lib/ code; the extractor's
  // sources are hashed into the claim cache's version (lib/server/extractor-version.ts).
  outputFileTracingIncludes: { '/**': ['./seeds/**', './data/**', './lib/claims/**', './lib/oblasts.ts'] },
  async headers() {
    const resourceCsp = { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" };
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/api/:path*', headers: [resourceCsp] },
      { source: '/fonts/:path*', headers: [resourceCsp] },
    ];
  },
};

module.exports = nextConfig;
