// Link and control sizes on the group page: primary controls are at least
// 44 × 44 px (WCAG 2.5.5), every other link at least 24 px tall (2.5.8), so
// a thumb on a phone finds them.
export const TAP_PRIMARY = 'inline-flex min-h-11 min-w-11 items-center';
export const TAP_SECONDARY = 'inline-flex min-h-6 items-center';

/**
 * A link drawn as the primary button. The site-wide `a` rule in globals.css
 * is outside Tailwind's layers and would win over `text-white`, so colour and
 * underline are marked important here.
 */
export const LINK_BUTTON = `${TAP_PRIMARY} rounded bg-brand-800 px-4 py-2 font-semibold text-white! no-underline! hover:bg-brand-900`;
