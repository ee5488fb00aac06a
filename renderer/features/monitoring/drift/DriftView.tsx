import type { DriftReport } from '@shared/domain';
import { versionName, useMonitoringData } from '../monitoring-queries';
import { useCurrentWorkspace } from '../../../entities/workspaces/queries';
import type { DriftRun } from './drift-job';
import { useDriftStore } from './drift-slice';
import { DriftColumnSettings } from './DriftColumnSettings';
import { DriftFilesPanel } from './DriftFilesPanel';
import { DriftHistogram } from './DriftHistogram';
import { DriftHistory } from './DriftHistory';
import { DriftReportTable } from './DriftReportTable';
import { SaveDriftForm } from './SaveDriftForm';
import '../monitoring.css';

export { setDriftEngineFactory } from './drift-engine';

function Verdict({ columns, driftShare, datasetDrift, threshold }: { columns: number; driftShare: number; datasetDrift: boolean; threshold: number }) {
  const drifted = Math.round(driftShare * columns);
  return (
    <div className={`verdict ${datasetDrift ? 'drifted' : 'stable'}`} role="status">
      <strong>{datasetDrift ? 'Dataset drift detected' : 'No dataset drift'}</strong>
      <span>
        {drifted} of {columns} columns drifted ({Math.round(driftShare * 100)}%); the dataset drifts at {Math.round(threshold * 100)}% or more.
      </span>
    </div>
  );
}

function ReportBody({ run, selected, onSelect, driftShareThreshold }: { run: Pick<DriftRun, 'summary' | 'histograms'>; selected: string | null; onSelect(c: string): void; driftShareThreshold: number }) {
  const histogram = selected ? run.histograms[selected] : undefined;
  return (
    <>
      <Verdict columns={run.summary.columns.length} driftShare={run.summary.driftShare} datasetDrift={run.summary.datasetDrift} threshold={driftShareThreshold} />
      <div className="drift-layout">
        <DriftReportTable columns={run.summary.columns} selected={selected} onSelect={onSelect} />
        <section className="panel histogram-panel" aria-label="Histogram">
          {selected && histogram ? (
            <>
              <h3>{selected}</h3>
              <DriftHistogram column={selected} histogram={histogram} />
            </>
          ) : (
            <p className="muted">Choose a column to see its reference and current distributions.</p>
          )}
        </section>
      </div>
    </>
  );
}

/** Data drift between a reference and a current CSV, computed in a worker; reports saved per model version. */
export function DriftView() {
  const workspace = useCurrentWorkspace();
  const workspaceId = workspace?.id ?? null;
  const data = useMonitoringData(workspaceId);
  const s = useDriftStore();
  if (!workspace || data.loading) return null;

  const saved = s.savedId ? data.driftReports.find((r) => r.id === s.savedId) : undefined;
  return (
    <div className="view view-wide">
      <header className="view-header">
        <h1>Data drift</h1>
        <p className="muted">Compare a reference dataset (e.g. training data) with current data, column by column, as Evidently does by default. Files stay on this computer.</p>
      </header>
      <DriftFilesPanel />
      {!saved && <DriftColumnSettings />}

      {saved ? (
        <section className="view" aria-label="Saved drift report">
          <div className="alert-head">
            <h2>{saved.name}</h2>
            <span className="muted">
              saved {saved.createdAt.slice(0, 10)} · {versionName(data, saved.modelVersionId)}
            </span>
            <button type="button" className="button" onClick={() => s.set({ savedId: null })}>
              Close saved report
            </button>
          </div>
          <ReportBody
            run={{ summary: { columns: saved.columns, driftShare: saved.driftShare, datasetDrift: saved.datasetDrift, driftedColumns: saved.columns.filter((c) => c.drift).length }, histograms: ((saved as DriftReport & { histograms?: DriftRun['histograms'] }).histograms ?? {}) }}
            selected={s.selected}
            onSelect={(c) => s.set({ selected: c })}
            driftShareThreshold={0.5}
          />
        </section>
      ) : (
        s.run && (
          <section className="view" aria-label="Drift report">
            <ReportBody run={s.run} selected={s.selected} onSelect={(c) => s.set({ selected: c })} driftShareThreshold={s.driftShare} />
            {s.run.errors.length > 0 && (
              <div className="warning" role="alert">
                {s.run.errors.map((e) => (
                  <p key={e.column}>{e.message}</p>
                ))}
              </div>
            )}
            <SaveDriftForm workspaceId={workspace.id} data={data} run={s.run} />
          </section>
        )
      )}
      {!s.run && !saved && s.phase === 'idle' && !s.error && (
        <p className="muted">Choose two CSV files with the same columns. Up to a million rows each are read in the background; the window stays responsive.</p>
      )}
      <DriftHistory data={data} />
    </div>
  );
}
