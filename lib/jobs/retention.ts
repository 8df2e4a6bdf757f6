// Retention and flood caps as pg-boss jobs (decision 024). Each domain owns
// its rule; this file only runs them on schedule:
//   referral-retention     daily 03:30: personal details past their limit, everywhere
//   mail-purge             daily 03:45: sent mail older than OUTBOX_SENT_RETENTION_DAYS
//   login-attempts-rollup  hourly: old or excess sign-in attempts become daily counts
// Logs name counts only.
import type { PgBoss } from 'pg-boss';
import { forgetRollupSources } from '../audit/flood-cap.ts';
import { env } from '../env.ts';
import { eraseOldMail, purgeSentMail } from '../mail/outbox-data.ts';
import { eraseExpiredReferrals } from '../referrals/retention.ts';
import { DIRECTORY_TIME_ZONE } from '../site.ts';
import { rollUpLoginAttempts } from '../staff/login-attempts-retention.ts';
import { QUEUES } from './queue.ts';

const DAY_MS = 86_400_000;

/**
 * Every personal detail past its limit: referrals in any state, mail sent or
 * not (visitors' messages to groups included), sign-in attempts' addresses
 * and typed emails, and the addresses counted in the audit rollup.
 */
export async function runRetention(now: Date) {
  const e = env();
  return {
    referrals: await eraseExpiredReferrals(now, e.REFERRAL_RETENTION_DAYS),
    mail: await eraseOldMail(now, e.REFERRAL_RETENTION_DAYS),
    loginAttempts: await rollUpLoginAttempts(now, { days: e.LOGIN_ATTEMPT_RETENTION_DAYS }),
    auditSources: await forgetRollupSources(new Date(now.getTime() - e.LOGIN_ATTEMPT_RETENTION_DAYS * DAY_MS)),
  };
}

export async function configureRetentionJobs(boss: PgBoss, polling: { pollingIntervalSeconds: number }) {
  await boss.createQueue(QUEUES.retention, { policy: 'singleton', retryLimit: 3, retryDelay: 600 });
  await boss.createQueue(QUEUES.mailPurge, { policy: 'singleton', retryLimit: 3, retryDelay: 600 });
  await boss.createQueue(QUEUES.loginAttempts, { policy: 'singleton', retryLimit: 1, retryDelay: 300 });
  await boss.work(QUEUES.retention, polling, async () => {
    const n = await runRetention(new Date());
    if (Object.values(n).some((v) => v > 0)) console.info(`[retention] erased ${n.referrals} referral(s), ${n.mail} message(s), ${n.loginAttempts} sign-in attempt(s), ${n.auditSources} audit count(s)`);
  });
  await boss.work(QUEUES.mailPurge, polling, async () => {
    const n = await purgeSentMail(new Date(), env().OUTBOX_SENT_RETENTION_DAYS);
    if (n > 0) console.info(`[mail] purged ${n} sent message(s)`);
  });
  await boss.work(QUEUES.loginAttempts, polling, async () => {
    const n = await rollUpLoginAttempts(new Date(), { days: env().LOGIN_ATTEMPT_RETENTION_DAYS });
    if (n > 0) console.info(`[staff] rolled up ${n} sign-in attempt(s) into daily counts`);
  });
  await boss.schedule(QUEUES.retention, '30 3 * * *', null, { tz: DIRECTORY_TIME_ZONE });
  await boss.schedule(QUEUES.mailPurge, '45 3 * * *', null, { tz: DIRECTORY_TIME_ZONE });
  await boss.schedule(QUEUES.loginAttempts, '15 * * * *');
}
