// Next.js configuration: the app is self-contained (no remote fonts, tiles or images).
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The seeds and derived data are read from disk at run time by lib/ code.
  outputFileTracingIncludes: { '/**': ['./seeds/**', './data/**'] },
};

module.exports = nextConfig;
