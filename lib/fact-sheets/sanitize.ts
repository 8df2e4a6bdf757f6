// The allow-list every rendered fact sheet passes through before it reaches a
// page. The renderer already drops raw HTML and unsafe links; this is the
// second, independent line of defence, so a renderer bug cannot ship a script.
import 'server-only';
import sanitizeHtml from 'sanitize-html';
import { classifyHref } from './links.ts';

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'] as const;

function options(siteUrl: string): sanitizeHtml.IOptions {
  const headingAttributes = Object.fromEntries(HEADINGS.map((h) => [h, ['id']]));
  return {
    allowedTags: [
      ...HEADINGS,
      'p', 'br', 'hr', 'ul', 'ol', 'li', 'strong', 'em', 'del', 'code', 'pre', 'blockquote',
      'a', 'span', 'div', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td',
    ],
    allowedAttributes: {
      ...headingAttributes,
      a: ['href', 'title', 'rel', 'class', 'data-print-href'],
      span: ['class', 'aria-hidden'],
      div: ['class', 'role', 'tabindex', 'aria-labelledby'],
      caption: ['id', 'class'],
      th: ['scope'],
      ol: ['start'],
    },
    allowedClasses: {
      a: ['heading-anchor'],
      span: ['sr-only'],
      div: ['table-scroll'],
      caption: ['sr-only'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesAppliedToAttributes: ['href', 'data-print-href'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    transformTags: {
      // Whatever produced the link, one that leaves the site never carries the
      // opener or the referrer with it; one that is not safe loses its href.
      a: (tagName, attribs) => {
        const link = attribs.href === undefined ? null : classifyHref(attribs.href, siteUrl);
        const next: sanitizeHtml.Attributes = { ...attribs };
        delete next.rel;
        if (!link) delete next.href;
        else if (link.external) next.rel = 'noopener noreferrer';
        return { tagName, attribs: next };
      },
    },
  };
}

export function sanitizeFactSheetHtml(html: string, siteUrl: string): string {
  return sanitizeHtml(html, options(siteUrl));
}
