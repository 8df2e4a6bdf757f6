// Staff working a referral from its page: a note, a new status, or both, in
// one step. Takes the signed-in staff member and refuses one without
// referral access itself, whatever the action calling it checked; the audit
// entry is written in the change's own transaction.
import 'server-only';
import { recordAudit } from '../audit/record.ts';
import type { ChangeContext } from '../staff/context.ts';
import { assertReferralAccess } from '../staff/authorization.ts';
import { changeReferralChecked, type CheckedChange } from './data.ts';
import type { ReferralWork } from './staff-schema.ts';

export async function workOnReferral(id: string, work: ReferralWork, ctx: ChangeContext): Promise<CheckedChange> {
  assertReferralAccess(ctx.actor);
  if (id.length > 40) return { kind: 'not-found' };
  return changeReferralChecked(id, work.status, { actorId: ctx.actor.userId, note: work.note }, {
    lastEventId: work.version,
    confirmedMail: work.confirm,
    audit: (tx, before, after) =>
      recordAudit(tx, { actor: ctx.actor, action: before.status === after.status ? 'referral.note' : 'referral.status', entityType: 'Referral', entityId: id, before, after, ip: ctx.ip }),
  });
}
