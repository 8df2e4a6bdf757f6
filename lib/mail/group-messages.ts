// The text of a visitor's message to a group. Pure. The visitor's address is
// the Reply-To header only: the group answers by replying, and the address is
// never written into the text, so the staff outbox never shows it.
import type { OutgoingMail } from './outbox-data.ts';

export type GroupMessage = {
  group: { name: string; slug: string };
  /** The group's own address for messages, or null when it has none and the clearinghouse passes it on. */
  groupEmail: string | null;
  fromName: string;
  replyEmail: string;
  message: string;
};

export type MessageSite = { url: string; name: string; intakeEmail: string };

export function groupContactMail(m: GroupMessage, site: MessageSite): OutgoingMail {
  const listing = new URL(`/groups/${encodeURIComponent(m.group.slug)}`, site.url).toString();
  const forward = m.groupEmail === null;
  const intro = forward
    ? [
        `A visitor wrote to ${m.group.name} through ${site.name}. The group has no email address for messages on file,`,
        'so please pass this on to the group. Replying to this email answers the visitor directly.',
      ]
    : [
        `Someone found ${m.group.name} in ${site.name} and sent you this message.`,
        'To answer, reply to this email: your reply goes straight to them, not to the directory.',
      ];
  return {
    to: m.groupEmail ?? site.intakeEmail,
    replyTo: m.replyEmail,
    kind: forward ? 'group.contact.forward' : 'group.contact',
    subject: forward ? `Please pass on: a message for ${m.group.name}` : `A message for ${m.group.name} from ${m.fromName}`,
    text: [
      ...intro,
      '',
      `From: ${m.fromName}`,
      '',
      m.message,
      '',
      '—',
      `Your listing: ${listing}`,
      `If a detail in it is wrong, tell us: ${new URL(`/list-your-group?group=${encodeURIComponent(m.group.slug)}`, site.url).toString()}`,
    ].join('\n'),
  };
}
