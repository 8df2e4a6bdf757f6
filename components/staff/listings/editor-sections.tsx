// The listing editor in sections — about, contact, meetings, access and
// cost, verification — each a headed part of the one form that the section
// list at the top links to. The group's own fields are here; meetings and
// verification have their own files.
import type { ReactNode } from 'react';
import { LEADERSHIP_POINTS, WHO_MAY_ATTEND_LABELS } from '@/components/group/labels';
import { CheckboxGroup } from '@/components/ui/choices';
import { SelectField, type Option } from '@/components/ui/select-field';
import { TextArea, TextField } from '@/components/ui/text-field';
import type { FieldErrors } from '@/lib/forms/field-errors';
import { WHO_MAY_ATTEND, type GroupFormValues } from '@/lib/listings/group-rules';
import { ACCESSIBILITY_FEATURES, COST_KINDS_WITH_LABELS } from '@/lib/vocabulary';
import { LanguagePicker } from './pickers';

export type { Option };

export const SECTIONS = [
  { id: 'about', title: 'About the group' },
  { id: 'contact', title: 'Contact' },
  { id: 'meetings', title: 'Meetings' },
  { id: 'access', title: 'Access and cost' },
  { id: 'verification', title: 'Verification' },
] as const;
export type SectionId = (typeof SECTIONS)[number]['id'];

const titleOf = (id: SectionId) => SECTIONS.find((s) => s.id === id)?.title ?? id;

/** In-page links to each section; plain anchors, so they work without JavaScript. */
export function SectionNav({ ids }: { ids: readonly SectionId[] }) {
  return (
    <nav aria-label="Sections of this listing" className="mt-4">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {ids.map((id) => (
          <li key={id}>
            <a href={`#${id}`} className="inline-block py-1 font-semibold">{titleOf(id)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Section({ id, children }: { id: SectionId; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4 space-y-4 rounded border border-slate-300 p-4">
      <h2 id={`${id}-heading`} className="text-xl font-semibold text-brand-900">{titleOf(id)}</h2>
      {children}
    </section>
  );
}

type Props = { values: GroupFormValues; errors: FieldErrors };

export function AboutFields({ values: v, errors: e, topics, languages, slugEditable }: Props & { topics: Option[]; languages: Option[]; slugEditable: boolean }) {
  return (
    <Section id="about">
      <TextField name="name" label="Name" required defaultValue={v.name} errors={e.name} />
      <TextField
        name="slug"
        label="Web address"
        defaultValue={v.slug}
        errors={e.slug}
        readOnly={!slugEditable}
        hint={slugEditable ? 'Leave empty to make one from the name. It cannot change later.' : 'The public address never changes.'}
      />
      <TextField name="summary" label="Summary (one sentence)" required defaultValue={v.summary} errors={e.summary} />
      <TextArea name="description" label="Description" required rows={6} defaultValue={v.description} errors={e.description} />
      <CheckboxGroup name="topicIds" label="Topics" columns checked={v.topicIds} options={topics} errors={e.topicIds} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField name="whoMayAttend" label="Who may attend" defaultValue={v.whoMayAttend} errors={e.whoMayAttend} options={WHO_MAY_ATTEND.map((w) => ({ value: w, label: WHO_MAY_ATTEND_LABELS[w] }))} />
        <SelectField name="leadership" label="Who leads it" defaultValue={v.leadership} errors={e.leadership} options={LEADERSHIP_POINTS.map((p) => ({ value: String(p.point), label: `${p.point} – ${p.label}` }))} />
      </div>
      <LanguagePicker value={v.languages} options={languages} errors={e.languages} />
    </Section>
  );
}

export function ContactFields({ values: v, errors: e, organizations }: Props & { organizations: Option[] }) {
  return (
    <Section id="contact">
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="text-lg font-semibold">Shown on the group page</legend>
        <TextField name="phone" label="Phone" type="tel" defaultValue={v.phone} errors={e.phone} />
        <TextField name="email" label="Email" type="email" defaultValue={v.email} errors={e.email} />
        <TextField name="website" label="Website" type="url" defaultValue={v.website} errors={e.website} className="sm:col-span-2" />
        <SelectField name="organizationId" label="Sponsoring organization" defaultValue={v.organizationId} errors={e.organizationId} options={[{ value: '', label: 'None' }, ...organizations]} className="sm:col-span-2" />
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="text-lg font-semibold">Private contact (staff only, never shown publicly)</legend>
        <TextField name="privateContactName" label="Name" defaultValue={v.privateContactName} errors={e.privateContactName} />
        <TextField name="privateContactPhone" label="Phone" type="tel" defaultValue={v.privateContactPhone} errors={e.privateContactPhone} />
        <TextField name="privateContactEmail" label="Email" type="email" defaultValue={v.privateContactEmail} errors={e.privateContactEmail} className="sm:col-span-2" />
      </fieldset>
    </Section>
  );
}

export function AccessFields({ values: v, errors: e }: Props) {
  return (
    <Section id="access">
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField name="costKind" label="Cost" defaultValue={v.costKind} errors={e.costKind} options={COST_KINDS_WITH_LABELS.map((c) => ({ value: c.code, label: c.label }))} />
        <TextField name="costDescription" label="Cost details" defaultValue={v.costDescription} errors={e.costDescription} />
      </div>
      <CheckboxGroup name="accessibilityFeatures" label="Accessibility" columns checked={v.accessibilityFeatures} errors={e.accessibilityFeatures} options={ACCESSIBILITY_FEATURES.map((f) => ({ value: f.code, label: f.label }))} />
      <TextArea name="accessibilityNotes" label="Accessibility notes" defaultValue={v.accessibilityNotes} errors={e.accessibilityNotes} />
    </Section>
  );
}
