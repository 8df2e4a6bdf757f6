import type { Metadata } from 'next';
import crypto from 'node:crypto';
import { ReferralForm } from '@/components/referral/referral-form';
import { submitReferralAction } from './actions';
import { ReferralIntro } from '@/components/referral/referral-intro';
import { listTopics } from '@/lib/listings/topics-data';
import { initialReferralState } from '@/lib/referrals/form-state';

export const metadata: Metadata = {
  title: 'Refer a client',
  description: 'For professionals: refer a client to a self-help group, or ask us to help find one.',
};

export default async function ReferPage() {
  const topics = await listTopics();
  return (
    <div className="max-w-3xl">
      <ReferralForm
        action={submitReferralAction}
        initialState={initialReferralState(crypto.randomUUID())}
        group={null}
        topics={topics}
        header={
          <>
            <h1 className="text-3xl font-bold text-brand-900">Refer a client</h1>
            <ReferralIntro />
          </>
        }
      />
    </div>
  );
}
