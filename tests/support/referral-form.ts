// A referral form as a browser would post it: valid by default, each test
// changes only what it is about.
import crypto from 'node:crypto';

export type FormFields = Record<string, string | string[] | undefined>;

export function referralFields(overrides: FormFields = {}): FormFields {
  return {
    idempotencyKey: crypto.randomUUID(),
    groupSlug: '',
    website: '',
    referrerName: 'Referring Worker',
    referrerRole: 'Social worker',
    referrerOrganisation: 'Lakeshore Family Health Team',
    referrerEmail: `referrer.${crypto.randomBytes(3).toString('hex')}@lakeshore-fht.example`,
    referrerPhone: '416-555-0142',
    clientName: 'Sam',
    clientContactMethod: 'PHONE',
    clientPhone: '416-555-0188',
    clientEmail: '',
    clientLanguage: 'English',
    clientAccessibility: 'Uses a walker; needs step-free access.',
    clientBestTimes: 'Weekday mornings',
    helpTopic: '',
    helpTown: '',
    helpAttendance: '',
    readiness: ['wants-self-help', 'shares-concern'],
    consent: 'on',
    notes: 'Recently bereaved; would like a small group.',
    ...overrides,
  };
}

export function toFormData(fields: FormFields): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) fd.append(k, item);
  }
  return fd;
}

/** A base64 key for REFERRAL_ENCRYPTION_KEY, so tests never write a key file. */
export const testEncryptionKey = () => crypto.randomBytes(32).toString('base64');
