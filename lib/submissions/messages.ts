// What the submitter is told when staff approve, approve in part or decline
// their proposal: one mail per decision.
import type { OutgoingMail } from '../mail/outbox-data.ts';
import type { SubmissionKind } from '../generated/prisma/enums.ts';

type Site = { name: string; url: string };
const WHAT: Record<SubmissionKind, string> = {
  NEW_GROUP: 'the group you asked us to list',
  UPDATE: 'your correction to a listing',
  PROBLEM_REPORT: 'the problem you reported with a listing',
};

export function submissionApprovedMail(s: { kind: SubmissionKind; submitterName: string; submitterEmail: string; groupName: string }, site: Site, groupUrl: string | null): OutgoingMail {
  const done =
    s.kind === 'NEW_GROUP' ? `“${s.groupName}” is now listed in the directory.` : s.kind === 'UPDATE' ? `The listing for “${s.groupName}” has been updated.` : `We looked into it and dealt with it.`;
  return {
    to: s.submitterEmail,
    subject: `${site.name}: thank you, ${WHAT[s.kind]} was accepted`,
    text: [`Hello ${s.submitterName},`, '', `Thank you for ${WHAT[s.kind]}. ${done}`, ...(groupUrl ? ['', groupUrl] : []), '', `— ${site.name}`, site.url].join('\n'),
    kind: 'submission.approved',
  };
}

export function submissionDeclinedMail(s: { kind: SubmissionKind; submitterName: string; submitterEmail: string }, reason: string, site: Site): OutgoingMail {
  return {
    to: s.submitterEmail,
    subject: `${site.name}: about ${WHAT[s.kind]}`,
    text: [`Hello ${s.submitterName},`, '', `Thank you for ${WHAT[s.kind]}. We could not accept it, for this reason:`, '', reason, '', 'You are welcome to reply or send it again with changes.', '', `— ${site.name}`, site.url].join('\n'),
    kind: 'submission.declined',
  };
}

/** Part accepted, the rest not: which changes went in, which did not, and why (one decision, one mail). */
export function submissionPartlyApprovedMail(
  s: { kind: SubmissionKind; submitterName: string; submitterEmail: string; groupName: string },
  decision: { accepted: string[]; rejected: string[]; reason: string },
  site: Site,
  groupUrl: string | null,
): OutgoingMail {
  const bullets = (labels: string[]) => labels.map((l) => `- ${l}`);
  return {
    to: s.submitterEmail,
    subject: `${site.name}: thank you, ${WHAT[s.kind]} was accepted in part`,
    text: [
      `Hello ${s.submitterName},`, '',
      `Thank you for ${WHAT[s.kind]}. We have updated the listing for “${s.groupName}” with these changes:`, '',
      ...bullets(decision.accepted), '',
      'We did not make these changes:', '',
      ...bullets(decision.rejected), '',
      'for this reason:', '', decision.reason, '',
      ...(groupUrl ? [groupUrl, ''] : []),
      'You are welcome to reply or send a new correction.', '', `— ${site.name}`, site.url,
    ].join('\n'),
    kind: 'submission.partly-approved',
  };
}
