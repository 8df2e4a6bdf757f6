import crypto from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ListYourGroupForm } from '@/components/submissions/list-your-group-form';
import { initialFormState } from '@/lib/forms/form-state';
import { getListingForCorrection } from '@/lib/submissions/data';
import { listTopics } from '@/lib/listings/topics-data';
import { emptyProposalValues, proposalFromListing } from '@/lib/submissions/proposal';
import type { SubmissionFormValues } from '@/lib/submissions/schema';
import { submitListingAction } from './actions/submit-listing-action';

export const metadata: Metadata = { title: 'List your group', description: 'Ask the clearinghouse to list a self-help group, correct a listing or report a problem.' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export default async function ListYourGroupPage({ searchParams }: Props) {
  const sp = await searchParams;
  const slug = first(sp.group).trim();
  const problem = first(sp.kind) === 'problem';
  const listing = slug ? await getListingForCorrection(slug) : null;
  // An unknown or unpublished listing is a 404, never an error.
  if (slug && !listing) notFound();
  const kind = !listing ? 'NEW_GROUP' : problem ? 'PROBLEM_REPORT' : 'UPDATE';
  const values: SubmissionFormValues = {
    kind, groupSlug: listing?.slug ?? '', idempotencyKey: crypto.randomBytes(18).toString('base64url'), homepage: '',
    submitterName: '', submitterEmail: '', message: '', proposal: listing ? proposalFromListing(listing) : emptyProposalValues(),
  };
  const topics = await listTopics();
  const title = kind === 'NEW_GROUP' ? 'List your group' : kind === 'UPDATE' ? `Suggest a correction: ${listing?.name}` : `Report a problem: ${listing?.name}`;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      {kind === 'NEW_GROUP' && <p className="mt-2 max-w-2xl">Tell us about a self-help or mutual aid group and we will list it after a quick check with the group. Listing is free.</p>}
      {kind === 'UPDATE' && (
        <p className="mt-2 max-w-2xl">
          Change what is wrong below and send it; staff check every correction before it appears. Something else wrong?{' '}
          <Link href={`/list-your-group?group=${encodeURIComponent(slug)}&kind=problem`}>Report a problem instead</Link>.
        </p>
      )}
      {kind === 'PROBLEM_REPORT' && <p className="mt-2 max-w-2xl">Tell us what is wrong — for example, the group has stopped meeting or the phone number does not work.</p>}
      <ListYourGroupForm action={submitListingAction} initial={initialFormState(values)} topics={topics} />
    </>
  );
}
