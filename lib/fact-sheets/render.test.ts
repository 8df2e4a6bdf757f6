import { describe, expect, it } from 'vitest';
import { renderFactSheet, type FactSheetPart } from './render.ts';
import { sanitizeFactSheetHtml } from './sanitize.ts';
import { classifyHref } from './links.ts';

const SITE = 'https://groups.example.org';

function html(markdown: string): string {
  return renderFactSheet(markdown, { siteUrl: SITE })
    .parts.map((p) => (p.kind === 'html' ? p.html : `[tool:${p.toolId}]`))
    .join('\n');
}

/**
 * Every way a script could run or a page could be framed, in the output's
 * markup. (A rejected link keeps its words as plain, escaped text.)
 */
function dangers(out: string): string[] {
  const patterns: [string, RegExp][] = [
    ['script tag', /<script/i],
    ['iframe tag', /<iframe/i],
    ['style tag', /<style/i],
    ['svg tag', /<svg/i],
    ['img tag', /<img/i],
    ['object/embed', /<(object|embed)/i],
    ['event handler attribute', /<[^>]+\son[a-z]+\s*=/i],
    ['javascript: URL', /=\s*["']?\s*javascript:/i],
    ['data: URL', /=\s*["']?\s*data:/i],
    ['script in markup', /<[^>]*alert\(/i],
  ];
  return patterns.filter(([, re]) => re.test(out)).map(([name]) => name);
}

const HOSTILE = [
  '<script>alert(1)</script>',
  'Text <img src=x onerror=alert(1)> more text',
  '[plain](javascript:alert(1))',
  '[mixed case](JaVaScRiPt:alert(1))',
  '[tabbed](java\tscript:alert(1))',
  '[entity](&#106;avascript:alert(1))',
  '<javascript:alert(1)>',
  '<a href="data:text/html,<script>alert(1)</script>">data link</a>',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<iframe src="https://evil.example/"></iframe>',
  '<style>body { display: none }</style>',
  'An <svg onload=alert(1)>icon</svg> inline',
  '<div onclick="alert(1)">block</div>',
  '![pic](javascript:alert(1))',
].join('\n\n');

describe('renderFactSheet with hostile Markdown', () => {
  it('lets no script, handler, frame, style or unsafe URL through', () => {
    const out = html(`## Safe heading\n\n${HOSTILE}\n`);
    expect(dangers(out)).toEqual([]);
    // The words around the removed markup are kept.
    expect(out).toContain('Text');
    expect(out).toContain('more text');
    expect(out).toContain('<p>mixed case</p>');
    expect(out).toContain('<p>data link</p>');
    expect(out).toContain('<p>javascript:alert(1)</p>');
  });

  it('still lets no danger through in a 200 KB body', () => {
    let body = '';
    for (let i = 0; body.length < 200_000; i++) body += `## Part ${i}\n\nSome words for part ${i}.\n\n${HOSTILE}\n\n`;
    expect(body.length).toBeGreaterThanOrEqual(200_000);
    const out = html(body);
    expect(out.length).toBeGreaterThan(10_000);
    expect(dangers(out)).toEqual([]);
  });

  it('keeps a mail link with a broken escape as written instead of failing the page', () => {
    const link = classifyHref('mailto:help%E0%A4%A@example.org', 'https://directory.example');
    expect(link?.href).toContain('mailto:');
    expect(link?.printHref).toBe('help%E0%A4%A@example.org');
    expect(() => html('[write to us](mailto:%E0%A4%A)')).not.toThrow();
  });

  it('keeps safe links, marks external ones and gives each an absolute print address', () => {
    const out = html('[inside](/groups?topic=cancer) [outside](https://example.com/x) [mail](mailto:help@example.org) [here](#top)');
    expect(out).toContain('<a href="/groups?topic=cancer" data-print-href="https://groups.example.org/groups?topic=cancer">inside</a>');
    expect(out).toMatch(/<a href="https:\/\/example.com\/x" data-print-href="https:\/\/example.com\/x" rel="noopener noreferrer">outside<\/a>/);
    expect(out).toContain('data-print-href="help@example.org"');
    expect(out).toContain('<a href="#top">here</a>');
    expect(out.match(/rel=/g)).toHaveLength(1);
  });
});

describe('sanitizeFactSheetHtml on its own', () => {
  it('strips what the renderer would never produce', () => {
    const out = sanitizeFactSheetHtml(
      '<h2 id="x" onclick="alert(1)" style="color:red">T</h2><a href="JaVaScRiPt:alert(1)">a</a>' +
        '<a href="https://evil.example/" rel="opener" target="_blank">b</a><img src=x onerror=alert(1)>' +
        '<div class="table-scroll evil">d</div><svg onload=alert(1)></svg><script>alert(1)</script>',
      SITE,
    );
    expect(dangers(out)).toEqual([]);
    expect(out).toContain('<h2 id="x">T</h2>');
    expect(out).toContain('<a>a</a>');
    expect(out).toContain('<a href="https://evil.example/" rel="noopener noreferrer">b</a>');
    expect(out).toContain('<div class="table-scroll">d</div>');
  });
});

describe('classifyHref', () => {
  it('refuses every scheme that is not a web, mail or phone address', () => {
    for (const bad of ['javascript:x', ' JAVASCRIPT:x', 'java\nscript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '']) {
      expect(classifyHref(bad, SITE), bad).toBeNull();
    }
    expect(classifyHref('//evil.example/x', SITE)?.external).toBe(true);
    expect(classifyHref('https://groups.example.org/x', SITE)?.external).toBe(false);
  });
});

describe('tables', () => {
  it('render with column headers, a caption from the heading and a scrollable labelled region', () => {
    const out = html('## Compare the two\n\n| Feature | A | B |\n| --- | --- | --- |\n| Cost | Free | Fee |\n');
    expect(out.match(/<th scope="col">/g)).toHaveLength(3);
    expect(out).toContain('<thead>');
    expect(out).toContain('<td>Cost</td>');
    expect(out).toMatch(/<div class="table-scroll" role="region" tabindex="0" aria-labelledby="compare-the-two-table">/);
    expect(out).toContain('<caption id="compare-the-two-table" class="sr-only">Compare the two</caption>');
  });
});

describe('headings', () => {
  it('get unique ids, never taking an id the page or a tool uses, and feed the table of contents', () => {
    const { toc, parts } = renderFactSheet(
      '# Top\n\n## Same\n\n## Same\n\n### Sub *part*\n\n## Main\n\n## Right group\n\n#### Deep\n\n## <b>Tags</b> & more\n',
      { siteUrl: SITE },
    );
    expect(toc).toEqual([
      { id: 'top', text: 'Top', depth: 2 },
      { id: 'same', text: 'Same', depth: 2 },
      { id: 'same-1', text: 'Same', depth: 2 },
      { id: 'sub-part', text: 'Sub part', depth: 3 },
      { id: 'main-1', text: 'Main', depth: 2 },
      { id: 'right-group-1', text: 'Right group', depth: 2 },
      { id: 'tags--more', text: 'Tags & more', depth: 2 },
    ]);
    const out = parts.map((p) => (p.kind === 'html' ? p.html : '')).join('');
    expect(out).not.toContain('<h1');
    expect(out).toContain('<h2 id="top">Top <a class="heading-anchor" href="#top">');
    expect(out).toContain('<h4 id="deep">');
    expect(new Set(out.match(/id="[^"]+"/g)).size).toBe(out.match(/id="[^"]+"/g)?.length);
  });
});

describe('tool markers', () => {
  const kinds = (parts: FactSheetPart[]) => parts.map((p) => (p.kind === 'html' ? 'html' : `tool:${p.toolId}:${p.heading?.id ?? '-'}`));

  it('split the body where each tool goes, with the heading it sits under', () => {
    const { parts } = renderFactSheet(
      '## Check\n\nBefore.\n\n{{tool:right-group}}\n\nBetween.\nStill a paragraph\n{{tool:comfort-agreement}}\nAfter.\n\n{{tool:no-such-tool}}\n\n- item\n\n  {{tool:planning-worksheet}}\n',
      { siteUrl: SITE },
    );
    expect(kinds(parts)).toEqual(['html', 'tool:right-group:check', 'html', 'tool:comfort-agreement:check', 'html']);
    const texts = parts.map((p) => (p.kind === 'html' ? p.html : ''));
    expect(texts[2]).toContain('Between.\nStill a paragraph');
    expect(texts[4]).toContain('After.');
    expect(texts.join('')).not.toContain('{{tool');
  });

  it('leave a body without markers in one piece', () => {
    expect(kinds(renderFactSheet('Just text.', { siteUrl: SITE }).parts)).toEqual(['html']);
    expect(renderFactSheet('', { siteUrl: SITE }).parts).toEqual([]);
  });
});
