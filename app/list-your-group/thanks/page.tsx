import type { Metadata } from 'next';
import Link from 'next/link';
import { ownEntry } from '@/lib/forms/form-values';

export const metadata: Metadata = { title: 'Thank you' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const NEW = 'We will check the details with the group and email you when it is listed.';
const WORDS: Record<string, string> = {
  new: NEW,
  correction: 'We will check your correction and email you when the listing is updated.',
  problem: 'We will look into the problem and email you when we have dealt with it.',
};

export default async function ThanksPage({ searchParams }: Props) {
  const kind = (await searchParams).kind;
  const words = ownEntry(WORDS, kind) ?? NEW;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Thank you, it was sent</h1>
      <p className="mt-2 max-w-2xl" role="status">{words}</p>
      <p className="mt-4"><Link href="/groups">Back to the directory</Link></p>
    </>
  );
}
