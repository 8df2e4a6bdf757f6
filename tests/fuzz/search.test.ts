// The search and its neighbours, with 1,000 generated links each: every
// query parameter of /groups, the suggestions route, the A–Z browse and
// the topic pages. A page is rendered to HTML as the browser receives it:
// it must come back (or be a 404), never throw, and show what was typed as
// text, not markup.
import './support/cheap-writes.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createFuzzDirectory } from './support/fixtures.ts';
import { answerOf, expectNoLiveMarkup, fuzz, renderHtml } from './support/fuzz.ts';
import { paramsOf, queryString, segment } from './support/arbitraries.ts';
import GroupsPage, { generateMetadata as groupsMetadata } from '../../app/groups/page.tsx';
import BrowsePage from '../../app/groups/browse/page.tsx';
import TopicPage, { generateMetadata as topicMetadata } from '../../app/topics/[slug]/page.tsx';
import { GET as suggest } from '../../app/api/suggest/route.ts';
import { TOPICS } from '../../prisma/seed/topics.ts';

/** Every parameter /groups reads (lib/search/schema.ts), and values it accepts. */
const SEARCH_PARAMS = ['q', 'where', 'lat', 'lng', 'radius', 'unit', 'topic', 'attendance', 'day', 'time', 'lang', 'cost', 'free', 'leadership', 'access', 'checked', 'soon', 'sort', 'page'] as const;
const GOOD_VALUES = ['grief', 'kingston', 'K7L', '44.23', '-76.48', '25', '5', 'mi', 'km', 'bereavement', 'online', 'mon', 'evening', 'fr', 'free', '1', 'member-led', 'wheelchair', 'distance', 'next', '2', '10000'];

beforeAll(createFuzzDirectory, 120_000);

describe('fuzzing the search', () => {
  it('answers every generated /groups link with a results page that shows the words as text', async () => {
    await fuzz('page /groups', queryString(SEARCH_PARAMS, GOOD_VALUES), async (query) => {
      const searchParams = Promise.resolve(paramsOf(query));
      await groupsMetadata({ searchParams });
      const html = await renderHtml(await GroupsPage({ searchParams }));
      expect(html).toContain('Find a group');
      expectNoLiveMarkup(html, `/groups?${query}`);
    });
  });

  it('answers every generated suggestion request with suggestions or a 400, never a 500', async () => {
    await fuzz('route /api/suggest', queryString(['field', 'q'], ['what', 'where', 'gr', 'king', 'anx']), async (query) => {
      const res = await suggest(new Request(`http://localhost/api/suggest?${query}`));
      expect([200, 400]).toContain(res.status);
      const body = (await res.json()) as { suggestions?: { label: string }[]; error?: string };
      if (res.status === 200) expect(Array.isArray(body.suggestions)).toBe(true);
      else expect(typeof body.error).toBe('string');
    });
  });

  it('answers every generated A–Z browse link with a page of groups', async () => {
    await fuzz('page /groups/browse', queryString(['letter', 'page'], ['A', 'f', '#', '%23', '1', '2', '0', '-1']), async (query) => {
      const html = await renderHtml(await BrowsePage({ searchParams: Promise.resolve(paramsOf(query)) }));
      expect(html).toContain('Browse groups A–Z');
      expectNoLiveMarkup(html, `/groups/browse?${query}`);
    });
  });

  it('answers every generated topic link with the topic page or a 404', async () => {
    const slugs = TOPICS.map((t) => t.slug);
    await fuzz('page /topics/[slug]', fc.tuple(segment(slugs), queryString(['page'], ['1', '2', '99999'])), async ([slug, query]) => {
      const props = { params: Promise.resolve({ slug }), searchParams: Promise.resolve(paramsOf(query)) };
      const answer = await answerOf(async () => {
        await topicMetadata(props);
        return renderHtml(await TopicPage(props));
      });
      if (answer.kind === 'value') expectNoLiveMarkup(answer.value, `/topics/${slug}`);
      else expect(answer.kind).toBe('not-found');
    });
  });
});
