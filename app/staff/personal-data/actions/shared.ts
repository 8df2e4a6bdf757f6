import 'server-only';

/** A form field as a string ('' when missing or a file). */
export const field = (form: FormData, name: string): string => {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
};

export const resultsPath = (caseToken: string, extra = '') => `/staff/personal-data?case=${encodeURIComponent(caseToken)}${extra}`;
