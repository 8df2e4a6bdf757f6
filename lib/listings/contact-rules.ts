// Whether visitors reach a group directly or through the directory's
// message form. One rule for the page, the form and its action.

/** A public phone or email: the page shows it. Without either, the group is reached by the message form. */
export function hasPublicContact(g: { phone: string | null; email: string | null }): boolean {
  return Boolean(g.phone?.trim() || g.email?.trim());
}
