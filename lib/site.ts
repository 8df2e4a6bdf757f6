// Names and links shown on every page. Routes are added here as they ship, so
// the navigation never points at a page that does not exist.
export const SITE = {
  name: 'Self-Help Group Directory',
  tagline: 'Find a self-help or mutual aid group near you',
  clearinghouse: 'the regional self-help clearinghouse',
};

/** The clearinghouse's own zone: meeting times in any other zone are labelled with theirs. */
export const DIRECTORY_TIME_ZONE = 'America/Toronto';

export const NAV_LINKS: { href: string; label: string }[] = [
  { href: '/', label: 'Home' },
  { href: '/groups', label: 'Find a group' },
  { href: '/topics', label: 'Topics A–Z' },
  { href: '/refer', label: 'Refer a client' },
  { href: '/fact-sheets', label: 'Fact sheets' },
  { href: '/list-your-group', label: 'List your group' },
];
