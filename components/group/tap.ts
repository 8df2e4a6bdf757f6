// Link and control sizes on the group page: primary controls are at least
// 44 × 44 px (WCAG 2.5.5), every other link at least 24 px tall (2.5.8), so
// a thumb on a phone finds them.
export const TAP_PRIMARY = 'inline-flex min-h-11 min-w-11 items-center';
export const TAP_SECONDARY = 'inline-flex min-h-6 items-center';
