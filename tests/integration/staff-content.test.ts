// Staff keep the fact sheets and topics: a save makes a revision, an older
// revision can be restored (as a new one), sheets are published and
// unpublished; topics are validated and their keywords find their groups.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db, rawQuery } from '../support/db.ts';
import { buildGroup, createGroup, createStaffUser, createTopics } from '../../prisma/seed/factories.ts';
import { saveFactSheetAction } from '../../app/staff/fact-sheets/actions/save-fact-sheet-action.ts';
import { restoreFactSheetRevisionAction } from '../../app/staff/fact-sheets/actions/restore-fact-sheet-revision-action.ts';
import { publishFactSheetAction } from '../../app/staff/fact-sheets/actions/publish-fact-sheet-action.ts';
import { unpublishFactSheetAction } from '../../app/staff/fact-sheets/actions/unpublish-fact-sheet-action.ts';
import { createTopicAction } from '../../app/staff/topics/actions/create-topic-action.ts';
import { updateTopicAction } from '../../app/staff/topics/actions/update-topic-action.ts';
import { listFactSheetRevisions } from '../../lib/fact-sheets/data.ts';
import type { FactSheetEditorState } from '../../lib/fact-sheets/editor-state.ts';
import type { TopicFormState } from '../../lib/listings/topic-schema.ts';
import { formOf, redirectOf, signInAs } from './support/staff-actions-harness.ts';

vi.mock('../../lib/staff/session.ts', () => ({ readSessionClaims: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

let editor: { id: string };
const blank: FactSheetEditorState = { values: { title: '', summary: '', body: '' }, fieldErrors: {}, message: null, previewHtml: null };
const noTopic: TopicFormState = { values: { slug: '', name: '', description: '', keywords: '' }, fieldErrors: {}, message: null };

beforeAll(async () => {
  await createTopics(db);
  editor = await createStaffUser(db, { email: 'content-editor@example.org', name: 'Content editor', role: 'EDITOR', password: 'correct horse battery' });
  const sheet = await db.factSheet.create({ data: { slug: 'running-a-meeting', title: 'Running a meeting', summary: 'Tips.', body: '## Start\n\nWelcome everyone.', status: 'PUBLISHED', related: [], topicSlugs: [] }, select: { id: true } });
  await db.factSheetRevision.create({ data: { factSheetId: sheet.id, title: 'Running a meeting', summary: 'Tips.', body: '## Start\n\nWelcome everyone.', authorLabel: 'seed', createdAt: new Date(Date.now() - 60_000) } });
});

describe('an editor working on a fact sheet', () => {
  it('previews without saving, and the preview is sanitised', async () => {
    signInAs(editor);
    const state = await saveFactSheetAction(blank, formOf({ slug: 'running-a-meeting', title: 'Running a meeting', summary: 'Tips.', body: '## Start\n\nHello [x](javascript:alert(1))\n\n<script>alert(1)</script>', intent: 'preview' }));
    expect(state.previewHtml).toContain('Hello');
    expect(state.previewHtml).not.toMatch(/<script|javascript:/);
    expect(await listFactSheetRevisions('running-a-meeting')).toHaveLength(1);
  });

  it('saves a new revision, then restores the first one as a third, each audited', async () => {
    signInAs(editor);
    await redirectOf(saveFactSheetAction(blank, formOf({ slug: 'running-a-meeting', title: 'Running a meeting well', summary: 'Tips.', body: '## Start\n\nWelcome everyone by name.' })));
    let revisions = await listFactSheetRevisions('running-a-meeting');
    expect(revisions.map((r) => r.title)).toEqual(['Running a meeting', 'Running a meeting well']);
    expect(revisions[1]?.author?.id).toBe(editor.id);
    expect(await redirectOf(restoreFactSheetRevisionAction(formOf({ slug: 'running-a-meeting', revisionId: revisions[0]!.id })))).toBe('/staff/fact-sheets/running-a-meeting/revisions?done=restored');
    revisions = await listFactSheetRevisions('running-a-meeting');
    expect(revisions.map((r) => r.body)).toEqual(['## Start\n\nWelcome everyone.', '## Start\n\nWelcome everyone by name.', '## Start\n\nWelcome everyone.']);
    expect((await db.factSheet.findUnique({ where: { slug: 'running-a-meeting' }, select: { title: true } }))?.title).toBe('Running a meeting');
    const actions = await db.auditLog.findMany({ where: { entityType: 'FactSheet' }, select: { action: true, before: true }, orderBy: { createdAt: 'asc' } });
    expect(actions.map((a) => a.action)).toEqual(['fact-sheet.save', 'fact-sheet.restore']);
    expect((actions[1]?.before as { title: string }).title).toBe('Running a meeting well');
  });

  it('refuses an empty text and keeps what was typed', async () => {
    signInAs(editor);
    const state = await saveFactSheetAction(blank, formOf({ slug: 'running-a-meeting', title: 'Kept title', summary: '', body: '   ' }));
    expect(state.fieldErrors.body?.[0]).toMatch(/Write the text/);
    expect(state.values.title).toBe('Kept title');
  });

  it('unpublishes and publishes the sheet', async () => {
    signInAs(editor);
    await redirectOf(unpublishFactSheetAction(formOf({ slug: 'running-a-meeting' })));
    expect((await db.factSheet.findUnique({ where: { slug: 'running-a-meeting' }, select: { status: true } }))?.status).toBe('DRAFT');
    await redirectOf(publishFactSheetAction(formOf({ slug: 'running-a-meeting' })));
    expect((await db.factSheet.findUnique({ where: { slug: 'running-a-meeting' }, select: { status: true } }))?.status).toBe('PUBLISHED');
  });
});

describe('an editor keeping the topics', () => {
  it('refuses an address that is not kebab-case or is taken', async () => {
    signInAs(editor);
    const bad = await createTopicAction(noTopic, formOf({ slug: 'Chronic Pain', name: 'Chronic pain', description: 'Living with long-term pain.', keywords: '' }));
    expect(bad.fieldErrors.slug?.[0]).toMatch(/kebab-case/);
    const taken = await createTopicAction(noTopic, formOf({ slug: 'bereavement', name: 'Grief again', description: 'A second grief topic.', keywords: '' }));
    expect(taken.fieldErrors.slug?.[0]).toMatch(/already uses/);
  });

  it('creates a topic with keywords given one per line or by commas', async () => {
    signInAs(editor);
    await redirectOf(createTopicAction(noTopic, formOf({ slug: 'chronic-pain', name: 'Chronic pain', description: 'Living with long-term pain.', keywords: 'fibromyalgia, back pain\nArthritis\n\narthritis' })));
    expect(await db.topic.findUnique({ where: { slug: 'chronic-pain' }, select: { keywords: true } })).toEqual({ keywords: ['fibromyalgia', 'back pain', 'arthritis'] });
  });

  it('re-indexes the topic’s groups when its keywords change, so the new word finds them', async () => {
    signInAs(editor);
    const group = await createGroup(db, buildGroup({ name: 'Hamilton Pain Circle', topicSlugs: ['chronic-pain'] }));
    const finds = async (word: string) => (await rawQuery<{ n: bigint }>(`SELECT COUNT(*) AS n FROM "Group" WHERE id = $1 AND "searchVector" @@ plainto_tsquery('english', $2)`, group.id, word))[0]?.n;
    expect(Number(await finds('sciatica'))).toBe(0);
    await redirectOf(updateTopicAction(noTopic, formOf({ slug: 'chronic-pain', name: 'Chronic pain', description: 'Living with long-term pain.', keywords: 'fibromyalgia\nsciatica' })));
    expect(Number(await finds('sciatica'))).toBe(1);
    expect(await db.auditLog.count({ where: { action: { in: ['topic.create', 'topic.update'] } } })).toBe(2);
  });
});
