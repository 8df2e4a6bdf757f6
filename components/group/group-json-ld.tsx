import type { GroupDetail } from '@/lib/listings/group-detail';
import { serviceId } from '@/lib/open-data/ids';
import { safeWebUrl } from './labels';

/**
 * schema.org description of the group for search engines, in step with the
 * open data: the same HSDS service id (as `identifier`), name, contacts and
 * meeting place the API gives for this group.
 */
export function groupJsonLd(group: GroupDetail, pageUrl: string): Record<string, unknown> {
  const place = group.meetings.find((m) => (m.attendance === 'IN_PERSON' || m.attendance === 'HYBRID') && m.addressLine1);
  const website = safeWebUrl(group.website);
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: group.name,
    description: group.summary,
    url: pageUrl,
    identifier: { '@type': 'PropertyValue', propertyID: 'HSDS service id', value: serviceId(group.id) },
    knowsLanguage: group.languages,
  };
  if (website) data.sameAs = [website];
  if (group.phone) data.telephone = group.phone;
  if (group.email) data.email = group.email;
  if (place) {
    data.address = {
      '@type': 'PostalAddress',
      streetAddress: [place.addressLine1, place.addressLine2].filter(Boolean).join(', '),
      addressLocality: place.town ?? undefined,
      addressRegion: place.region ?? undefined,
      postalCode: place.postalCode ?? undefined,
      addressCountry: place.country,
    };
  }
  if (group.organization) data.parentOrganization = { '@type': 'Organization', name: group.organization.name };
  if (group.topics.length > 0) data.keywords = group.topics.map((t) => t.name).join(', ');
  return data;
}

/**
 * JSON inside <script> is not HTML-escaped by the browser, so `<` (and the
 * line separators JavaScript once rejected) become \u escapes: no value can
 * close the script element or open a comment.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function GroupJsonLd({ group, pageUrl }: { group: GroupDetail; pageUrl: string }) {
  // The only raw HTML on the page: serializeJsonLd has escaped every character that could end the script.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(groupJsonLd(group, pageUrl)) }} />;
}
