import { describe, expect, it } from 'vitest';
import { ATTENDANCE_LABELS, attendanceSummary } from '../../components/group/labels.ts';

describe('how a group can be attended, as one label', () => {
  it('says each way once, however many meetings share it', () => {
    expect(attendanceSummary(['HYBRID', 'ONLINE'])).toBe('In person and online');
    expect(attendanceSummary(['ONLINE', 'ONLINE'])).toBe('Online');
    expect(attendanceSummary(['IN_PERSON', 'HYBRID'])).toBe('In person and online');
  });

  it('lists three ways with commas and "and"', () => {
    expect(attendanceSummary(['PHONE', 'HYBRID'])).toBe('In person, online and by phone');
    expect(attendanceSummary(['PHONE'])).toBe('By phone');
  });

  it('says nothing when there are no meetings', () => {
    expect(attendanceSummary([])).toBe('');
  });

  it('keeps the label of a single meeting as it was', () => {
    expect(ATTENDANCE_LABELS.HYBRID).toBe('In person and online');
  });
});
