import type { PageSize } from '@shared/reports';
import { ActionButton } from '../../kernel/actions/ActionButton';
import { useReportsStore } from './reports-slice';
import { asOptions, SelectField } from '../../kernel/fields/SelectField';

const pageSizeOptions = asOptions<PageSize>(['A4', 'Letter']);

/** Export the report on screen: PDF (print), Markdown, HTML and CSV. */
export function ExportBar() {
  const pageSize = useReportsStore((s) => s.pageSize);
  const setPageSize = useReportsStore((s) => s.setPageSize);
  return (
    <div className="rp-export button-row" role="toolbar" aria-label="Export">
      <label className="rp-inline-field">
        <span>Page</span>
        <SelectField aria-label="Page size" value={pageSize} onChange={setPageSize} options={pageSizeOptions} />
      </label>
      <ActionButton id="report.print" className="button">PDF / Print</ActionButton>
      <ActionButton id="report.export-md" className="button">Markdown</ActionButton>
      <ActionButton id="report.export-html" className="button">HTML</ActionButton>
      <ActionButton id="report.export-csv" className="button">CSV</ActionButton>
    </div>
  );
}
