'use client';
import Link from 'next/link';
import { useCheckedValues } from './use-checked-values';

type Props =
  | { tool: 'right-group'; formId: string; total: number }
  | { tool: 'client-readiness'; formId: string; total: number; notReadyIds: string[]; urgentIds: string[] };

const box = 'mt-4 rounded border p-3';

/** What the ticks add up to, worked out in the browser only. */
export function SelfCheckResult(props: Props) {
  const checked = useCheckedValues(props.formId);
  return props.tool === 'right-group' ? (
    <RightGroupReading checked={checked} total={props.total} />
  ) : (
    <ReadinessReading checked={checked} total={props.total} notReadyIds={props.notReadyIds} urgentIds={props.urgentIds} />
  );
}

function RightGroupReading({ checked, total }: { checked: string[] | null; total: number }) {
  // The live region is in the page from the start, so screen readers announce changes.
  return (
    <div aria-live="polite" className="no-print">
      {checked !== null && (
        <div className={`${box} border-brand-100 bg-white`} data-testid="right-group-result">
          <p className="font-semibold">
            {checked.length} of {total} answered “yes”
          </p>
          <p className="mt-1">{readRightGroup(checked.length, total)}</p>
          {checked.length > 0 && checked.length < total * 0.4 && (
            <p className="mt-1">
              <Link href="/groups">Look at other groups in the directory</Link>
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function readRightGroup(yes: number, total: number): string {
  if (yes === 0) return 'Tick each question you can answer with “yes”. Your count shows here. Nothing is saved or sent anywhere.';
  if (yes >= total * 0.75) return 'This group seems to suit you well. Keep going, and check in with yourself again now and then.';
  if (yes >= total * 0.4)
    return 'Some things are working for you and some are not yet. Think about raising the blank ones at a meeting. Members may be glad to make changes.';
  return 'This group may not be giving you what you need right now. That is okay. You could talk it over with the group, give it a few more meetings, or try another group.';
}

type ReadinessProps = { checked: string[] | null; total: number; notReadyIds: string[]; urgentIds: string[] };

function ReadinessReading({ checked, total, notReadyIds, urgentIds }: ReadinessProps) {
  const ticked = new Set(checked ?? []);
  const urgent = urgentIds.some((id) => ticked.has(id));
  const notReady = notReadyIds.filter((id) => ticked.has(id)).length;
  const signs = (checked ?? []).filter((id) => !notReadyIds.includes(id)).length;
  const likelyTotal = total - notReadyIds.length;
  return (
    <>
      <div role="alert">
        {checked !== null && urgent && (
          <div className={`${box} border-red-700 bg-red-50 text-red-950`} data-testid="urgent-help-notice">
            <p className="font-bold">Urgent help comes first. Do not refer your client to a group now.</p>
            <p className="mt-1">
              If your client is in immediate danger, call <strong>911</strong>. If they are thinking about suicide, they can
              call or text <strong>9-8-8</strong>, the Suicide Crisis Helpline, at any time of day or night. Come back to the
              idea of a group once the crisis has passed.
            </p>
          </div>
        )}
      </div>
      <div aria-live="polite" className="no-print">
        {checked !== null && !urgent && (
          <div className={`${box} border-brand-100 bg-white`} data-testid="readiness-result">
            <p>
              {notReady > 0
                ? `${notReady} “not ready yet” ${notReady === 1 ? 'statement is' : 'statements are'} ticked. Hold off on a group referral for now and look at other support first.`
                : `${signs} of ${likelyTotal} signs that a group may help. Nothing under “Not ready yet” is ticked.`}
            </p>
          </div>
        )}
      </div>
    </>
  );
}
