// Who may come, what it costs, which languages and what access the group
// offers, each in words: the details people check before a first visit.
import type { GroupDetail } from '@/lib/listings/group-detail';
import { describeCost } from '@/lib/listings/cost-words';
import { WHO_MAY_ATTEND_LABELS, accessibilityLabels, languageName } from './labels';

function languagesInWords(tags: string[]): string {
  const names = [...new Set((tags.length > 0 ? tags : ['en']).map(languageName))];
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function GroupFacts({ group }: { group: GroupDetail }) {
  const access = accessibilityLabels(group.accessibilityFeatures);
  const cost = describeCost(group.costKind, group.costDescription);
  return (
    <section aria-labelledby="facts-heading" className="mt-8">
      <h2 id="facts-heading" className="text-xl font-semibold">
        Before you go
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-3 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Who may attend</dt>
        <dd>{WHO_MAY_ATTEND_LABELS[group.whoMayAttend]}</dd>
        <dt className="font-semibold">Cost</dt>
        <dd data-testid="cost">
          <p>{cost.headline}</p>
          {cost.details.map((d) => (
            <p key={d}>{d}</p>
          ))}
        </dd>
        <dt className="font-semibold">Accessibility</dt>
        <dd data-testid="accessibility">
          {access.length > 0 ? (
            <ul className="list-disc pl-5">
              {access.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          ) : (
            <p>No accessibility features are listed. Ask the group about what you need.</p>
          )}
          {group.accessibilityNotes && <p className="mt-1">{group.accessibilityNotes}</p>}
        </dd>
        <dt className="font-semibold">Languages</dt>
        <dd data-testid="languages">Meetings are in {languagesInWords(group.languages)}.</dd>
      </dl>
    </section>
  );
}
