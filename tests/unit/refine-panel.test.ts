// The results page's refine panel is built as an HTML string (decision 035):
// what staff type into a topic name must stay text, and the visitor's
// choices must show as ticked and selected.
import { describe, expect, it } from 'vitest';
import { refinePanelHtml } from '../../components/search/filters.tsx';
import { parseSearchParams } from '../../lib/search/schema.ts';

const panel = (qs: string, topics = [{ slug: 'grief', name: 'Grief' }]) =>
  refinePanelHtml(parseSearchParams(Object.fromEntries(new URLSearchParams(qs))).filters, topics, 'group-search');

describe('the refine panel', () => {
  it('shows a topic name holding markup as text, never as markup', () => {
    const html = panel('', [{ slug: 'grief', name: '<img src=x onerror=alert(1)> Grief & "loss"' }]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; Grief &amp; &quot;loss&quot;');
    expect(html).not.toContain('<img');
  });

  it('ticks and selects what the visitor chose, and nothing else', () => {
    const html = panel('radius=50&unit=mi&sort=next&day=tue&topic=grief&soon=1');
    expect(html).toContain('<option value="50" selected="">50 mi</option>');
    expect(html).toContain('<option value="mi" selected="">Miles</option>');
    expect(html).toContain('<option value="next" selected="">Next meeting</option>');
    expect(html).toContain('name="day" checked="" value="tue"');
    expect(html).toContain('name="topic" checked="" value="grief"');
    expect(html).toContain('name="soon" checked="" value="1"');
    expect(html.match(/checked=""/g)).toHaveLength(3);
    expect(html.match(/selected=""/g)).toHaveLength(3);
  });

  it('every control belongs to the search form', () => {
    const html = panel('');
    const controls = html.match(/<(input|select|button)\b[^>]*>/g) ?? [];
    expect(controls.length).toBeGreaterThan(40);
    for (const c of controls) expect(c).toContain('form="group-search"');
  });
});
