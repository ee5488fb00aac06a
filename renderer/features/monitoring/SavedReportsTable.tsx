import type { ReactNode } from 'react';
import { versionName, type MonitoringData } from './monitoring-queries';

interface SavedReport {
  id: string;
  createdAt: string;
  name: string;
  modelVersionId: string | null;
}

export interface ReportColumn<R> {
  header: string;
  numeric?: boolean;
  cell(report: R): ReactNode;
}

/** Saved drift or fairness reports, newest first: when, which (opens it), the model version, then the kind's own columns. */
export function SavedReportsTable<R extends SavedReport>({ caption, reports, data, open, columns }: {
  caption: string;
  reports: readonly R[];
  data: MonitoringData;
  open(report: R): void;
  columns: ReportColumn<R>[];
}) {
  return (
    <table className="data-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Saved</th>
          <th scope="col">Report</th>
          <th scope="col">Model version</th>
          {columns.map((c) => (
            <th key={c.header} scope="col" className={c.numeric ? 'num' : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...reports].reverse().map((r) => (
          <tr key={r.id}>
            <td>{r.createdAt.replace('T', ' ').slice(0, 16)}</td>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => open(r)}>
                {r.name}
              </button>
            </th>
            <td>{versionName(data, r.modelVersionId)}</td>
            {columns.map((c) => (
              <td key={c.header} className={c.numeric ? 'num' : undefined}>
                {c.cell(r)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
