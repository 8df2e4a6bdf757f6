// A result card is built as an HTML string (decision 039): what a group
// writes in its name or summary must stay text, and a visitor must still be
// told when it meets, where, how far, and when a listing may be out of date.
import { describe, expect, it } from 'vitest';
import { resultCardHtml } from '../../components/search/result-card.tsx';
import type { SearchCard } from '../../lib/search/cards-data.ts';

const NOW = new Date('2026-12-07T15:00:00Z'); // Monday, 10 a.m. in Toronto
const card: SearchCard = {
  slug: 'grief-circle',
  name: 'Grief Circle',
  summary: 'Meets weekly.',
  costKind: 'FREE',
  topics: [{ slug: 'bereavement', name: 'Bereavement' }],
  attendance: ['IN_PERSON'],
  towns: ['Kingston'],
  distanceKm: 3.456,
  next: { start: new Date('2026-12-09T00:00:00Z'), end: null, timeZone: 'America/Toronto' },
  byArrangement: false,
  lastVerifiedAt: new Date('2026-06-01T00:00:00Z'),
};

describe('a result card', () => {
  it('shows markup typed into a name or summary as text, never as markup', () => {
    const html = resultCardHtml({ ...card, name: '<img src=x onerror=alert(1)> & "Co"', summary: '<script>alert(1)</script>' }, 'km', NOW);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<img|<script/);
  });

  it('says when it next meets in the meeting’s own zone, and how far away it is in the chosen unit', () => {
    expect(resultCardHtml(card, 'km', NOW)).toContain('<time datetime="2026-12-09T00:00:00.000Z">Tomorrow, <span>7:00 p.m.</span></time>');
    expect(resultCardHtml(card, 'km', NOW)).toContain('In person · Kingston · 3.5 km away');
    expect(resultCardHtml(card, 'mi', NOW)).toContain('In person · Kingston · 2.1 mi away');
    const west = resultCardHtml({ ...card, next: { start: new Date('2026-12-09T03:00:00Z'), end: null, timeZone: 'America/Vancouver' } }, 'km', NOW);
    expect(west).toContain('7:00 p.m. PST');
  });

  it('warns when the listing was not checked in the last year, and only then', () => {
    expect(resultCardHtml(card, 'km', NOW)).not.toContain('call before you go');
    expect(resultCardHtml({ ...card, lastVerifiedAt: new Date('2025-11-01T00:00:00Z') }, 'km', NOW)).toContain('Not checked for over a year: call before you go.');
    expect(resultCardHtml({ ...card, lastVerifiedAt: null }, 'km', NOW)).toContain('Not checked yet: call before you go.');
  });

  it('names the group in its heading and links to its page, for a screen reader’s list of headings', () => {
    const html = resultCardHtml(card, 'km', NOW);
    expect(html).toContain('<article class="result" aria-labelledby="g-grief-circle">');
    expect(html).toContain('<h3 id="g-grief-circle"><a href="/groups/grief-circle">Grief Circle</a></h3>');
  });

  it('says how to reach a group with no dates: by arrangement, or ask', () => {
    expect(resultCardHtml({ ...card, next: null, byArrangement: true, attendance: ['PHONE'], towns: [] }, 'km', NOW)).toContain('By arrangement: contact the group');
    expect(resultCardHtml({ ...card, next: null, attendance: ['PHONE'], towns: [] }, 'km', NOW)).toContain('By phone · From anywhere');
  });
});
