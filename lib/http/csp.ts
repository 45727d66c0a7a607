// The Content-Security-Policy for HTML pages: our own origin only, scripts only with this
// response's nonce (Next.js adds it to its own scripts), plus what MapLibre needs: blob: workers
// and data:/blob: images. `connect-src` may name one extra origin for an opt-in remote basemap.
export function pageCsp(nonce: string, options: { dev?: boolean; extraConnect?: string } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    // React and MapLibre set style attributes at run time; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${options.extraConnect ? ` ${options.extraConnect}` : ''}`,
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
