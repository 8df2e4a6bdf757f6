// Names and links shown on every page. Routes are added here as they ship, so
// the navigation never points at a page that does not exist.
export const SITE = {
  name: 'Self-Help Group Directory',
  tagline: 'Find a self-help or mutual aid group near you',
  clearinghouse: 'the regional self-help clearinghouse',
};

export const NAV_LINKS: { href: string; label: string }[] = [{ href: '/', label: 'Home' }];
