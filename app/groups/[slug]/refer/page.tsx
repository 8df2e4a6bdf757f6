import type { Metadata } from 'next';
import crypto from 'node:crypto';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ReferralForm } from '@/components/referral/referral-form';
import { submitReferralAction } from '@/app/refer/actions';
import { ReferralIntro } from '@/components/referral/referral-intro';
import { getReferralGroup } from '@/lib/referrals/status-page-data';
import { initialReferralState } from '@/lib/referrals/form-state';

type Props = { params: Promise<{ slug: string }> };

// Unknown and unpublished groups get the not-found page.
const loadGroup = cache(async (slug: string) => (await getReferralGroup(slug)) ?? notFound());

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = await loadGroup((await params).slug);
  return { title: `Refer a client to ${group.name}` };
}

export default async function GroupReferPage({ params }: Props) {
  const group = await loadGroup((await params).slug);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold text-brand-900">Refer a client to {group.name}</h1>
      <ReferralIntro />
      <ReferralForm action={submitReferralAction} initialState={initialReferralState(crypto.randomUUID(), group.slug)} group={group} topics={[]} />
    </div>
  );
}
