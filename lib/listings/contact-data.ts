// A visitor's message to a group: who receives it (the group's staff-only
// contact email, or the clearinghouse when there is none) and the outbox
// write. The recipient's address never leaves this module.
import 'server-only';
import { db } from '../db.ts';
import { couldBeSlug } from '../slug.ts';
import { env } from '../env.ts';
import { queueMailDelivery } from '../jobs/queue.ts';
import { groupContactMail } from '../mail/group-messages.ts';
import { enqueueMail } from '../mail/outbox-data.ts';
import { hasPublicContact } from './contact-rules.ts';
import type { ContactInput } from './contact-schema.ts';

export type ContactTarget = { slug: string; name: string };

/**
 * The published group under `slug` when visitors reach it through the form
 * (no public phone or email), else null: a group with a public contact is
 * reached directly, so the form is not offered for it.
 */
export async function getContactTarget(slug: string): Promise<ContactTarget | null> {
  if (!couldBeSlug(slug)) return null;
  const g = await db.group.findFirst({ where: { slug, status: 'PUBLISHED' }, select: { slug: true, name: true, phone: true, email: true } });
  return g && !hasPublicContact(g) ? { slug: g.slug, name: g.name } : null;
}

export type SendResult = { status: 'sent'; group: ContactTarget } | { status: 'unknown-group' };

/** Writes the message into the outbox and asks for delivery after commit. */
export async function sendGroupMessage(input: ContactInput): Promise<SendResult> {
  if (!couldBeSlug(input.group)) return { status: 'unknown-group' };
  const e = env();
  const outboxId = await db.$transaction(async (tx) => {
    const g = await tx.group.findFirst({
      where: { slug: input.group, status: 'PUBLISHED' },
      select: { slug: true, name: true, phone: true, email: true, privateContactEmail: true },
    });
    if (!g || hasPublicContact(g)) return null;
    const id = await enqueueMail(
      tx,
      groupContactMail(
        { group: { name: g.name, slug: g.slug }, groupEmail: g.privateContactEmail?.trim() || null, fromName: input.name, replyEmail: input.replyEmail, message: input.message },
        { url: e.SITE_URL, name: e.SITE_NAME, intakeEmail: e.INTAKE_EMAIL },
      ),
    );
    return { id, group: { slug: g.slug, name: g.name } };
  });
  if (!outboxId) return { status: 'unknown-group' };
  await queueMailDelivery([outboxId.id]);
  return { status: 'sent', group: outboxId.group };
}
