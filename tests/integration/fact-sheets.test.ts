// Fact sheets as visitors and staff meet them: the published shelves, one
// sheet with its related sheets and topics, and saving new words with history.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { seedFactSheets } from '../../prisma/seed/fact-sheets.ts';
import { createStaffUser, createTopics } from '../../prisma/seed/factories.ts';
import {
  getPublishedFactSheetBySlug,
  listFactSheetRevisions,
  listPublishedFactSheets,
  saveFactSheetRevision,
} from '../../lib/fact-sheets/data.ts';

let editorId: string;
beforeAll(async () => {
  await createTopics(db);
  expect(await seedFactSheets(db)).toBe(7);
  const editor = await createStaffUser(db, { email: 'sheets-editor@example.org', name: 'Sheet Editor', role: 'EDITOR', password: 'not-a-real-password-1' });
  editorId = editor.id;
});

describe('a visitor browsing the fact sheets', () => {
  it('sees every published sheet once, shelved for everyone, professionals and group leaders', async () => {
    const shelves = await listPublishedFactSheets();
    expect(shelves.map((s) => s.label)).toEqual(['For everyone', 'For professionals', 'For group leaders']);
    expect(shelves.map((s) => s.sheets.map((x) => x.slug))).toEqual([
      ['finding-the-right-group', 'self-help-101'],
      ['how-groups-support-professionals', 'professionals-and-groups-working-together', 'tips-for-professionals'],
      ['group-guidelines', 'starting-a-group'],
    ]);
    for (const sheet of shelves.flatMap((s) => s.sheets)) {
      expect(Object.keys(sheet).sort()).toEqual(['slug', 'summary', 'title']);
      expect(sheet.summary.length).toBeGreaterThan(20);
    }
  });

  it('opens a sheet with its body, related sheets in order, and the topics it points to', async () => {
    await db.factSheet.update({ where: { slug: 'self-help-101' }, data: { topicSlugs: ['caregiving', 'no-such-topic', 'bereavement'] } });
    const sheet = await getPublishedFactSheetBySlug('self-help-101');
    expect(sheet?.title).toBe('Self-help 101');
    expect(sheet?.audienceLabel).toBe('For everyone');
    expect(sheet?.body).toContain('## What is self-help?');
    expect(sheet?.related.map((r) => r.slug)).toEqual(['finding-the-right-group', 'group-guidelines', 'starting-a-group']);
    expect(sheet?.topics.map((t) => t.slug)).toEqual(['caregiving', 'bereavement']);
    expect(sheet?.topics[0]?.name).toMatch(/care/i);
    expect(await getPublishedFactSheetBySlug('no-such-sheet')).toBeNull();
  });

  it('never sees a sheet that is not published, in the list, by its address or as a related sheet', async () => {
    await db.factSheet.update({ where: { slug: 'group-guidelines' }, data: { status: 'DRAFT' } });
    try {
      const slugs = (await listPublishedFactSheets()).flatMap((s) => s.sheets.map((x) => x.slug));
      expect(slugs).not.toContain('group-guidelines');
      expect(slugs).toHaveLength(6);
      expect(await getPublishedFactSheetBySlug('group-guidelines')).toBeNull();
      const related = (await getPublishedFactSheetBySlug('self-help-101'))?.related.map((r) => r.slug);
      expect(related).toEqual(['finding-the-right-group', 'starting-a-group']);
    } finally {
      await db.factSheet.update({ where: { slug: 'group-guidelines' }, data: { status: 'PUBLISHED' } });
    }
  });
});

describe('staff saving a sheet', () => {
  it('keeps every revision in order, with who saved it, and shows the newest words', async () => {
    const first = await saveFactSheetRevision(
      'starting-a-group',
      { title: '  Starting a self-help group ', summary: 'Ten steps and a worksheet.', body: '## Step one\n\nFind out what exists.\n' },
      { staffUserId: editorId },
    );
    expect(first.status).toBe('saved');
    const second = await saveFactSheetRevision(
      'starting-a-group',
      { title: 'Starting a group', summary: 'Ten steps to start a group.', body: '## Step one\n\nLook around first.\n' },
      { label: 'Imported from the spring newsletter' },
    );
    expect(second.status).toBe('saved');

    const revisions = await listFactSheetRevisions('starting-a-group');
    expect(revisions.map((r) => r.title)).toEqual(['Starting a group', 'Starting a self-help group', 'Starting a group']);
    expect(revisions.map((r) => r.authorLabel)).toEqual(['Loaded with the directory', '', 'Imported from the spring newsletter']);
    expect(revisions.map((r) => r.author?.name ?? null)).toEqual([null, 'Sheet Editor', null]);
    for (let i = 1; i < revisions.length; i++) {
      expect(revisions[i]!.createdAt.getTime()).toBeGreaterThan(revisions[i - 1]!.createdAt.getTime());
    }

    const sheet = await getPublishedFactSheetBySlug('starting-a-group');
    expect(sheet?.summary).toBe('Ten steps to start a group.');
    expect(sheet?.body).toContain('Look around first.');
    expect(sheet?.updatedAt.getTime()).toBe(revisions[2]?.createdAt.getTime());
  });

  it('refuses invalid words with a clear message per field and writes nothing', async () => {
    const before = await db.factSheet.findUniqueOrThrow({ where: { slug: 'tips-for-professionals' }, select: { title: true, summary: true, body: true, updatedAt: true } });
    const result = await saveFactSheetRevision(
      'tips-for-professionals',
      { title: ' a ', summary: 'x'.repeat(301), body: 'y'.repeat(100_001) },
      { staffUserId: editorId },
    );
    expect(result).toEqual({
      status: 'invalid',
      fieldErrors: {
        title: ['The title needs at least 3 characters.'],
        summary: ['Keep the summary to 300 characters or fewer.'],
        body: ['The text is too long: keep it under 100,000 characters.'],
      },
    });
    const empty = await saveFactSheetRevision('tips-for-professionals', { title: 'Tips', summary: '', body: ' \n ' }, {});
    expect(empty).toEqual({ status: 'invalid', fieldErrors: { body: ['Write the text of the sheet.'] } });

    const after = await db.factSheet.findUniqueOrThrow({ where: { slug: 'tips-for-professionals' }, select: { title: true, summary: true, body: true, updatedAt: true } });
    expect(after).toEqual(before);
    expect(await listFactSheetRevisions('tips-for-professionals')).toHaveLength(1);
  });

  it('leaves the sheet as it was when its revision cannot be written', async () => {
    const before = await db.factSheet.findUniqueOrThrow({ where: { slug: 'self-help-101' }, select: { title: true, body: true } });
    await expect(
      saveFactSheetRevision('self-help-101', { title: 'Changed title', summary: '', body: 'Changed.' }, { staffUserId: 'no-such-staff-user' }),
    ).rejects.toThrow();
    expect(await db.factSheet.findUniqueOrThrow({ where: { slug: 'self-help-101' }, select: { title: true, body: true } })).toEqual(before);
    expect(await listFactSheetRevisions('self-help-101')).toHaveLength(1);
  });

  it('reports an unknown sheet instead of creating one', async () => {
    const result = await saveFactSheetRevision('no-such-sheet', { title: 'A new sheet', summary: '', body: 'Text.' }, {});
    expect(result).toEqual({ status: 'not-found' });
    expect(await db.factSheet.count()).toBe(7);
    expect(await listFactSheetRevisions('no-such-sheet')).toEqual([]);
  });
});
