// After sending a referral, a reload shows the reference again — but only
// in the browser that sent it. Guessing or trying references on the
// confirmation page tells a stranger nothing, not even whether one exists.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const browser = vi.hoisted(() => ({ jar: new Map<string, string>() }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': '198.51.100.61' }),
  cookies: async () => ({
    get: (name: string) => (browser.jar.has(name) ? { name, value: browser.jar.get(name) } : undefined),
    set: (name: string, value: string) => void browser.jar.set(name, value),
    delete: (o: string | { name: string }) => void browser.jar.delete(typeof o === 'string' ? o : o.name),
  }),
}));

import { isValidElement, type ReactNode } from 'react';
import { db } from '../support/db.ts';
import { referralFields, testEncryptionKey, toFormData } from '../support/referral-form.ts';
import { buildGroup, createGroup, createTopics } from '../../prisma/seed/factories.ts';
import { submitReferralAction } from '../../app/refer/actions.ts';
import ReferralSentPage from '../../app/refer/sent/page.tsx';
import { initialReferralState } from '../../lib/referrals/form-state.ts';

process.env.REFERRAL_ENCRYPTION_KEY = testEncryptionKey();

/** The page as Next calls it, with whatever the address carries. */
const renderPage = ReferralSentPage as (props: { searchParams: Promise<Record<string, string>> }) => Promise<unknown>;

/** Every text and prop value the page's element tree carries, or "not found". */
async function whatThePageShows(query: Record<string, string>): Promise<string> {
  let tree: ReactNode;
  try {
    tree = (await renderPage({ searchParams: Promise.resolve(query) })) as ReactNode;
  } catch (e) {
    const digest = (e as { digest?: unknown }).digest;
    if (typeof digest === 'string' && digest.includes('404')) return 'not found';
    throw e;
  }
  const words: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (isValidElement(node)) for (const v of Object.values(node.props as Record<string, unknown>)) walk(v);
    else if (typeof node === 'string' || typeof node === 'number') words.push(String(node));
  };
  walk(tree);
  return words.join(' ');
}

async function send(): Promise<string> {
  const fields = referralFields({ groupSlug: 'riverside-caregivers' });
  const state = await submitReferralAction(initialReferralState(String(fields.idempotencyKey)), toFormData(fields));
  if (state.status !== 'sent') throw new Error('the referral was not sent');
  return state.reference;
}

beforeEach(async () => {
  browser.jar.clear();
  if (!(await db.group.count({ where: { slug: 'riverside-caregivers' } }))) {
    await createTopics(db);
    await createGroup(db, buildGroup({ slug: 'riverside-caregivers', name: 'Riverside Caregivers' }));
  }
});

describe('the referral confirmation page', () => {
  it('shows the browser that sent a referral its reference again after a reload', async () => {
    const reference = await send();
    expect(await whatThePageShows({})).toContain(reference);
  });

  it('tells someone who tries a real reference nothing about it, exactly as for a made-up one', async () => {
    const reference = await send();
    browser.jar.clear(); // another browser
    const real = await whatThePageShows({ ref: reference });
    expect(real).not.toContain(reference);
    expect(real).toBe(await whatThePageShows({ ref: 'R-ZZZZ-ZZ' }));
    expect(real).toBe(await whatThePageShows({}));
  });

  it('cannot be talked into showing a reference by a cookie the visitor wrote themselves', async () => {
    const reference = await send();
    // What a visitor can do: write any cookie, under any name, by hand.
    browser.jar.forEach((_, name) => browser.jar.set(name, reference));
    browser.jar.set('referral-sent', reference);
    const forged = await whatThePageShows({ ref: reference });
    expect(forged).not.toContain(reference);
    browser.jar.clear();
    expect(forged).toBe(await whatThePageShows({}));
  });
});
