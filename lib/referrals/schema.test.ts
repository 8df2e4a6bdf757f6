import { describe, expect, it } from 'vitest';
import { emptyValues, formBytes, hasCrisis, parseReferral, valuesFromFormData, type ReferralFormValues } from './schema.ts';

const valid = (over: Partial<ReferralFormValues> = {}): ReferralFormValues => ({
  ...emptyValues('7b0a3c52-6f0e-4a57-9a55-2d8c0e2f4b11'),
  referrerName: 'Referring Worker',
  referrerRole: 'Social worker',
  referrerOrganisation: 'Lakeshore FHT',
  referrerEmail: 'referrer@lakeshore.example',
  clientName: 'Sam',
  clientContactMethod: 'CLIENT_WILL_CALL',
  consent: true,
  ...over,
});

describe('the referral schema', () => {
  it('keeps the contact detail that goes with the chosen method, and only that one', () => {
    const r = parseReferral(valid({ clientContactMethod: 'EMAIL', clientEmail: 'sam@example.org', clientPhone: '416-555-0100' }));
    expect(r.ok && r.input.clientContact).toBe('sam@example.org');
    const none = parseReferral(valid({ clientContactMethod: 'CONTACT_REFERRER', clientPhone: '416-555-0100' }));
    expect(none.ok && none.input.clientContact).toBeNull();
  });

  it('drops the help-me-find-one answers when a group is chosen', () => {
    const r = parseReferral(valid({ groupSlug: 'lakeshore-grief-circle', helpTopic: 'bereavement', helpTown: 'Oakville' }));
    expect(r.ok && [r.input.groupSlug, r.input.helpTopicSlug, r.input.helpTown]).toEqual(['lakeshore-grief-circle', null, null]);
  });

  it('refuses text that is not well-formed Unicode (a lone surrogate)', () => {
    const r = parseReferral(valid({ notes: 'ok \ud800 not ok' }));
    expect(!r.ok && r.fieldErrors.notes?.[0]).toMatch(/cannot be read/);
  });

  it('flags a crisis even when other answers are missing', () => {
    const r = parseReferral({ ...emptyValues(''), readiness: ['suicidal'] });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.crisis).toBe(true);
    expect(hasCrisis(['active-crisis'])).toBe(true);
    expect(hasCrisis(['actively-using', 'cannot-follow-norms'])).toBe(false);
  });

  it('reports every problem in one pass, cross-field rules included, even when consent is not ticked', () => {
    const r = parseReferral(
      valid({ referrerName: '', referrerEmail: 'worker@', clientName: 'Mary Jane Smith', clientContactMethod: 'PHONE', clientPhone: '', readiness: ['suicidal'], consent: false }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors).sort()).toEqual(['clientName', 'clientPhone', 'consent', 'readiness', 'referrerEmail', 'referrerName']);
    expect(r.crisis).toBe(true);
  });

  it('asks for the missing phone number in the same pass as a missing contact answer elsewhere', () => {
    const r = parseReferral(valid({ clientContactMethod: 'TEXT', clientPhone: '', helpAttendance: 'TELEPATHY' }));
    expect(!r.ok && Object.keys(r.fieldErrors).sort()).toEqual(['clientPhone', 'helpAttendance']);
  });

  it('reads form data as strings, caps what it echoes and counts the raw size', () => {
    const fd = new FormData();
    fd.append('notes', 'é'.repeat(6000));
    fd.append('readiness', 'suicidal');
    fd.append('consent', 'on');
    fd.append('photo', new Blob(['12345']));
    const v = valuesFromFormData(fd);
    expect(v.notes).toHaveLength(5000);
    expect(v.readiness).toEqual(['suicidal']);
    expect(v.consent).toBe(true);
    expect(formBytes(fd)).toBe('notes'.length + 12000 + 'readiness'.length + 8 + 'consent'.length + 2 + 'photo'.length + 5);
  });
});
