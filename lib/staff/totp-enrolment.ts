// During enrolment the new secret travels in the form, sealed to the
// account for 15 minutes, so showing the QR code writes nothing and a
// stranger's secret cannot be slipped in.
import 'server-only';
import { z } from 'zod';
import { seal, unseal } from './seal';
import { generateTotpSecret, qrPath, totpUri } from './totp';

const PURPOSE = 'totp-enrolment';
const schema = z.object({ uid: z.string(), secret: z.string().regex(/^[A-Z2-7]+=*$/) });

export type EnrolmentOffer = { secret: string; sealed: string; qr: { size: number; d: string } };

export async function offerEnrolment(userId: string, email: string): Promise<EnrolmentOffer> {
  const secret = generateTotpSecret();
  return { secret, sealed: await seal(PURPOSE, { uid: userId, secret }, 15 * 60_000), qr: qrPath(totpUri(secret, email)) };
}

export async function openEnrolmentSecret(userId: string, sealed: FormDataEntryValue | null): Promise<string | null> {
  const claims = await unseal(PURPOSE, typeof sealed === 'string' ? sealed : undefined, schema);
  return claims && claims.uid === userId ? claims.secret : null;
}
