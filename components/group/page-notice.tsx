/** Said when the address asked for a page past the end, so the visitor knows why they see another one. */
export function PageNotice({ requested, shown, pageCount }: { requested: number; shown: number; pageCount: number }) {
  if (requested === shown) return null;
  return (
    <p role="status" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3" data-testid="page-notice">
      There is no page {requested}; the list has {pageCount} {pageCount === 1 ? 'page' : 'pages'}. Showing page {shown}.
    </p>
  );
}
