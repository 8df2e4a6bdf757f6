// Every public page and route that reads its address, with 1,000 generated
// addresses each: group pages and their contact, referral and calendar
// addresses, fact sheets with their self-check parameters, the referral
// status link, the pages the forms lead to, and the health check. Each
// answers with the page (showing stored text as text) or a 404, never a 500.
import './support/cheap-writes.ts';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// The referral confirmation reads only its own sealed cookie: what a visitor
// can forge there is what is fuzzed.
const sentCookie = vi.hoisted(() => ({ value: '' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: (name: string) => (sentCookie.value ? { name, value: sentCookie.value } : undefined) }),
}));
import fc from 'fast-check';
import { db } from '../support/db.ts';
import { createFuzzDirectory, fuzzGroups } from './support/fixtures.ts';
import { answerOf, expectNoLiveMarkup, fuzz, renderHtml } from './support/fuzz.ts';
import { paramsOf, queryString, rawQueryPart, segment } from './support/arbitraries.ts';
import { seedFactSheets } from '../../prisma/seed/fact-sheets.ts';
import { hashStatusToken, newStatusToken } from '../../lib/referrals/reference.ts';
import GroupPage, { generateMetadata as groupMetadata } from '../../app/groups/[slug]/page.tsx';
import ContactPage, { generateMetadata as contactMetadata } from '../../app/groups/[slug]/contact/page.tsx';
import ContactSentPage from '../../app/groups/[slug]/contact/sent/page.tsx';
import GroupReferPage, { generateMetadata as referMetadata } from '../../app/groups/[slug]/refer/page.tsx';
import FactSheetPage, { generateMetadata as sheetMetadata } from '../../app/fact-sheets/[slug]/page.tsx';
import StatusPage from '../../app/referrals/status/[token]/page.tsx';
import ReferralSentPage from '../../app/refer/sent/page.tsx';
import ListYourGroupPage from '../../app/list-your-group/page.tsx';
import ThanksPage from '../../app/list-your-group/thanks/page.tsx';
import { GET as meetingIcs } from '../../app/groups/[slug]/meetings/[position]/calendar.ics/route.ts';
import { GET as nextMeetingIcs } from '../../app/groups/[slug]/next-meeting.ics/route.ts';
import { GET as health } from '../../app/api/health/route.ts';

const GROUP_SLUGS = Object.values(fuzzGroups);
const statusToken = newStatusToken();
let sheetSlugs: string[] = [];

beforeAll(async () => {
  await createFuzzDirectory();
  await seedFactSheets(db);
  sheetSlugs = (await db.factSheet.findMany({ select: { slug: true } })).map((s) => s.slug);
  const group = await db.group.findUniqueOrThrow({ where: { slug: fuzzGroups.hostile }, select: { id: true } });
  await db.referral.create({
    data: {
      reference: 'R-FUZZ-01', idempotencyKey: 'fuzz-referral-key-0001', groupId: group.id, referrerName: 'Referring Worker', referrerRole: 'Social worker',
      referrerOrganisation: 'Health Team', referrerEmail: 'worker@example.org', clientContactMethod: 'CLIENT_WILL_CALL', consentAt: new Date(),
      statusTokenHash: hashStatusToken(statusToken), statusTokenExpiresAt: new Date(Date.now() + 86_400_000),
    },
  });
}, 120_000);

/** A page at a slug: rendered with its metadata, or a 404. */
async function pageOrNotFound(where: string, run: () => Promise<string>): Promise<void> {
  const answer = await answerOf(run);
  if (answer.kind === 'value') expectNoLiveMarkup(answer.value, where);
  else expect(answer.kind, where).toBe('not-found');
}

describe('fuzzing the public pages', () => {
  it('shows a group page, or a 404, for every generated group address', async () => {
    await fuzz('page /groups/[slug]', segment(GROUP_SLUGS), async (slug) => {
      const props = { params: Promise.resolve({ slug }) };
      await pageOrNotFound(`/groups/${slug}`, async () => {
        await groupMetadata(props);
        return renderHtml(await GroupPage(props));
      });
    });
  });

  it('shows the contact form, its "sent" page and the group referral form, or a 404, for every generated group address', async () => {
    await fuzz('pages /groups/[slug]/contact, /contact/sent, /refer', segment(GROUP_SLUGS), async (slug) => {
      const props = { params: Promise.resolve({ slug }) };
      await pageOrNotFound(`/groups/${slug}/contact`, async () => {
        await contactMetadata(props);
        return renderHtml(await ContactPage(props));
      });
      await pageOrNotFound(`/groups/${slug}/contact/sent`, async () => renderHtml(await ContactSentPage(props)));
      await pageOrNotFound(`/groups/${slug}/refer`, async () => {
        await referMetadata(props);
        return renderHtml(await GroupReferPage(props));
      });
    });
  });

  it('answers every generated calendar address with a calendar file or a 404', async () => {
    const position = fc.oneof(fc.constantFrom('0', '1', '-1', '1e3', '00', '0x0', ' 0'), rawQueryPart);
    await fuzz('routes /groups/[slug]/meetings/[position]/calendar.ics, /next-meeting.ics', fc.tuple(segment(GROUP_SLUGS), position), async ([slug, pos]) => {
      const request = new Request('http://localhost/groups/x/next-meeting.ics');
      for (const res of [await meetingIcs(request, { params: Promise.resolve({ slug, position: pos }) }), await nextMeetingIcs(request, { params: Promise.resolve({ slug }) })]) {
        expect([200, 404]).toContain(res.status);
        const body = await res.text();
        if (res.status === 200) expect(body).toMatch(/^BEGIN:VCALENDAR/);
      }
    });
  });

  it('shows a fact sheet with its self-check, or a 404, for every generated address and parameters', async () => {
    const query = queryString(['pick', 'add'], ['listen', 'confidential', 'no-advice', 'Be kind', '<b>bold</b>']);
    await fuzz('page /fact-sheets/[slug]', fc.tuple(segment(sheetSlugs), query), async ([slug, q]) => {
      const props = { params: Promise.resolve({ slug }), searchParams: Promise.resolve(paramsOf(q)) };
      await pageOrNotFound(`/fact-sheets/${slug}?${q}`, async () => {
        await sheetMetadata(props);
        return renderHtml(await FactSheetPage(props));
      });
    });
  });

  it('shows the referral status, or a 404, for every generated status link', async () => {
    await fuzz('page /referrals/status/[token]', segment([statusToken]), async (token) => {
      await pageOrNotFound(`/referrals/status/${token}`, async () => renderHtml(await StatusPage({ params: Promise.resolve({ token }) })));
    });
  });

  it('answers every generated link to the pages the public forms lead to', async () => {
    const lead = fc.tuple(fc.string({ unit: 'binary', maxLength: 5000 }), queryString(['group', 'kind'], [...GROUP_SLUGS, 'problem', 'correction']), queryString(['kind'], ['new', 'problem', 'correction']));
    await fuzz('pages /refer/sent (with a forged cookie), /list-your-group, /list-your-group/thanks', lead, async ([sent, list, thanks]) => {
      sentCookie.value = sent;
      const confirmation = await renderHtml(await ReferralSentPage());
      expect(confirmation).toContain('only in the browser that sent it');
      await pageOrNotFound(`/list-your-group?${list}`, async () => renderHtml(await ListYourGroupPage({ searchParams: Promise.resolve(paramsOf(list)) })));
      const html = await renderHtml(await ThanksPage({ searchParams: Promise.resolve(paramsOf(thanks)) }));
      expect(html).toContain('We will');
    });
  });

  it('answers the health check, whatever the request carries', async () => {
    await fuzz('route /api/health', fc.constant(null), async () => {
      const res = await health();
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok' });
    });
  });
});
