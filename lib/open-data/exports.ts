// The whole published directory as downloads: one HSDS JSON document (an
// array of fully nested services, the shape of the specification's
// compiled/service_package.json), the HSDS tabular zip, and the listings CSV.
import 'server-only';
import { env } from '../env.ts';
import { allOpenGroups, listOpenTopics } from './data.ts';
import { organizationPhones, toService, toTaxonomy, toTaxonomyTerm } from './hsds-service.ts';
import { jsonBody, type OpenDataBody } from './http.ts';
import { OPEN_DATA_LICENCE, OPEN_DATA_PATHS } from './links.ts';
import { listingsCsv } from './listings-csv.ts';
import { meetingGuideFeed } from './meeting-guide.ts';
import { type MappingContext, lastModified } from './source.ts';
import { dataPackage, flatten, tabularZip } from './tabular.ts';

/** The newest change in the directory: what the zip's entries are dated, so unchanged data zips to the same bytes. */
const newest = (dates: Date[]) => new Date(Math.max(Date.UTC(2000, 0, 1), ...dates.map((d) => d.getTime())));

export async function hsdsJsonExport(ctx: MappingContext): Promise<OpenDataBody> {
  const groups = await allOpenGroups();
  return { ...jsonBody(groups.map((g) => toService(g, ctx))), fileName: 'directory-hsds.json' };
}

export async function hsdsTabularExport(ctx: MappingContext): Promise<OpenDataBody> {
  const [groups, topics] = await Promise.all([allOpenGroups(), listOpenTopics()]);
  const rows = flatten(
    groups.map((g) => toService(g, ctx)),
    toTaxonomy(ctx),
    topics.map((t) => toTaxonomyTerm(t, ctx)),
    groups.flatMap(organizationPhones),
  );
  const changed = newest([...groups.map(lastModified), ...topics.map((t) => t.updatedAt)]);
  const pkg = dataPackage({
    title: 'Self-help group directory (HSDS 3.0 tabular)',
    licenseName: OPEN_DATA_LICENCE.id,
    licensePath: OPEN_DATA_LICENCE.url,
    homepage: new URL(OPEN_DATA_PATHS.page, ctx.siteUrl).toString(),
    created: changed.toISOString(),
  });
  return { body: tabularZip(rows, pkg, changed), contentType: 'application/zip', fileName: 'directory-hsds-tabular.zip' };
}

export async function listingsCsvExport(ctx: MappingContext): Promise<OpenDataBody> {
  return { body: listingsCsv(await allOpenGroups(), ctx), contentType: 'text/csv; charset=utf-8', fileName: 'directory-listings.csv' };
}

/** The Meeting Guide feed: the weekly meetings, with the clearinghouse as the entity responsible. */
export async function meetingGuideExport(ctx: MappingContext): Promise<OpenDataBody> {
  const e = env();
  return jsonBody(meetingGuideFeed(await allOpenGroups(), { name: e.SITE_NAME, phone: e.CLEARINGHOUSE_PHONE, siteUrl: e.SITE_URL }, ctx));
}
