'use client';
// The client-readiness checklist from the fact sheet. Ticking "active
// crisis" or "thoughts of suicide" shows where to get urgent help at once
// (with JavaScript); the server refuses such a referral in any case.
import { useState } from 'react';
import Link from 'next/link';
import { checklists } from '@/lib/fact-sheets/checklists';
import { ErrorText, Hint } from '@/components/ui/field-text';
import type { FieldErrors } from '@/lib/forms/field-errors';
import { describedBy } from '@/lib/forms/field-ids';
import { hasCrisis } from '@/lib/referrals/schema';
import { referralIds } from './field-ids';
import { UrgentHelp } from './urgent-help';

type Props = { selected: string[]; errors: FieldErrors; serverCrisis: boolean };

export function ReadinessFields({ selected, errors, serverCrisis }: Props) {
  const [liveCrisis, setLiveCrisis] = useState<boolean | null>(null);
  const crisis = liveCrisis ?? serverCrisis;
  const error = errors.readiness;
  const ids = referralIds('readiness');
  const list = checklists['client-readiness'];
  return (
    <fieldset
      className="mt-8"
      aria-describedby={describedBy(ids, { hint: true, error: Boolean(error) })}
      onChange={(e) => {
        const boxes = e.currentTarget.querySelectorAll<HTMLInputElement>('input[name="readiness"]:checked');
        setLiveCrisis(hasCrisis(Array.from(boxes, (b) => b.value)));
      }}
    >
      <legend className="text-xl font-semibold">
        Is your client ready for a group? <span className="text-base font-normal text-slate-700">(optional)</span>
      </legend>
      <Hint id={ids.hint} density="roomy">
        {list.intro} More in <Link href="/fact-sheets/tips-for-professionals#client-readiness">tips for professionals</Link>.
      </Hint>
      <ErrorText id={ids.error} messages={error} density="roomy" />
      {list.sections.map((section) => (
        <div key={section.heading} className="mt-3">
          <p className="font-medium">{section.heading}</p>
          <ul className="mt-1 space-y-2">
            {section.items.map((item) => {
              const { input: id, hint: hintId } = referralIds(`readiness-${item.id}`);
              return (
                <li key={item.id} className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    id={id}
                    name="readiness"
                    value={item.id}
                    defaultChecked={selected.includes(item.id)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={item.hint ? hintId : undefined}
                    className="size-6 shrink-0"
                  />
                  <span>
                    <label htmlFor={id}>{item.text}</label>
                    {item.hint && (
                      <span id={hintId} className="block text-sm text-slate-700">
                        {item.hint}
                      </span>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {crisis && <UrgentHelp live={liveCrisis !== null} />}
    </fieldset>
  );
}
