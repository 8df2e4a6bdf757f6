// The export of a request about personal data: one plain-text document a
// person can read without any program, in the order the staff page shows
// it. Pure.
import type { PersonalData } from './find-data.ts';

const when = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : '—');
const indent = (text: string) => text.split('\n').map((l) => `    ${l}`).join('\n');

function section(title: string, items: string[], none: string): string[] {
  return ['', title, '='.repeat(title.length), ...(items.length > 0 ? items : [none])];
}

export function personalDataText(d: PersonalData, meta: { siteName: string; generatedAt: Date; searchedBy: string }): string {
  const lines = [
    `What ${meta.siteName} holds about ${meta.searchedBy}`,
    `Prepared ${when(meta.generatedAt)}.`,
    ...(d.unreadable > 0 ? [`Note: ${d.unreadable} encrypted detail(s) could not be opened with the configured keys and are not shown.`] : []),
  ];
  lines.push(...section('Referrals', d.referrals.map((r) => [
    '',
    `Referral ${r.reference} (you appear as the ${r.as.join(' and the ')})`,
    `  Received: ${when(r.createdAt)}   Status: ${r.status}${r.closedAt ? `   Closed: ${when(r.closedAt)}` : ''}`,
    `  For: ${r.group ?? 'help finding a group'}`,
    ...(r.erasedAt ? [`  The client's details were erased on ${when(r.erasedAt)}.`] : [
      `  Client: ${r.client.name ?? '—'}`,
      `  Contact by: ${r.client.contactMethod}${r.client.contact ? `, ${r.client.contact}` : ''}`,
      ...(r.client.language ? [`  Language: ${r.client.language}`] : []),
      ...(r.client.accessibility ? [`  Accessibility: ${r.client.accessibility}`] : []),
      ...(r.client.bestTimes ? [`  Best times: ${r.client.bestTimes}`] : []),
      ...(r.notes ? ['  Notes:', indent(r.notes)] : []),
    ]),
    `  Referred by: ${[r.referrer.name, r.referrer.role, r.referrer.organisation, r.referrer.email, r.referrer.phone].filter(Boolean).join(', ') || '— (erased)'}`,
    '  History:',
    ...r.history.map((h) => `    ${when(h.at)}  ${h.status}${h.note ? `: ${h.note}` : ''}`),
  ].join('\n')), 'None.'));
  lines.push(...section('Messages (email sent or waiting to be sent)', d.messages.map((m) => [
    '',
    `${when(m.createdAt)}  ${m.sentAt ? `sent ${when(m.sentAt)}` : 'not sent yet'}`,
    `  To: ${m.to}${m.replyTo ? `   Reply to: ${m.replyTo}` : ''}`,
    `  Subject: ${m.subject}`,
    indent(m.text),
  ].join('\n')), 'None.'));
  lines.push(...section('Submissions to the directory', d.submissions.map((s) => [
    '',
    `${when(s.createdAt)}  ${s.kind}, ${s.status}`,
    `  From: ${s.submitterName} <${s.submitterEmail}>`,
    ...(s.message ? ['  Message:', indent(s.message)] : []),
    '  What was proposed:',
    indent(JSON.stringify(s.payload, null, 2)),
  ].join('\n')), 'None.'));
  lines.push(...section('Staff accounts with this address', d.staffAccounts.map((a) => `${a.name} <${a.email}>, ${a.role}${a.disabledAt ? `, disabled ${when(a.disabledAt)}` : ''}`), 'None.'));
  lines.push(...section('Sign-in attempts with this address', d.loginAttempts.map((a) => `${when(a.createdAt)}  ${a.success ? 'signed in' : `refused (${a.reason || 'unknown'})`}${a.ip ? ` from ${a.ip}` : ''}`), 'None.'));
  lines.push(...section('Group listings that give this contact', d.listings.map((g) => `${g.name} (/groups/${g.slug}), ${g.status}`), 'None.'));
  return `${lines.join('\n')}\n`;
}
