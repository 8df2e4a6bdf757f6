// What the open-data mappings read: one published group with everything
// public about it and the row ids and dates the ids and "last modified"
// come from. Written by data.ts; never carries the staff-only
// privateContact* columns, so no mapping can leak them.
import type { PublicMeeting } from '../listings/group-detail.ts';
import type { CostKind, WhoMayAttend } from '../generated/prisma/enums.ts';

export type OpenTopic = { id: string; slug: string; name: string; description: string; updatedAt: Date };

export type OpenOrganization = {
  id: string;
  name: string;
  description: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  updatedAt: Date;
};

export type OpenMeeting = PublicMeeting & { updatedAt: Date };

export type OpenGroup = {
  id: string;
  /** The HSDS id the listing was imported under, if any (decision 030). */
  externalId: string | null;
  slug: string;
  name: string;
  summary: string;
  description: string;
  whoMayAttend: WhoMayAttend;
  leadership: number;
  languages: string[];
  costKind: CostKind;
  costDescription: string;
  accessibilityFeatures: string[];
  accessibilityNotes: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  lastVerifiedAt: Date | null;
  updatedAt: Date;
  organization: OpenOrganization | null;
  topics: OpenTopic[];
  meetings: OpenMeeting[];
};

/** Where links in the data point: the site's public address. */
export type MappingContext = { siteUrl: string; now: Date };

/** When anything public about the group last changed: itself, a meeting, its organization. */
export function lastModified(g: OpenGroup): Date {
  let latest = g.updatedAt.getTime();
  for (const m of g.meetings) latest = Math.max(latest, m.updatedAt.getTime());
  if (g.organization) latest = Math.max(latest, g.organization.updatedAt.getTime());
  return new Date(latest);
}

export const groupPageUrl = (ctx: MappingContext, slug: string) => new URL(`/groups/${encodeURIComponent(slug)}`, ctx.siteUrl).toString();
export const topicPageUrl = (ctx: MappingContext, slug: string) => new URL(`/topics/${encodeURIComponent(slug)}`, ctx.siteUrl).toString();
