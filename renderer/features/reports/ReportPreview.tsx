import { useMemo } from 'react';
import { renderHtml, type PageSize, type ReportModel } from '@shared/reports';

/**
 * The report exactly as it exports and prints: the self-contained HTML in a frame, so what the
 * user checks is what stakeholders receive. Every text is escaped and the document's own CSP
 * (default-src 'none') forbids scripts and network; no sandbox attribute, because a frame without
 * scripts cannot be checked by accessibility tools.
 */
export function ReportPreview({ model, pageSize }: { model: ReportModel; pageSize: PageSize }) {
  const html = useMemo(() => renderHtml(model, { pageSize }), [model, pageSize]);
  return <iframe className="rp-preview" title={`Preview: ${model.title}`} srcDoc={html} />;
}
