import { useMemo } from 'react';
import { renderHtml, type PageSize, type ReportModel } from '@shared/reports';

/**
 * The report exactly as it exports and prints: the self-contained HTML in a sandboxed frame
 * (no scripts, no network), so what the user checks is what stakeholders receive.
 */
export function ReportPreview({ model, pageSize }: { model: ReportModel; pageSize: PageSize }) {
  const html = useMemo(() => renderHtml(model, { pageSize }), [model, pageSize]);
  return <iframe className="rp-preview" title={`Preview: ${model.title}`} sandbox="allow-same-origin allow-modals" srcDoc={html} />;
}
