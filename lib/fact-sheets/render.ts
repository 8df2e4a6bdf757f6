// Turns a fact sheet's Markdown into sanitised HTML parts, a table of contents
// and the places where a self-check tool goes (`{{tool:ID}}` lines).
// Library choice and rules: docs/decisions/007-markdown-rendering.md.
import 'server-only';
import GithubSlugger from 'github-slugger';
import { Marked, type Token, type Tokens, type TokenizerAndRendererExtension } from 'marked';
import { checklists, getChecklist, type Checklist } from './checklists.ts';
import { classifyHref } from './links.ts';
import { sanitizeFactSheetHtml } from './sanitize.ts';
import { allToolElementIds } from './tool-ids.ts';

export type TocEntry = { id: string; text: string; depth: 2 | 3 };
export type SectionHeading = { id: string; text: string };
export type FactSheetPart =
  | { kind: 'html'; html: string }
  /** `heading` is the sheet heading the tool sits under, if any. */
  | { kind: 'tool'; toolId: Checklist['id']; heading: SectionHeading | null };
export type RenderedFactSheet = { parts: FactSheetPart[]; toc: TocEntry[] };

/** Ids the page itself uses; headings never take them. */
export const PAGE_IDS = ['main', 'urgent-help', 'about-directory', 'fact-sheet-title', 'on-this-page', 'find-a-group-heading', 'related-heading'];

const TOOL_LINE = /^[ \t]{0,3}\{\{tool:([a-z0-9-]+)\}\}[ \t]*(?:\n+|$)/;

// A `{{tool:ID}}` line becomes its own token, even in the middle of a paragraph.
const toolExtension: TokenizerAndRendererExtension = {
  name: 'tool',
  level: 'block',
  start(src) {
    const i = src.search(/^[ \t]{0,3}\{\{tool:/m);
    return i < 0 ? undefined : i;
  },
  tokenizer(src) {
    const m = TOOL_LINE.exec(src);
    return m ? { type: 'tool', raw: m[0], toolId: m[1] ?? '' } : undefined;
  },
  // Only top-level markers are tools; one inside a list or quote is dropped.
  renderer: () => '',
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n' };

/** Decodes character references, so "&#106;avascript:" is judged as "javascript:". */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The words of inline tokens, without markup or raw HTML. */
function plainText(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => {
      if (t.type === 'html') return '';
      if ('tokens' in t && t.tokens) return plainText(t.tokens);
      return 'text' in t && typeof t.text === 'string' ? decodeEntities(t.text) : '';
    })
    .join('');
}

function reservedIds(): string[] {
  return [...PAGE_IDS, ...Object.values(checklists).flatMap(allToolElementIds)];
}

function createMarked(siteUrl: string, toc: TocEntry[], headings: SectionHeading[]) {
  const slugger = new GithubSlugger();
  for (const id of reservedIds()) slugger.slug(id);
  const uniqueId = (text: string) => slugger.slug(text.trim() === '' ? 'section' : text);

  return new Marked({
    gfm: true,
    extensions: [toolExtension],
    renderer: {
      heading({ tokens, depth }: Tokens.Heading) {
        // The page title is the only h1.
        const level = Math.min(Math.max(depth, 2), 6);
        const text = plainText(tokens).trim();
        const id = uniqueId(text);
        if (level === 2 || level === 3) toc.push({ id, text, depth: level });
        headings.push({ id, text });
        const inner = this.parser.parseInline(tokens);
        const anchor = `<a class="heading-anchor" href="#${id}"><span aria-hidden="true">#</span><span class="sr-only">Link to this section</span></a>`;
        return `<h${level} id="${id}">${inner} ${anchor}</h${level}>\n`;
      },
      link({ href, title, tokens }: Tokens.Link) {
        const text = this.parser.parseInline(tokens);
        const link = classifyHref(decodeEntities(href), siteUrl);
        if (!link) return text;
        const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
        const print = link.printHref ? ` data-print-href="${escapeHtml(link.printHref)}"` : '';
        return `<a href="${escapeHtml(link.href)}"${titleAttr}${print}>${text}</a>`;
      },
      // Sheets are plain Markdown: raw HTML and images are not part of it.
      html: () => '',
      image: ({ text }: Tokens.Image) => escapeHtml(text),
      table(token: Tokens.Table) {
        const label = headings.at(-1)?.text || 'Table';
        const captionId = uniqueId(`${label} table`);
        const head = token.header.map((cell) => `<th scope="col">${this.parser.parseInline(cell.tokens)}</th>`).join('');
        const rows = token.rows
          .map((row) => `<tr>${row.map((cell) => `<td>${this.parser.parseInline(cell.tokens)}</td>`).join('')}</tr>`)
          .join('\n');
        // A focusable, labelled region lets keyboard users scroll a wide table on a phone.
        return (
          `<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${captionId}">` +
          `<table><caption id="${captionId}" class="sr-only">${escapeHtml(label)}</caption>` +
          `<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>\n`
        );
      },
    },
  });
}

/** Renders a sheet body; `siteUrl` makes printed link addresses absolute. */
export function renderFactSheet(markdown: string, options: { siteUrl: string }): RenderedFactSheet {
  const toc: TocEntry[] = [];
  const headings: SectionHeading[] = [];
  const marked = createMarked(options.siteUrl, toc, headings);
  const tokens = marked.lexer(markdown);
  const parts: FactSheetPart[] = [];
  let chunk: Token[] = [];

  const flush = () => {
    if (chunk.length === 0) return;
    const html = sanitizeFactSheetHtml(marked.parser(chunk), options.siteUrl).trim();
    if (html !== '') parts.push({ kind: 'html', html });
    chunk = [];
  };

  for (const token of tokens) {
    if (token.type !== 'tool') {
      chunk.push(token);
      continue;
    }
    const tool = getChecklist(String(token.toolId));
    if (!tool) continue; // an unknown tool is left out, not shown as text
    flush();
    const last = headings.at(-1);
    parts.push({ kind: 'tool', toolId: tool.id, heading: last ? { ...last } : null });
  }
  flush();
  return { parts, toc };
}
