import type { GroupDetail } from '@/lib/listings/group-detail';
import { WHO_MAY_ATTEND_LABELS, accessibilityLabels, languageName } from './labels';
import { COST_LABELS } from '@/lib/vocabulary';

/** Who may come, what it costs, languages and accessibility, as a description list. */
export function GroupFacts({ group }: { group: GroupDetail }) {
  const access = accessibilityLabels(group.accessibilityFeatures);
  return (
    <section aria-labelledby="facts-heading" className="mt-8">
      <h2 id="facts-heading" className="text-xl font-semibold">
        About the meetings
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Who may attend</dt>
        <dd>{WHO_MAY_ATTEND_LABELS[group.whoMayAttend]}</dd>
        <dt className="font-semibold">Cost</dt>
        <dd>
          {COST_LABELS[group.costKind]}
          {group.costDescription ? `: ${group.costDescription}` : ''}
        </dd>
        <dt className="font-semibold">Languages</dt>
        <dd>{group.languages.length > 0 ? group.languages.map(languageName).join(', ') : 'English'}</dd>
        <dt className="font-semibold">Accessibility</dt>
        <dd>
          {access.length > 0 ? (
            <ul className="list-disc pl-5">
              {access.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          ) : (
            <p>No accessibility features are listed. Please ask the group about your needs.</p>
          )}
          {group.accessibilityNotes && <p className="mt-1">{group.accessibilityNotes}</p>}
        </dd>
      </dl>
    </section>
  );
}
