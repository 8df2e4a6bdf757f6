'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/auth/guards';
import { updateTopic } from '@/lib/data/staff-topics';
import { readTopicValues, topicErrors, topicSchema, type TopicFormState } from '@/lib/validation/staff-topic';
import { changeContext } from '@/lib/data/staff-context';

export async function updateTopicAction(_prev: TopicFormState, form: FormData): Promise<TopicFormState> {
  const session = await authorizeAction('topic.update');
  // The slug (a hidden field) names the topic; it is never changed here.
  const values = readTopicValues(form);
  const parsed = topicSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: topicErrors(parsed.error), message: 'The topic was not saved. Correct the fields marked below.' };
  const result = await updateTopic(values.slug, parsed.data, await changeContext(session));
  if (result.status !== 'saved') return { values, fieldErrors: {}, message: 'This topic no longer exists.' };
  revalidatePath('/staff/topics');
  revalidatePath(`/topics/${values.slug}`);
  redirect(`/staff/topics?done=saved`);
}
