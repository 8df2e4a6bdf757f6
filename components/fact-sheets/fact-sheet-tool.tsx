// One `{{tool:ID}}` of a sheet: a titled box with the tool inside. Its id is
// the tool's id, so other pages can link straight to it (…#right-group).
import type { Checklist as ChecklistData } from '@/lib/fact-sheets/checklists';
import type { SectionHeading } from '@/lib/fact-sheets/render';
import { toolElementId } from '@/lib/fact-sheets/tool-ids';
import type { ComfortAgreementParams } from '@/lib/fact-sheets/schema';
import { Checklist } from './checklist';
import { ComfortAgreementBuilder } from './comfort-agreement-builder';

type Props = {
  checklist: ChecklistData;
  /** The sheet heading the tool sits under. */
  heading: SectionHeading | null;
  sheetPath: string;
  agreement: ComfortAgreementParams;
};

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export function FactSheetTool({ checklist, heading, sheetPath, agreement }: Props) {
  // When the sheet's heading already says what the tool is, a second heading
  // with the same words would only repeat it: the box is named by that heading.
  const ownTitle = !heading || normalise(heading.text) !== normalise(checklist.title);
  const titleId = ownTitle ? toolElementId.title(checklist.id) : heading.id;
  return (
    <section
      id={checklist.id}
      aria-labelledby={titleId}
      data-kind={checklist.kind}
      className="fact-sheet-tool my-6 scroll-mt-4 rounded-lg border border-brand-100 bg-brand-50 p-4 sm:p-5"
    >
      {ownTitle && (
        <h3 id={titleId} className="text-xl font-semibold text-brand-900">
          {checklist.title}
        </h3>
      )}
      <p className={ownTitle ? 'mt-1' : ''}>{checklist.intro}</p>
      {checklist.kind === 'builder' ? (
        <ComfortAgreementBuilder
          checklist={checklist}
          initialPicks={agreement.pick}
          initialOwn={agreement.add}
          action={sheetPath}
          previewHeading={ownTitle ? 'h4' : 'h3'}
        />
      ) : (
        <Checklist checklist={checklist} />
      )}
    </section>
  );
}
