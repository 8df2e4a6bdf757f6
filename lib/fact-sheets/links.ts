// Which link targets a fact sheet may use, and how they look on paper.
// Shared by the Markdown renderer and the sanitiser so both apply one rule.

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export type SafeLink = {
  href: string;
  /** Leaves the site: gets rel="noopener noreferrer". */
  external: boolean;
  /** Printed after the link text on paper; absent for in-page anchors. */
  printHref?: string;
};

/**
 * Classifies a link target, or returns null when it must not become a link
 * (javascript:, data:, vbscript:, malformed URLs …). The URL parser removes
 * tabs, newlines and case tricks ("Java\tScript:") before the check.
 */
export function classifyHref(raw: string, siteUrl: string): SafeLink | null {
  const href = raw.trim();
  if (href === '') return null;
  if (href.startsWith('#')) return { href, external: false };
  let url: URL;
  try {
    url = new URL(href, siteUrl);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'mailto:' || url.protocol === 'tel:') {
    // A broken escape ("%E0%A4%A") cannot be decoded: print it as written rather than fail the page.
    return { href: url.href, external: false, printHref: safeDecode(url.pathname) };
  }
  const site = new URL(siteUrl);
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//');
  if (relative) return { href, external: false, printHref: url.href };
  return { href: url.href, external: url.origin !== site.origin, printHref: url.href };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** An absolute address for a path on this site ("/groups" → "https://…/groups"). */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}
