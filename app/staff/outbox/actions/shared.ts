// Helpers the outbox actions share (not an action file: no 'use server').
import 'server-only';
import { pageHref } from '@/components/group/pagination';
import { outboxFiltersQuery, readOutboxFilters } from '@/lib/mail/outbox-list-schema';

/** A message id from a form: cuid-like, never longer than 40 characters. */
export function readMessageId(form: FormData): string | null {
  const v = form.get('id');
  return typeof v === 'string' && /^[a-z0-9]{10,40}$/.test(v) ? v : null;
}

/** Back to the list the button was pressed on, its filters read again (never trusted as a path). */
export function backToOutbox(form: FormData, done: string): string {
  const raw = form.get('back');
  const params = Object.fromEntries(new URLSearchParams(typeof raw === 'string' ? raw.slice(0, 1000) : ''));
  const { filters } = readOutboxFilters(params);
  const href = pageHref('/staff/outbox', outboxFiltersQuery(filters), filters.page);
  return `${href}${href.includes('?') ? '&' : '?'}done=${done}`;
}
