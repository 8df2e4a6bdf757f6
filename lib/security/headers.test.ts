import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, FIXED_SECURITY_HEADERS, newNonce, strictTransportSecurity } from './headers';

describe('the content security policy', () => {
  it('lets scripts and styles run only with the response nonce, and keeps the fixed directives', () => {
    const policy = contentSecurityPolicy('abc123==').split('; ');
    expect(policy).toEqual([
      "default-src 'self'",
      "script-src 'self' 'nonce-abc123==' 'strict-dynamic'",
      "style-src 'self' 'nonce-abc123=='",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]);
  });

  it("gives Next's build files, which are never pages, a policy with no nonce and nothing inline", () => {
    expect(contentSecurityPolicy()).toBe("default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
  });

  it('allows eval and inline styles only to the development server', () => {
    expect(contentSecurityPolicy('n', { dev: true })).toContain("script-src 'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'");
    // A nonce beside 'unsafe-inline' would make browsers ignore 'unsafe-inline'.
    expect(contentSecurityPolicy('n', { dev: true })).toContain("style-src 'self' 'unsafe-inline';");
    expect(contentSecurityPolicy('n')).not.toContain('unsafe');
  });

  it('makes a different 128-bit nonce each time, in the form Next reads back from the policy', () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('HSTS', () => {
  it('is sent by the production server of a site served over https', () => {
    expect(strictTransportSecurity('https://groups.example.org', 'production')).toBe('max-age=31536000');
  });

  it('is never sent over plain http or by the development server', () => {
    expect(strictTransportSecurity('http://localhost:3000', 'production')).toBeUndefined();
    expect(strictTransportSecurity('http://groups.example.org', 'production')).toBeUndefined();
    expect(strictTransportSecurity('https://groups.example.org', 'development')).toBeUndefined();
    expect(strictTransportSecurity('https://groups.example.org', undefined)).toBeUndefined();
  });
});

describe('the fixed headers', () => {
  it('allow geolocation to the site only, and forbid sniffing, framing and cross-site referrers', () => {
    const h = Object.fromEntries(FIXED_SECURITY_HEADERS.map((x) => [x.key, x.value]));
    expect(h['Permissions-Policy']).toBe('camera=(), microphone=(), geolocation=(self)');
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(h['X-Frame-Options']).toBe('DENY');
  });
});
