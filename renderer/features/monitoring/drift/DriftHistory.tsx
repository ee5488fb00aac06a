import { useMemo } from 'react';
import { LineChart } from '../../../kernel/charts';
import type { MonitoringData } from '../monitoring-queries';
import { SavedReportsTable } from '../SavedReportsTable';
import { asOptions, SelectField } from '../../../kernel/fields/SelectField';
import { useDriftStore } from './drift-slice';
import { methodLabels } from './DriftReportTable';

/** Saved drift reports, and one column's score charted across them over time. */
export function DriftHistory({ data }: { data: MonitoringData }) {
  const s = useDriftStore();
  const reports = data.driftReports;
  const columns = useMemo(() => [...new Set(reports.flatMap((r) => r.columns.map((c) => c.column)))].sort(), [reports]);
  const column = s.historyColumn && columns.includes(s.historyColumn) ? s.historyColumn : (columns[0] ?? null);
  const points = useMemo(
    () =>
      reports.flatMap((r) => {
        const c = r.columns.find((x) => x.column === column);
        return c ? [{ x: Date.parse(r.createdAt), y: c.score, method: c.method, threshold: c.threshold }] : [];
      }),
    [reports, column],
  );
  if (!reports.length) return null;
  const methods = [...new Set(points.map((p) => p.method))];
  const threshold = methods.length === 1 ? points[0]?.threshold : undefined;
  const pValue = methods.length === 1 && ['ks', 'chisquare', 'z'].includes(methods[0]);
  return (
    <section className="panel" aria-labelledby="drift-history-title">
      <h2 id="drift-history-title">Saved reports</h2>
      <SavedReportsTable
        caption="Saved drift reports"
        reports={reports}
        data={data}
        open={(r) => s.set({ savedId: r.id, selected: r.columns.find((c) => c.drift)?.column ?? r.columns[0]?.column ?? null })}
        columns={[
          { header: 'Drifted columns', numeric: true, cell: (r) => `${r.columns.filter((c) => c.drift).length} / ${r.columns.length}` },
          { header: 'Verdict', cell: (r) => <span className={`mon-status ${r.datasetDrift ? 'tone-danger' : 'tone-ok'}`}>{r.datasetDrift ? 'Drifted' : 'No drift'}</span> },
        ]}
      />
      {column && (
        <div style={{ marginTop: 12 }}>
          <label className="field" style={{ maxWidth: 280 }}>
            <span>Column score over time</span>
            <SelectField value={column} onChange={(historyColumn) => s.set({ historyColumn })} options={asOptions(columns)} />
          </label>
          <LineChart
            title={`Drift score of ${column} across saved reports`}
            width={900}
            height={240}
            xType="time"
            zeroBased
            series={[{ id: 'score', label: methods.length === 1 ? (methodLabels[methods[0]] ?? methods[0]) : 'score', points: points.map((p) => ({ x: p.x, y: p.y })) }]}
            threshold={threshold !== undefined ? (pValue ? { to: threshold, label: 'Drift (p ≤ threshold)', tone: 'danger' } : { from: threshold, label: 'Drift (≥ threshold)', tone: 'danger' }) : undefined}
            markers={points.length === 1 ? [{ x: points[0].x, y: points[0].y, label: 'only report so far' }] : []}
          />
        </div>
      )}
    </section>
  );
}
