import 'server-only';
import type { ReviewResult } from '@/lib/submissions/staff-data';

export function readSubmissionId(form: FormData): string | null {
  const v = form.get('id');
  return typeof v === 'string' && /^[a-z0-9]{10,40}$/.test(v) ? v : null;
}

/** Words for a review that could not be done. */
export function reviewRefusal(result: ReviewResult): string | null {
  switch (result.status) {
    case 'already-reviewed':
      return 'Another staff member has already dealt with this submission.';
    case 'not-found':
      return 'This submission or its listing no longer exists.';
    case 'conflict':
      return 'The listing was changed by someone else since you opened this page. Reload it to compare the proposal with the listing as it is now.';
    case 'invalid':
      return `The proposal cannot be applied as it is: ${Object.values(result.fieldErrors).flat().join(' ')} Edit the proposal below, then approve it.`;
    default:
      return null;
  }
}
