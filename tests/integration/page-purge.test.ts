// A shared cache (CDN or reverse proxy) may keep the public pages for a
// minute (decision 035). When staff change a published listing, the cache is
// told at once which pages to drop: the change stores its purge in its own
// transaction, and the page-purge job posts it to the configured hook. Here
// the hook is a real HTTP server on this machine.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../support/db.ts';
import { buildGroup, createGroup, createStaffUser, createTopics } from '../../prisma/seed/factories.ts';

type Received = { body: { tags: string[]; paths: string[] }; authorization: string | undefined };
const received: Received[] = [];
let answer = 200;
const hook = http.createServer((req, res) => {
  let text = '';
  req.on('data', (c: Buffer) => (text += c.toString('utf8')));
  req.on('end', () => {
    if (answer === 200) received.push({ body: JSON.parse(text), authorization: req.headers.authorization });
    res.statusCode = answer;
    res.end();
  });
});
await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
// Read by lib/env.ts on first use, which comes after this.
process.env.PAGE_PURGE_URL = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/purge`;
process.env.PAGE_PURGE_TOKEN = 'purge-token-for-tests';

const { setGroupStatus, markGroupVerified } = await import('../../lib/listings/status-data.ts');
const { getGroupForEdit, updateGroupWithMeetings } = await import('../../lib/listings/editor-data.ts');
const { groupToFormValues } = await import('../../lib/listings/editable.ts');
const { parseGroupForm } = await import('../../lib/listings/schema.ts');
const { purgeStalePages } = await import('../../lib/page-cache/purge.ts');
const { saveFactSheetAsStaff, setFactSheetStatus } = await import('../../lib/fact-sheets/staff-data.ts');
const { createTopic, updateTopic } = await import('../../lib/listings/topics-staff-data.ts');
const { startWorkers, stopWorkers } = await import('../../lib/jobs/worker.ts');

let ctx: { actor: { userId: string; email: string; name: string; role: 'EDITOR'; referralAccess: boolean }; ip: string };

beforeAll(async () => {
  await createTopics(db);
  const editor = await createStaffUser(db, { email: 'cache-editor@example.org', name: 'Cache editor', role: 'EDITOR', password: 'correct horse battery' });
  ctx = { actor: { userId: editor.id, email: editor.email, name: 'Cache editor', role: 'EDITOR', referralAccess: false }, ip: '127.0.0.1' };
});

afterAll(async () => {
  await stopWorkers();
  await new Promise((resolve) => hook.close(resolve));
});

async function newGroup(status: 'DRAFT' | 'PUBLISHED', slug: string) {
  return createGroup(db, { ...buildGroup({ slug, name: `Circle ${slug}` }), status });
}

/** Saves the listing with a new summary, as the editor's form does. */
async function editSummary(id: string, summary: string) {
  const current = await getGroupForEdit(id);
  const parsed = parseGroupForm({ ...groupToFormValues(current!), summary });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.fieldErrors));
  return updateGroupWithMeetings(id, parsed.data, current!.version, ctx);
}

describe('a listing change and the shared cache', () => {
  it('editing a published listing tells the cache to drop its page and every list, with the token', async () => {
    received.length = 0;
    const group = await newGroup('PUBLISHED', 'harbour-grief-circle');
    expect((await editSummary(group.id, 'Now meeting on Thursdays as well.')).status).toBe('saved');
    expect(await purgeStalePages()).toBe(1);
    expect(received).toHaveLength(1);
    expect(received[0]!.authorization).toBe('Bearer purge-token-for-tests');
    expect(received[0]!.body.tags.sort()).toEqual(['group:harbour-grief-circle', 'listings']);
    expect(received[0]!.body.paths).toEqual(expect.arrayContaining(['/groups/harbour-grief-circle', '/groups', '/']));
    // Sent once: nothing is left to send.
    expect(await purgeStalePages()).toBe(0);
    expect(await db.pagePurge.count()).toBe(0);
  });

  it('publishing, marking checked and unpublishing each purge; editing a draft does not', async () => {
    received.length = 0;
    const group = await newGroup('DRAFT', 'lakeside-parents-circle');
    expect((await editSummary(group.id, 'A draft nobody sees yet.')).status).toBe('saved');
    expect(await purgeStalePages()).toBe(0);
    expect((await setGroupStatus(group.id, 'publish', ctx)).status).toBe('done');
    expect((await markGroupVerified(group.id, ctx)).status).toBe('done');
    expect((await setGroupStatus(group.id, 'unpublish', ctx)).status).toBe('done');
    // Three changes waiting, sent as one request.
    expect(await purgeStalePages()).toBe(3);
    expect(received).toHaveLength(1);
    expect(received[0]!.body.tags.sort()).toEqual(['group:lakeside-parents-circle', 'listings']);
  });

  it('when the hook fails, the purge waits and is sent once it answers again', async () => {
    received.length = 0;
    const group = await newGroup('PUBLISHED', 'riverside-caregivers');
    answer = 503;
    expect((await setGroupStatus(group.id, 'archive', ctx)).status).toBe('done');
    expect(await purgeStalePages()).toBe(0);
    expect(await db.pagePurge.findMany({ select: { attempts: true, tags: true } })).toEqual([{ attempts: 1, tags: ['group:riverside-caregivers', 'listings'] }]);
    answer = 200;
    expect(await purgeStalePages()).toBe(1);
    expect(received.map((r) => r.body.tags)).toEqual([['group:riverside-caregivers', 'listings']]);
  });

  it('a published fact sheet edited, taken down and put back purges the shelf and its page; a draft edited does not', async () => {
    received.length = 0;
    const words = (body: string) => ({ title: 'Starting a group', summary: 'First steps.', body });
    await db.factSheet.create({ data: { slug: 'starting-a-group', title: 'Starting a group', summary: '', body: 'Old words.', status: 'PUBLISHED', related: [], topicSlugs: [] } });
    await db.factSheet.create({ data: { slug: 'draft-sheet', title: 'Draft', summary: '', body: 'Not yet.', status: 'DRAFT', related: [], topicSlugs: [] } });
    expect((await saveFactSheetAsStaff('draft-sheet', words('Still a draft.'), ctx)).status).toBe('saved');
    expect(await purgeStalePages()).toBe(0);
    expect((await saveFactSheetAsStaff('starting-a-group', words('New words for the first meeting.'), ctx)).status).toBe('saved');
    expect(await setFactSheetStatus('starting-a-group', 'DRAFT', ctx)).toBe('done');
    expect(await setFactSheetStatus('starting-a-group', 'PUBLISHED', ctx)).toBe('done');
    // Choosing the status it already has changes no page.
    expect(await setFactSheetStatus('starting-a-group', 'PUBLISHED', ctx)).toBe('done');
    expect(await purgeStalePages()).toBe(3);
    expect(received.map((r) => r.body)).toEqual([{ tags: ['fact-sheets'], paths: ['/fact-sheets', '/fact-sheets/starting-a-group'] }]);
  });

  it('a topic added or renamed purges every list and the topic’s page', async () => {
    received.length = 0;
    expect((await createTopic({ slug: 'hoarding', name: 'Hoarding', description: 'Living with hoarding.', keywords: ['clutter'] }, ctx)).status).toBe('saved');
    expect((await updateTopic('hoarding', { name: 'Hoarding and clutter', description: 'Living with hoarding.', keywords: ['clutter'] }, ctx)).status).toBe('saved');
    expect(await purgeStalePages()).toBe(2);
    expect(received).toHaveLength(1);
    expect(received[0]!.body.tags).toEqual(['listings']);
    expect(received[0]!.body.paths).toEqual(expect.arrayContaining(['/topics', '/topics/hoarding', '/groups', '/']));
  });

  it('with the background jobs running, a change reaches the hook without anyone asking', async () => {
    received.length = 0;
    await startWorkers({ smtpUrl: null, pollingIntervalSeconds: 0.5 });
    const group = await newGroup('PUBLISHED', 'valley-recovery-circle');
    expect((await editSummary(group.id, 'A new meeting place from May.')).status).toBe('saved');
    await expect.poll(() => received.flatMap((r) => r.body.tags), { timeout: 20_000, interval: 200 }).toContain('group:valley-recovery-circle');
  });
});
