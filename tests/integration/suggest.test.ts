// Suggestions while a visitor types in the search form, from the seeded
// topics in real PostgreSQL and the bundled gazetteer, and what the
// /api/suggest route answers to good and bad requests.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { createTopics } from '../../prisma/seed/factories.ts';
import { suggestFor, suggestTopics, type Suggestion } from '../../lib/search/suggest.ts';
import { GET } from '../../app/api/suggest/route.ts';

const labels = (list: Suggestion[]) => list.map((s) => s.label);

async function ask(query: string) {
  const res = await GET(new Request(`http://localhost/api/suggest?${query}`));
  return { status: res.status, cache: res.headers.get('Cache-Control'), body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  await createTopics(db);
  await db.topic.create({ data: { slug: 'hemophilie', name: 'Hémophilie et maladies du sang', description: 'Entraide.', keywords: [] } });
});

describe('topics suggested for "What are you looking for?"', () => {
  it('finds a topic through its everyday words: "anx" suggests Mental Health', async () => {
    expect(await suggestFor('what', 'anx')).toEqual([{ label: 'Mental Health', kind: 'topic' }]);
    expect(labels(await suggestFor('what', 'grie'))).toEqual(['Bereavement']);
  });

  it('matches the start of any word of a name, ignoring case and accents', async () => {
    expect(labels(await suggestFor('what', 'HEALTH'))).toEqual(['Mental Health', 'Physical Health']);
    expect(labels(await suggestFor('what', 'hemo'))).toEqual(['Hémophilie et maladies du sang']);
    expect(labels(await suggestFor('what', 'HÉMO'))).toEqual(['Hémophilie et maladies du sang']);
    expect(labels(await suggestFor('what', 'malad'))).toEqual(['Hémophilie et maladies du sang']);
  });

  it('does not match the middle of a word', async () => {
    expect(await suggestFor('what', 'xiety')).toEqual([]);
    expect(await suggestFor('what', 'ealth')).toEqual([]);
  });

  it('lets a phrase run over several words: "new m" suggests Family/Parenting (new mom)', async () => {
    expect(labels(await suggestFor('what', 'new m'))).toEqual(['Family/Parenting']);
    expect(labels(await suggestFor('what', 'family/par'))).toEqual(['Family/Parenting']);
  });

  it('puts topics named with the word before topics that only list it as a keyword', async () => {
    // Disability by name; Body Image through "eating disorder".
    expect(labels(await suggestFor('what', 'dis'))).toEqual(['Disability', 'Body Image']);
    // A name starting with the word comes before one where it is a later word.
    expect(labels(await suggestTopics('men'))[0]).toBe('Men');
  });

  it('keeps to the limit asked for, at most 20', async () => {
    expect(await suggestFor('what', 'health', 1)).toHaveLength(1);
    expect(await suggestFor('what', 'health', 0)).toEqual([]);
    expect(await suggestFor('what', 'health', -3)).toEqual([]);
    expect((await suggestFor('what', 'health', Number.NaN)).length).toBe(2);
  });

  it('shows a topic renamed by staff at once', async () => {
    await db.topic.update({ where: { slug: 'veterans' }, data: { name: 'Veterans and First Responders' } });
    expect(labels(await suggestFor('what', 'first r'))).toEqual(['Veterans and First Responders']);
    await db.topic.update({ where: { slug: 'veterans' }, data: { name: 'Veterans' } });
  });
});

describe('places suggested for "Where?"', () => {
  it('suggests Kingston for "Kings"', async () => {
    expect(await suggestFor('where', 'Kings')).toContainEqual({ label: 'Kingston', kind: 'place' });
  });

  it('keeps to the limit', async () => {
    expect(await suggestFor('where', 'to', 2)).toHaveLength(2);
  });
});

describe('junk never throws and suggests nothing', () => {
  it.each([
    ['empty', ''],
    ['one letter', 'a'],
    ['spaces', '      '],
    ['punctuation', '%%%'],
    ['SQL', "'; DROP TABLE \"Topic\"; --"],
    ['control characters', '\u0000\u0001'],
  ])('%s', async (_what, text) => {
    for (const field of ['what', 'where'] as const) expect(await suggestFor(field, text)).toEqual([]);
  });

  it('looks at no more than the first 100 characters', async () => {
    expect(labels(await suggestFor('what', `anx${' '.repeat(97)}zzzz`))).toEqual(['Mental Health']);
    expect(await suggestFor('what', 'x'.repeat(100_000))).toEqual([]);
  });

  it('ignores a field or text that is not what the types promise', async () => {
    expect(await suggestFor('who' as never, 'anx')).toEqual([]);
    expect(await suggestFor('what', null as never)).toEqual([]);
    expect(await suggestFor('what', 42 as never)).toEqual([]);
    expect(await suggestTopics(undefined as never)).toEqual([]);
  });
});

describe('GET /api/suggest', () => {
  it('answers suggestions as JSON that browsers and shared caches may keep', async () => {
    const res = await ask('field=what&q=anx');
    expect(res).toEqual({
      status: 200,
      cache: 'public, max-age=300, s-maxage=3600',
      body: { suggestions: [{ label: 'Mental Health', kind: 'topic' }] },
    });
    expect((await ask('field=where&q=Kings')).body.suggestions).toContainEqual({ label: 'Kingston', kind: 'place' });
  });

  it('answers an empty list for text too short or unknown', async () => {
    expect((await ask('field=what&q=a')).body).toEqual({ suggestions: [] });
    expect((await ask('field=what')).body).toEqual({ suggestions: [] });
    expect((await ask('field=what&q=%F0%9F%98%80%00')).body).toEqual({ suggestions: [] });
  });

  it.each([
    ['no field', 'q=anx', /field must be "what" or "where"/],
    ['an unknown field', 'field=who&q=anx', /field must be "what" or "where"/],
    ['text over 100 characters', `field=what&q=${'a'.repeat(101)}`, /at most 100 characters/],
    ['a repeated parameter', 'field=what&field=where&q=anx', /Give field only once/],
  ])('refuses %s with 400 and says why, not cached', async (_what, query, message) => {
    const res = await ask(query);
    expect(res.status).toBe(400);
    expect(res.cache).toBe('no-store');
    expect(String(res.body.error)).toMatch(message);
  });
});
