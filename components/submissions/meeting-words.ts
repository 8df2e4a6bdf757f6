// The words the public form offers for a meeting; the moderation page shows
// a proposal in the same words.
export const DAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const RECURRENCES = [{ value: 'WEEKLY', label: 'Every week' }, { value: 'MONTHLY_NTH', label: 'Once a month' }, { value: 'BY_ARRANGEMENT', label: 'By arrangement' }];
export const MONTH_WEEKS = [{ value: '', label: '—' }, { value: '1', label: 'First' }, { value: '2', label: 'Second' }, { value: '3', label: 'Third' }, { value: '4', label: 'Fourth' }, { value: '-1', label: 'Last' }];
