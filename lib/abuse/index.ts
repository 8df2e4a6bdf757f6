// Abuse controls shared by the public forms (referrals, "List your group").
export { CONFIRMATION_LIMITS, closeRateLimitPools, consumeLimit, describeWait, refusalMessage, REFERRAL_LIMITS, type LimitResult, type LimitRule } from './rate-limit.ts';
export { clientAddress, clientLimitKey, limitBucket } from './client-address.ts';
