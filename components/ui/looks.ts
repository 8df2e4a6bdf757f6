// The two densities the forms are drawn in. Roomy: the public referral form,
// larger controls that turn red when wrong. Compact: the staff console and
// the "List your group" form. Every primitive takes one of these.
export type Density = 'roomy' | 'compact';

export const LOOKS = {
  roomy: {
    field: 'mt-4',
    label: 'block font-medium',
    hint: 'mt-1 text-sm text-slate-700',
    error: 'mt-1 font-medium text-red-800',
    control: (invalid: boolean, _readOnly: boolean) =>
      `mt-1 block w-full max-w-xl rounded border px-3 py-2 ${invalid ? 'border-2 border-red-700' : 'border-slate-500'}`,
  },
  compact: {
    field: undefined,
    label: 'block font-semibold',
    hint: 'text-sm text-slate-700',
    error: 'text-sm font-semibold text-red-800',
    control: (_invalid: boolean, readOnly: boolean) => `mt-1 w-full rounded border border-slate-500 bg-white px-2 py-1${readOnly ? ' bg-slate-100' : ''}`,
  },
} as const;

/** The grey words after a label: "(optional)" or "(required)". */
export const LABEL_NOTE = 'font-normal text-slate-700';
