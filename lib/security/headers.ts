// The security headers every response carries (docs/decisions/027). Two
// halves: those that never change go in next.config.ts's headers(); the
// content security policy (a fresh nonce per response) and HSTS (which
// depends on the SITE_URL the server runs with, not the one it was built
// with) are added by proxy.ts, which runs on every request but those for
// Next's hashed build files (/_next/static/): next.config.ts gives those the
// policy without a nonce, since a script or stylesheet is never a page.
// No imports: the proxy bundle and next.config.ts both load this file.

/** The same on every response; next.config.ts sends them. */
export const FIXED_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // "Use my location" is the site's own; nothing framed or embedded may ask.
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(self)' },
  // For browsers older than frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  // No other site's window keeps a handle on ours (Lighthouse: origin isolation).
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** 128 random bits, base64: what CSP and Next's nonce parser accept. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts and styles run only with this response's nonce; 'strict-dynamic'
 * lets those scripts load Next's other chunks. No 'unsafe-inline' anywhere
 * in production: a style="" attribute is refused too (React's runtime styles
 * go through the CSSOM, which the policy does not govern). `next dev` needs
 * eval for React's error overlay and injects its styles inline.
 * Without a nonce (Next's build files, which are never pages), nothing
 * inline is allowed at all.
 */
export function contentSecurityPolicy(nonce?: string, { dev = false } = {}): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'";
  const styles = dev ? "'self' 'unsafe-inline'" : nonce ? `'self' 'nonce-${nonce}'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${dev ? " 'unsafe-eval'" : ''}`,
    `style-src ${styles}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * HSTS only where the site says it is served over https, and only from the
 * production server: a localhost or plain-http trial never pins a browser.
 * This host only; the clearinghouse's other subdomains are not ours to decide.
 */
export function strictTransportSecurity(siteUrl: string, nodeEnv: string | undefined): string | undefined {
  return nodeEnv === 'production' && siteUrl.startsWith('https:') ? 'max-age=31536000' : undefined;
}
