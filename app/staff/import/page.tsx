import type { Metadata } from 'next';
import { UploadForm } from '@/components/staff/import/upload-form';
import { MAX_UPLOAD_WORDS } from '@/lib/open-data/import/limits';
import { requireStaffPage } from '@/lib/staff/guards';
import { previewImportAction } from './actions/preview-import-action';

export const metadata: Metadata = { title: 'Import listings' };

export default async function ImportPage() {
  await requireStaffPage('ADMIN');
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-900">Import listings</h1>
      <p className="mt-2 max-w-2xl">
        Bring in listings from another directory or a spreadsheet. First you see, row by row, what would be created, updated, left alone or
        rejected and why; nothing changes until you apply it. Applying is all or nothing: if any row is rejected, correct the file and upload it
        again.
      </p>
      <p className="mt-2 max-w-2xl">
        A listing keeps the id it has in the file, so importing the same file again updates those listings instead of adding copies.
      </p>
      <UploadForm action={previewImportAction} limitWords={MAX_UPLOAD_WORDS} />
    </>
  );
}
