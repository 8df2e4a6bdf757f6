'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { updateTopic } from '@/lib/listings/topics-staff-data';
import { fieldErrorsFrom } from '@/lib/forms/field-errors';
import { readTopicValues, topicSchema, type TopicFormState } from '@/lib/listings/topic-schema';
import { changeContext } from '@/lib/staff/context';

export async function updateTopicAction(_prev: TopicFormState, form: FormData): Promise<TopicFormState> {
  const session = await authorizeAction('topic.update');
  // The slug (a hidden field) names the topic; it is never changed here.
  const values = readTopicValues(form);
  const parsed = topicSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsFrom(parsed.error), message: 'The topic was not saved. Correct the fields marked below.' };
  const result = await updateTopic(values.slug, parsed.data, await changeContext(session));
  if (result.status !== 'saved') return { values, fieldErrors: {}, message: 'This topic no longer exists.' };
  revalidatePath('/staff/topics');
  revalidatePath(`/topics/${values.slug}`);
  redirect(`/staff/topics?done=saved`);
}
