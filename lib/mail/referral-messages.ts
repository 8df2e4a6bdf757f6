// The text of referral mail. Pure functions. No message carries the
// client's name, contact details or notes: those stay encrypted in the
// database and are read in the staff console. Mail to the referrer is fixed
// text: their address is not proved, so nothing they typed is echoed to it
// (else the form would carry anyone's words to any inbox).
import type { Attendance, ReferralStatus } from '../generated/prisma/enums.ts';
import { formatDateInZone } from '../schedule/index.ts';
import { DIRECTORY_TIME_ZONE } from '../site.ts';
import { STATUS_WORDS } from '../referrals/status-words.ts';
import { LINK_PLACEHOLDER } from './one-time-link.ts';
import type { OutgoingMail } from './outbox-data.ts';

export type Site = { url: string; name: string; phone: string };

export type ReferralSummary = {
  id: string;
  reference: string;
  group: { name: string; slug: string } | null;
  help: { topicName: string | null; attendance: Attendance | null } | null;
  referrer: { name: string; role: string; organisation: string; email: string; phone: string };
};

const ATTENDANCE_WORDS: Record<Attendance, string> = { IN_PERSON: 'in person', ONLINE: 'online', PHONE: 'by phone', HYBRID: 'in person or online' };
const date = (d: Date) => formatDateInZone(d, DIRECTORY_TIME_ZONE);
const link = (site: Site, path: string) => new URL(path, site.url).toString();

function target(r: ReferralSummary, site: Site): string {
  if (r.group) return `${r.group.name} (${link(site, `/groups/${encodeURIComponent(r.group.slug)}`)})`;
  const parts = ['Help finding a group'];
  if (r.help?.topicName) parts.push(`topic: ${r.help.topicName}`);
  if (r.help?.attendance) parts.push(`attending ${ATTENDANCE_WORDS[r.help.attendance]}`);
  return parts.join(', ');
}

export function intakeMail(r: ReferralSummary, site: Site, intakeEmail: string): OutgoingMail {
  const ref = r.referrer;
  return {
    to: intakeEmail,
    kind: 'referral.intake',
    subject: `New referral ${r.reference}`,
    text: [
      `A professional has sent referral ${r.reference}.`,
      '',
      `For: ${target(r, site)}`,
      '',
      'Referred by:',
      `  ${ref.name}, ${ref.role}`,
      `  ${ref.organisation}`,
      `  ${ref.email}${ref.phone ? ` · ${ref.phone}` : ''}`,
      '',
      "Open the console to see the client's details:",
      link(site, `/staff/referrals/${encodeURIComponent(r.id)}`),
    ].join('\n'),
  };
}

export function referrerReceivedMail(r: ReferralSummary, site: Site, statusUrl: string, linkExpiresAt: Date): OutgoingMail {
  return {
    to: r.referrer.email,
    kind: 'referral.received',
    subject: `We received your referral ${r.reference}`,
    text: [
      'Hello,',
      '',
      `Thank you. We received your referral ${r.reference} to: ${target(r, site)}.`,
      '',
      'What happens next:',
      '  1. Our team reviews it, usually within two business days.',
      '  2. We contact your client the way you asked (or you, if you asked us to).',
      '  3. We email you each time the status changes.',
      '',
      'Follow its progress with this private link (it shows the status only, never your client\'s details):',
      LINK_PLACEHOLDER,
      `The link works until ${date(linkExpiresAt)}. Keep this message: we cannot send the link again.`,
      '',
      `Questions? Call ${site.phone} and give the reference ${r.reference}.`,
      '',
      site.name,
    ].join('\n'),
    // Stored apart and put in only when the mail is sent (decision 024).
    link: statusUrl,
  };
}

export function referralUpdateMail(
  r: { reference: string; referrerName: string; referrerEmail: string; linkExpiresAt: Date },
  status: ReferralStatus,
  site: Site,
): OutgoingMail {
  const words = STATUS_WORDS[status];
  return {
    to: r.referrerEmail,
    kind: 'referral.update',
    subject: `Update on referral ${r.reference}`,
    text: [
      'Hello,',
      '',
      `Referral ${r.reference} is now: ${words.label}.`,
      words.meaning,
      '',
      // The raw status token is never stored, so it cannot be repeated here.
      `See the full history with the private link from our first message about ${r.reference} (it works until ${date(r.linkExpiresAt)}).`,
      '',
      `Questions? Call ${site.phone} and give the reference ${r.reference}.`,
      '',
      site.name,
    ].join('\n'),
  };
}
