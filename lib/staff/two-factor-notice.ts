// The mail that tells an account's owner two-factor sign-in was turned on
// or off. Written in the same transaction as the change, so one never
// happens without the other; it carries no secret, code or link to act on,
// only what happened and what to do if it was not them.
import 'server-only';
import { enqueueMail } from '@/lib/mail';
import type { Prisma } from '@/lib/generated/prisma/client';
import { SITE } from '@/lib/site';

export type TwoFactorChange = 'on' | 'off';
/** Who made the change: the owner, signed in or signing in, or an administrator's reset. */
export type ChangedBy = 'owner' | 'administrator';

const when = new Intl.DateTimeFormat('en-CA', { dateStyle: 'long', timeStyle: 'short', timeZone: 'America/Toronto' });

export async function enqueueTwoFactorNotice(
  tx: Prisma.TransactionClient,
  to: string,
  change: TwoFactorChange,
  by: ChangedBy,
  at = new Date(),
): Promise<string> {
  const what = change === 'on' ? 'turned on' : 'turned off';
  const who = by === 'administrator' ? 'An administrator reset it' : 'It was done with your password';
  const next =
    change === 'on'
      ? 'From now on, signing in asks for a code from the authenticator app that was set up.'
      : by === 'administrator'
        ? 'You will set it up again the next time you sign in.'
        : 'Signing in now asks only for your password.';
  return enqueueMail(tx, {
    to,
    subject: `Two-factor sign-in was ${what} for your ${SITE.name} staff account`,
    text: [
      `Two-factor sign-in was ${what} for your staff account on ${when.format(at)} (Toronto time). ${who}.`,
      '',
      next,
      '',
      'If this was not you, tell an administrator at once: they can disable the account, and someone may know your password.',
    ].join('\n'),
    kind: change === 'on' ? 'staff.two-factor-on' : 'staff.two-factor-off',
  });
}
