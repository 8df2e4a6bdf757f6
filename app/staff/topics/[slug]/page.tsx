import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TopicForm } from '@/components/staff/topics/topic-form';
import { initialFormState } from '@/lib/forms/form-state';
import { requireStaffPage } from '@/lib/staff/guards';
import { getTopicForEdit } from '@/lib/listings/topics-staff-data';
import { updateTopicAction } from '../actions/update-topic-action';

export const metadata: Metadata = { title: 'Edit a topic' };
type Props = { params: Promise<{ slug: string }> };

export default async function EditTopicPage({ params }: Props) {
  await requireStaffPage();
  const topic = await getTopicForEdit((await params).slug);
  if (!topic) notFound();
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm"><Link href="/staff/topics">All topics</Link></nav>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">Edit “{topic.name}”</h1>
      <p className="mt-1">Address: /topics/{topic.slug} (fixed)</p>
      <TopicForm action={updateTopicAction} creating={false} initial={initialFormState({ slug: topic.slug, name: topic.name, description: topic.description, keywords: topic.keywords.join('\n') })} />
    </>
  );
}
