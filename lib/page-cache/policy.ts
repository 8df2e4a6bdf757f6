// Which pages a shared cache (a CDN or reverse proxy in front of the app) may
// keep, for how long, and under which cache tags; and which must never be
// stored (docs/decisions/035). next.config.ts turns this table into response
// headers; a listing change names the same tags when it asks for a purge.
// No imports: next.config.ts loads this file.

/**
 * Public pages: the same for every visitor, signed in or not, so a shared
 * cache may answer with them. A minute fresh (a listing edit also purges
 * them), then five minutes served stale while the cache fetches a new copy
 * in the background, and an hour stale when the app cannot answer at all.
 */
export const PUBLIC_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300, stale-if-error=3600';

/** Pages with a form, a session or a person's details: never stored anywhere. */
export const NO_STORE_CACHE_CONTROL = 'no-store';

/** Every page that lists or counts groups: any listing change may alter it. */
export const LISTINGS_TAG = 'listings';
/** Fact sheets change with their own editor, not with listings. */
export const FACT_SHEETS_TAG = 'fact-sheets';
/** One group's own page (and its not-found page before it is published). */
export const groupTag = (slug: string) => `group:${slug}`;

type PageClass = { source: string; tags?: string };

/**
 * Public pages, in next.config.ts's path syntax. Where two match, the later
 * wins: "/groups/browse" comes after "/groups/:slug" so it is tagged as a
 * list, not as a group called "browse".
 */
export const PUBLIC_PAGES: PageClass[] = [
  { source: '/', tags: LISTINGS_TAG },
  { source: '/groups', tags: LISTINGS_TAG },
  // Next puts the matched :slug into the value.
  { source: '/groups/:slug', tags: groupTag(':slug') },
  { source: '/groups/browse', tags: LISTINGS_TAG },
  { source: '/topics', tags: LISTINGS_TAG },
  { source: '/topics/:slug', tags: LISTINGS_TAG },
  { source: '/open-data', tags: LISTINGS_TAG },
  { source: '/fact-sheets', tags: FACT_SHEETS_TAG },
  { source: '/fact-sheets/:slug', tags: FACT_SHEETS_TAG },
];

/**
 * Staff, referral and account pages, and every page with a form a visitor
 * fills in (its answer carries what they typed).
 */
export const NO_STORE_PAGES: PageClass[] = [
  { source: '/staff/:path*' },
  { source: '/refer/:path*' },
  { source: '/referrals/:path*' },
  { source: '/groups/:slug/refer' },
  { source: '/groups/:slug/contact/:path*' },
  { source: '/list-your-group/:path*' },
];

type Header = { key: string; value: string };

/** The headers for next.config.ts: Cache-Control, and the tags under both names CDNs read. */
export function pageCacheHeaders(): { source: string; headers: Header[] }[] {
  return [
    ...PUBLIC_PAGES.map(({ source, tags }) => ({
      source,
      headers: [
        { key: 'Cache-Control', value: PUBLIC_PAGE_CACHE_CONTROL },
        // Cloudflare reads Cache-Tag (comma-separated); Fastly and Varnish set-ups read Surrogate-Key (space-separated).
        { key: 'Cache-Tag', value: tags ?? '' },
        { key: 'Surrogate-Key', value: tags ?? '' },
      ],
    })),
    ...NO_STORE_PAGES.map(({ source }) => ({ source, headers: [{ key: 'Cache-Control', value: NO_STORE_CACHE_CONTROL }] })),
  ];
}

/** The pages tagged LISTINGS_TAG that have one address (a topic's page is named by its own change). */
const LIST_PATHS = ['/', '/groups', '/groups/browse', '/topics', '/open-data'];

/** What a change to one listing makes stale: its own page and every list. */
export function purgeForGroup(slug: string): { tags: string[]; paths: string[] } {
  return {
    tags: [groupTag(slug), LISTINGS_TAG],
    paths: [`/groups/${slug}`, ...LIST_PATHS],
  };
}

/** What a change to a published fact sheet makes stale: the shelf and the sheet. */
export function purgeForFactSheet(slug: string): { tags: string[]; paths: string[] } {
  return { tags: [FACT_SHEETS_TAG], paths: ['/fact-sheets', `/fact-sheets/${slug}`] };
}

/**
 * What a topic's new name, description or keywords make stale: every list
 * (they show topic names and filter by them) and the topic's own page. A
 * group's page also names its topics; those age out within s-maxage rather
 * than purge a tag per group.
 */
export function purgeForTopic(slug: string): { tags: string[]; paths: string[] } {
  return { tags: [LISTINGS_TAG], paths: [...LIST_PATHS, `/topics/${slug}`] };
}
