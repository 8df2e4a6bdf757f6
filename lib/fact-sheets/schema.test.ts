import { describe, expect, it } from 'vitest';
import { checklists } from './checklists.ts';
import { agreementLines, OWN_GUIDELINE_MAX_LENGTH, OWN_GUIDELINES_MAX } from './agreement.ts';
import { factSheetContentSchema, parseComfortAgreementParams } from './schema.ts';

describe('the comfort-agreement address a visitor without JavaScript submits', () => {
  it('keeps known guidelines once, in any order given, and the group\'s own words cleaned', () => {
    const params = parseComfortAgreementParams({
      pick: ['right-to-pass', 'nope', 'no-put-downs', 'right-to-pass'],
      add: ['  We start   on time. ', '', 'we start on time.', 'Phones on silent.'],
    });
    expect(params).toEqual({ pick: ['right-to-pass', 'no-put-downs'], add: ['We start on time.', 'Phones on silent.'] });
    // The agreement follows the builder's order, then the group's own lines.
    expect(agreementLines(checklists['comfort-agreement'], params.pick, params.add)).toEqual([
      'We never use put-downs, insults or name-calling.',
      'Taking part is your choice, and you can always say "I pass".',
      'We start on time.',
      'Phones on silent.',
    ]);
  });

  it('caps the length and number of the group\'s own lines', () => {
    const many = Array.from({ length: 60 }, (_, i) => `Guideline number ${i} ${'x'.repeat(300)}`);
    const { add } = parseComfortAgreementParams({ add: many });
    expect(add).toHaveLength(OWN_GUIDELINES_MAX);
    for (const line of add) expect(line.length).toBe(OWN_GUIDELINE_MAX_LENGTH);
  });

  it('treats a single value, nothing at all or other params the same calm way', () => {
    expect(parseComfortAgreementParams({ pick: 'confidentiality', add: 'Be kind.' })).toEqual({ pick: ['confidentiality'], add: ['Be kind.'] });
    expect(parseComfortAgreementParams({})).toEqual({ pick: [], add: [] });
    expect(parseComfortAgreementParams({ q: 'x', pick: undefined })).toEqual({ pick: [], add: [] });
  });
});

describe('the fields staff may edit', () => {
  it('accepts a sheet at the limits and trims the title and summary', () => {
    const ok = factSheetContentSchema.parse({ title: '  Abc ', summary: 's'.repeat(300), body: 'b'.repeat(100_000) });
    expect(ok.title).toBe('Abc');
    expect(ok.summary).toHaveLength(300);
  });

  it('names each field that is missing, with a plain message', () => {
    const result = factSheetContentSchema.safeParse({});
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`)).toEqual([
      'title: Give the sheet a title.',
      'summary: Give the sheet a summary (it may be empty).',
      'body: Write the text of the sheet.',
    ]);
  });
});
