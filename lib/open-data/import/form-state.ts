// What the import screens' actions return when they do not move on: the
// upload's problems (a whole file refused), or a dry run with rejected rows
// that cannot be applied. Rows only, never the parsed listings.
import { initialFormState, type FormState } from '../../forms/form-state.ts';
import type { PlanAction, PlanRow, PlannedRow } from './plan.ts';
import type { DocumentProblem } from './types.ts';

export type ImportFormState = FormState<Record<string, string>, { problems: DocumentProblem[]; rows: PlanRow[] | null; counts: Record<PlanAction, number> | null; notes: string[] }>;

export const emptyImportState: ImportFormState = initialFormState({}, { problems: [], rows: null, counts: null, notes: [] });

export function refusedUpload(message: string, problems: DocumentProblem[] = []): ImportFormState {
  return { ...emptyImportState, message, problems };
}

/** A dry run shown in place: what would happen to each row, and why it cannot be applied. */
export function shownPlan(message: string, rows: PlannedRow[], counts: Record<PlanAction, number>, notes: string[]): ImportFormState {
  return { ...emptyImportState, message, rows: rows.map(({ input: _input, version: _version, newOrganization: _org, ...row }) => row), counts, notes };
}
