// Abuse controls shared by the public forms (referrals, "List your group").
export { clientIp, closeRateLimitPools, consumeLimit, describeWait, REFERRAL_LIMITS, type LimitResult, type LimitRule } from './rate-limit.ts';
