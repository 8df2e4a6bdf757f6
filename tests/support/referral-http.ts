// The referral form sent over HTTP as a browser without JavaScript sends it:
// the page's own server-action fields (read from /refer once per server)
// plus the answers, posted to /refer. The answer page says what happened.
import { toFormData, type FormFields } from './referral-form.ts';

export type ReferralAnswer =
  /** Stored now; the page shows the private status link. */
  | { kind: 'stored'; reference: string }
  /** Stored by an earlier send of the same form; the page says so. */
  | { kind: 'stored-before'; reference: string }
  /** Not stored; the form came back (refused, invalid or a fault), or the server did not answer with the form. */
  | { kind: 'not-stored'; status: number; text: string }
  /** The connection broke: nobody can tell from this answer. */
  | { kind: 'no-answer'; error: string };

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The hidden fields the /refer page's form posts (its server action's id among them). */
export async function referralFormFields(base: string): Promise<Record<string, string>> {
  const html = await (await fetch(`${base}/refer`)).text();
  const start = html.indexOf('<form id="referral-form"');
  if (start < 0) throw new Error('the /refer page has no referral form');
  const form = html.slice(start, html.indexOf('</form>', start));
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    const name = decode(m[1] ?? '');
    if (name.startsWith('$ACTION')) fields[name] = decode(m[2] ?? '');
  }
  if (!Object.keys(fields).length) throw new Error('the referral form has no server-action fields');
  return fields;
}

export async function postReferral(base: string, hidden: Record<string, string>, fields: FormFields, opts: { forwardedFor?: string; signal?: AbortSignal } = {}): Promise<ReferralAnswer> {
  const body = toFormData({ ...hidden, ...fields });
  let res: Response;
  let html: string;
  try {
    res = await fetch(`${base}/refer`, {
      method: 'POST',
      body,
      headers: { origin: base, ...(opts.forwardedFor ? { 'x-forwarded-for': opts.forwardedFor } : {}) },
      redirect: 'manual',
      signal: opts.signal,
    });
    html = await res.text();
  } catch (err) {
    return { kind: 'no-answer', error: err instanceof Error ? `${err.message} ${String((err as { cause?: unknown }).cause ?? '')}` : String(err) };
  }
  const reference = /data-testid="referral-reference">([^<]+)</.exec(html)?.[1];
  if (res.status === 200 && reference && html.includes('data-testid="status-link"')) return { kind: 'stored', reference };
  if (res.status === 200 && reference && html.includes('We already had this referral')) return { kind: 'stored-before', reference };
  const text = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  // What the form says, when it came back with a message.
  const said = /The referral was not sent(.{0,400})/.exec(text)?.[0] ?? /There is a problem(.{0,400})/.exec(text)?.[0];
  return { kind: 'not-stored', status: res.status, text: said ?? text.slice(0, 2000) };
}
