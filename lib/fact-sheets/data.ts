import 'server-only';
import { db } from '../db.ts';
import type { FactSheetAudience } from '../generated/prisma/enums.ts';
import { factSheetContentSchema, type FactSheetContentInput } from './schema.ts';
import { fieldErrorsFrom, type FieldErrors } from '../forms/field-errors.ts';
import { requestPurge } from '../page-cache/purge-data.ts';
import { purgeForFactSheet } from '../page-cache/policy.ts';
import { queuePagePurge } from '../jobs/queue.ts';

export const AUDIENCE_LABELS: Record<FactSheetAudience, string> = {
  PUBLIC: 'For everyone',
  PROFESSIONALS: 'For professionals',
  GROUP_LEADERS: 'For group leaders',
};
const AUDIENCE_ORDER: FactSheetAudience[] = ['PUBLIC', 'PROFESSIONALS', 'GROUP_LEADERS'];

export type FactSheetCard = { slug: string; title: string; summary: string };
export type FactSheetShelf = { audience: FactSheetAudience; label: string; sheets: FactSheetCard[] };

export type PublishedFactSheet = FactSheetCard & {
  audience: FactSheetAudience;
  audienceLabel: string;
  body: string;
  /** When the words last changed (the newest revision). */
  updatedAt: Date;
  /** Published sheets listed as related, in the listed order. */
  related: FactSheetCard[];
  /** Known topics among the sheet's topic slugs, in the listed order. */
  topics: { slug: string; name: string }[];
};

const cardSelect = { slug: true, title: true, summary: true } as const;

/** Published sheets, shelved by audience ("For everyone" first); empty shelves are left out. */
export async function listPublishedFactSheets(): Promise<FactSheetShelf[]> {
  const rows = await db.factSheet.findMany({
    where: { status: 'PUBLISHED' },
    select: { ...cardSelect, audience: true },
    orderBy: { title: 'asc' },
  });
  return AUDIENCE_ORDER.map((audience) => ({
    audience,
    label: AUDIENCE_LABELS[audience],
    sheets: rows.filter((r) => r.audience === audience).map(({ slug, title, summary }) => ({ slug, title, summary })),
  })).filter((shelf) => shelf.sheets.length > 0);
}

/** Every published sheet's address and when it last changed, for the sitemap. */
export async function listPublishedFactSheetDates(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.factSheet.findMany({ where: { status: 'PUBLISHED' }, select: { slug: true, updatedAt: true }, orderBy: { slug: 'asc' } });
}

export async function getPublishedFactSheetBySlug(slug: string): Promise<PublishedFactSheet | null> {
  const sheet = await db.factSheet.findFirst({
    where: { slug, status: 'PUBLISHED' },
    select: {
      ...cardSelect,
      audience: true,
      body: true,
      related: true,
      topicSlugs: true,
      updatedAt: true,
      revisions: { select: { createdAt: true }, orderBy: { createdAt: 'desc' }, take: 1 },
    },
  });
  if (!sheet) return null;
  const [related, topics] = await Promise.all([
    db.factSheet.findMany({ where: { slug: { in: sheet.related }, status: 'PUBLISHED' }, select: cardSelect }),
    db.topic.findMany({ where: { slug: { in: sheet.topicSlugs } }, select: { slug: true, name: true } }),
  ]);
  const inOrder = <T extends { slug: string }>(rows: T[], slugs: string[]) =>
    [...new Set(slugs)].flatMap((s) => rows.filter((r) => r.slug === s));
  return {
    slug: sheet.slug,
    title: sheet.title,
    summary: sheet.summary,
    audience: sheet.audience,
    audienceLabel: AUDIENCE_LABELS[sheet.audience],
    body: sheet.body,
    updatedAt: sheet.revisions[0]?.createdAt ?? sheet.updatedAt,
    related: inOrder(related, sheet.related.filter((s) => s !== sheet.slug)),
    topics: inOrder(topics, sheet.topicSlugs),
  };
}

export type RevisionAuthor = { staffUserId?: string; label?: string };
export type SaveFactSheetResult =
  | { status: 'saved'; revisionId: string; savedAt: Date }
  | { status: 'invalid'; fieldErrors: FieldErrors }
  | { status: 'not-found' };

/**
 * Saves new words for a sheet and appends the matching revision, both or
 * neither. Invalid input is answered with field errors and writes nothing.
 */
export async function saveFactSheetRevision(slug: string, input: FactSheetContentInput, author: RevisionAuthor): Promise<SaveFactSheetResult> {
  const parsed = factSheetContentSchema.safeParse(input);
  if (!parsed.success) return { status: 'invalid', fieldErrors: fieldErrorsFrom(parsed.error) };
  const { title, summary, body } = parsed.data;
  const result = await db.$transaction(async (tx) => {
    const sheet = await tx.factSheet.findUnique({
      where: { slug },
      select: { id: true, status: true, revisions: { select: { createdAt: true }, orderBy: { createdAt: 'desc' }, take: 1 } },
    });
    if (!sheet) return { status: 'not-found' } as const;
    // Revisions are read back in time order; two saves within one millisecond
    // would tie, so a new one is always at least 1 ms after the last.
    const last = sheet.revisions[0]?.createdAt.getTime() ?? 0;
    const savedAt = new Date(Math.max(Date.now(), last + 1));
    await tx.factSheet.update({ where: { id: sheet.id }, data: { title, summary, body }, select: { id: true } });
    const revision = await tx.factSheetRevision.create({
      data: {
        factSheetId: sheet.id,
        title,
        summary,
        body,
        authorId: author.staffUserId ?? null,
        authorLabel: author.label?.trim().slice(0, 120) ?? '',
        createdAt: savedAt,
      },
      select: { id: true },
    });
    // A draft's words are on no public page; a published sheet's are cached.
    if (sheet.status === 'PUBLISHED') await requestPurge(tx, purgeForFactSheet(slug));
    return { status: 'saved', revisionId: revision.id, savedAt } as const;
  });
  if (result.status === 'saved') void queuePagePurge();
  return result;
}

export type FactSheetRevisionEntry = {
  id: string;
  title: string;
  summary: string;
  body: string;
  createdAt: Date;
  author: { id: string; name: string } | null;
  authorLabel: string;
};

/** Every saved version of a sheet, oldest first (staff view); [] for an unknown slug. */
export async function listFactSheetRevisions(slug: string): Promise<FactSheetRevisionEntry[]> {
  return db.factSheetRevision.findMany({
    where: { factSheet: { slug } },
    select: {
      id: true,
      title: true,
      summary: true,
      body: true,
      createdAt: true,
      authorLabel: true,
      author: { select: { id: true, name: true } },
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
}
