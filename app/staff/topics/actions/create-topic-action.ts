'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorizeAction } from '@/lib/staff/guards';
import { createTopic } from '@/lib/listings/topics-staff-data';
import { fieldErrorsFrom } from '@/lib/forms/field-errors';
import { readTopicValues, topicSchema, type TopicFormState } from '@/lib/listings/topic-schema';
import { changeContext } from '@/lib/staff/context';

export async function createTopicAction(_prev: TopicFormState, form: FormData): Promise<TopicFormState> {
  const session = await authorizeAction('topic.create');
  const values = readTopicValues(form);
  const parsed = topicSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsFrom(parsed.error), message: 'The topic was not saved. Correct the fields marked below.' };
  const result = await createTopic(parsed.data, await changeContext(session));
  if (result.status !== 'saved') return { values, fieldErrors: { slug: ['Another topic already uses this address.'] }, message: 'The topic was not saved. Correct the fields marked below.' };
  revalidatePath('/staff/topics');
  revalidatePath('/topics');
  redirect(`/staff/topics?done=created`);
}
