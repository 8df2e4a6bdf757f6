import type { Metadata } from 'next';
import Link from 'next/link';
import { TopicForm } from '@/components/staff/topics/topic-form';
import { initialFormState } from '@/lib/forms/form-state';
import { requireStaffPage } from '@/lib/staff/guards';
import { createTopicAction } from '../actions/create-topic-action';

export const metadata: Metadata = { title: 'Add a topic' };

export default async function NewTopicPage() {
  await requireStaffPage();
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm"><Link href="/staff/topics">All topics</Link></nav>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">Add a topic</h1>
      <TopicForm action={createTopicAction} creating initial={initialFormState({ slug: '', name: '', description: '', keywords: '' })} />
    </>
  );
}
