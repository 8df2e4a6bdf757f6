// Where the open data lives and under which licence: the paths the pages
// link and the routes answer, in one place. The licence: CC BY 4.0 is this project's
// proposal (decision 029): reuse by 211 lines, hospitals and apps with
// credit and no share-alike condition on the lists they merge it into. The
// clearinghouse owns the listings and must confirm it before launch.
export const OPEN_DATA_LICENCE = {
  id: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The open-data downloads and feeds, one place for the routes' paths. */
export const OPEN_DATA_PATHS = {
  hsdsJson: '/api/open-data/hsds.json',
  hsdsZip: '/api/open-data/hsds-tabular.zip',
  listingsCsv: '/api/open-data/listings.csv',
  meetingGuide: '/api/meeting-guide.json',
  hsdsApi: '/api/hsds/',
  page: '/open-data',
} as const;

export const groupCalendarPath = (slug: string) => `/groups/${encodeURIComponent(slug)}/calendar.ics`;
export const topicCalendarPath = (slug: string) => `/topics/${encodeURIComponent(slug)}/calendar.ics`;

/** The webcal:// address calendar apps subscribe to (same host and path, the scheme they recognise). */
export function webcalUrl(siteUrl: string, path: string): string {
  const url = new URL(path, siteUrl);
  return `webcal://${url.host}${url.pathname}`;
}
