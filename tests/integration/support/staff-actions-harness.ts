// Running staff server actions outside Next: who is signed in (the mocked
// readSessionClaims returns their claims), redirect()/notFound() read back
// from the errors Next throws, and form posts built from form values.
import { vi } from 'vitest';
import { readSessionClaims } from '../../../lib/staff/session.ts';
import type { GroupFormValues } from '../../../lib/listings/schema.ts';

export function signInAs(user: { id: string } | null) {
  const now = Date.now();
  vi.mocked(readSessionClaims).mockResolvedValue(user ? { userId: user.id, sessionVersion: 1, issuedAt: now, lastSeenAt: now } : null);
}

/** The path an action redirected to; fails when it returned instead. */
export async function redirectOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (e) {
    const digest = (e as { digest?: unknown }).digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) return digest.split(';')[2] ?? '';
    throw e;
  }
  throw new Error('expected a redirect');
}

export function formOf(fields: Record<string, string | string[] | boolean | number | null | undefined>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (v === null || v === undefined || v === false) continue;
    if (Array.isArray(v)) for (const item of v) form.append(k, item);
    else form.append(k, v === true ? 'on' : String(v));
  }
  return form;
}

/** The post the listing editor sends for these values. */
export function groupForm(values: GroupFormValues, extra: Record<string, string | number> = {}): FormData {
  const { meetings, ...group } = values;
  const form = formOf({ ...group, meetingRows: meetings.length, ...extra });
  meetings.forEach((m, i) => {
    for (const [k, v] of Object.entries(m)) {
      if (Array.isArray(v)) for (const item of v) form.append(`meetings.${i}.${k}`, item);
      else if (v === true) form.append(`meetings.${i}.${k}`, 'on');
      else if (v !== false) form.append(`meetings.${i}.${k}`, String(v));
    }
  });
  return form;
}
