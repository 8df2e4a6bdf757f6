// One-time links (password reset, invitation, referral status) in mail.
// Pure. A message is stored with a placeholder where its link goes; the link
// itself is kept encrypted beside it and put in only when the mail is sent
// (lib/mail/deliver.ts), so the stored text, and the staff outbox that shows
// it, never hold a link that opens an account or a referral's status.

/** What the stored text, and so the staff outbox, says in the link's place. */
export const LINK_PLACEHOLDER = '[one-time link: in the email only]';

/** In mail stored before links were kept apart, and in anything else that slips through. */
const CLEAR_LINK = /https?:\/\/\S+\/(staff\/(invite|reset)|referrals\/status)\/[A-Za-z0-9_-]+/g;

/** The text staff may read: every one-time link replaced by the placeholder. */
export function hideOneTimeLinks(text: string): string {
  return text.replace(CLEAR_LINK, LINK_PLACEHOLDER);
}

/**
 * The text that goes out. A message whose link is gone (stored before links
 * were kept apart) says so instead of showing the placeholder.
 */
export function putLinkIn(text: string, link: string | null): string {
  return text.replaceAll(LINK_PLACEHOLDER, link ?? '(this link is no longer available: please ask for a new one)');
}
