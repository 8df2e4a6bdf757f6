import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FORM_ERROR_KEY, fieldErrorsFrom } from './field-errors.ts';
import { describedBy, fieldIds } from './field-ids.ts';
import { initialFormState } from './form-state.ts';
import { formValues } from './form-values.ts';

const row = z.object({ startTime: z.string().min(1, 'Enter the start time.'), weekdays: z.array(z.enum(['1', '2'], { error: 'Choose a day.' })) });
const form = z
  .object({ name: z.string().min(2, 'Too short.').regex(/^[a-z]+$/, 'Letters only.'), meetings: z.array(row) })
  .refine((v) => v.name !== 'xx', 'Not that name.');

const errorOf = (value: unknown) => {
  const r = form.safeParse(value);
  if (r.success) throw new Error('expected a refusal');
  return r.error;
};

describe('fieldErrorsFrom', () => {
  it('keys messages by dotted path, every message in order', () => {
    expect(fieldErrorsFrom(errorOf({ name: '1', meetings: [{ startTime: '', weekdays: ['9'] }] }))).toEqual({
      name: ['Too short.', 'Letters only.'],
      'meetings.0.startTime': ['Enter the start time.'],
      'meetings.0.weekdays.0': ['Choose a day.'],
    });
  });

  it('files a whole-form problem under the form key', () => {
    expect(fieldErrorsFrom(errorOf({ name: 'xx', meetings: [] }))).toEqual({ [FORM_ERROR_KEY]: ['Not that name.'] });
  });

  it('prefixes a row parsed on its own and adds to errors already found', () => {
    const r = row.safeParse({ startTime: '', weekdays: [] });
    const into = { name: ['Too short.'] };
    expect(r.success ? null : fieldErrorsFrom(r.error, { prefix: 'meetings.2.', into })).toBe(into);
    expect(into).toEqual({ name: ['Too short.'], 'meetings.2.startTime': ['Enter the start time.'] });
  });

  it('keeps the first message per top-level field when asked', () => {
    expect(fieldErrorsFrom(errorOf({ name: '1', meetings: [{ startTime: '', weekdays: [] }] }), { topLevel: true, firstOnly: true })).toEqual({
      name: ['Too short.'],
      meetings: ['Enter the start time.'],
    });
  });
});

describe('field ids', () => {
  it('derives the error and hint ids from the input id, with an optional prefix', () => {
    expect(fieldIds('summary')).toEqual({ input: 'summary', error: 'summary-error', hint: 'summary-hint' });
    expect(fieldIds('referrerEmail', 'f')).toEqual({ input: 'f-referrerEmail', error: 'f-referrerEmail-error', hint: 'f-referrerEmail-hint' });
  });

  it('describes a control by what is shown: hint first, then error', () => {
    const ids = fieldIds('code', 'enrol');
    expect(describedBy(ids, {})).toBeUndefined();
    expect(describedBy(ids, { error: true })).toBe('enrol-code-error');
    expect(describedBy(ids, { hint: true, error: true })).toBe('enrol-code-hint enrol-code-error');
  });
});

describe('form state and values', () => {
  it('starts with nothing refused, plus what the domain adds', () => {
    expect(initialFormState({ title: '' })).toEqual({ values: { title: '' }, fieldErrors: {}, message: null });
    expect(initialFormState({ title: '' }, { version: 3 })).toEqual({ values: { title: '' }, fieldErrors: {}, message: null, version: 3 });
  });

  it('reads named fields as strings, missing and file fields as empty', () => {
    const data = new FormData();
    data.set('email', 'a@example.org');
    data.set('upload', new Blob(['x']));
    expect(formValues(data, ['email', 'upload', 'missing'])).toEqual({ email: 'a@example.org', upload: '', missing: '' });
  });
});
