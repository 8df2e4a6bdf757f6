import type { UrlProblem } from '@/lib/forms/url-filters';

/** Says which parts of the address the list could not use, so nobody mistakes the list shown for the one asked for. */
export function UrlProblems({ problems }: { problems: UrlProblem[] }) {
  if (problems.length === 0) return null;
  const names = problems.map((p) => p.label).join(', ');
  return (
    <p role="status" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3" data-testid="url-problems">
      Part of this address could not be used and was left out ({names}). The list below ignores {problems.length === 1 ? 'it' : 'them'}; choose again in the form.
    </p>
  );
}
