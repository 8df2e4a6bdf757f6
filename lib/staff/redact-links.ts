// Invitation and reset links in the outbox grant access to an account, so
// only administrators see them; everyone else sees that a link was sent.
export function redactStaffLinks(text: string): string {
  return text.replace(/https?:\/\/\S+\/staff\/(invite|reset)\/[A-Za-z0-9_-]+/g, '[one-time link hidden: administrators only]');
}
