// What a staff member is told when someone keeps failing to sign in as
// them. The address is shown so they can tell their own office from a
// stranger; nothing in the mail is a link, so it cannot be used to phish.
import type { OutgoingMail } from '@/lib/mail';
import { DIRECTORY_TIME_ZONE, SITE } from '@/lib/site';
import { LOCK_AFTER_FAILURES, LOCK_DURATION_MS } from './policy.ts';

type Owner = { email: string; name: string };

const when = (d: Date) =>
  d.toLocaleString('en-CA', { timeZone: DIRECTORY_TIME_ZONE, dateStyle: 'long', timeStyle: 'short' });
const minutes = Math.round(LOCK_DURATION_MS / 60_000);

export function addressRefusedMail(owner: Owner, address: string, at: Date): OutgoingMail {
  return {
    to: owner.email,
    kind: 'staff.sign-in-alert',
    subject: `${SITE.name}: repeated failed sign-ins to your account`,
    text: [
      `Hello ${owner.name},`,
      '',
      `Someone entered a wrong password for your staff account ${LOCK_AFTER_FAILURES} times from the address ${address || 'unknown'} (${when(at)}).`,
      `Sign-in from that address is paused for about ${minutes} minutes. Your account is not locked: you can still sign in from anywhere else.`,
      '',
      'If it was you, wait and try again, or ask for a password reset from the sign-in page.',
      'If it was not you, nothing more is needed; if it goes on, tell an administrator.',
    ].join('\n'),
  };
}

export function accountLockedMail(owner: Owner, lockedUntil: Date, failures: number): OutgoingMail {
  return {
    to: owner.email,
    kind: 'staff.sign-in-alert',
    subject: `${SITE.name}: your staff account is locked for ${minutes} minutes`,
    text: [
      `Hello ${owner.name},`,
      '',
      `There were ${failures} failed sign-ins to your staff account from many addresses in a short time, so the account is locked until ${when(lockedUntil)}.`,
      'Nobody, including you, can sign in to it until then. Your password has not been changed.',
      '',
      'If this was not you, tell an administrator: someone may be trying to guess your password.',
    ].join('\n'),
  };
}
