import { errorMessage } from '@shared/domain';
import { useState } from 'react';
import type { DatasetVersion, DriftReport } from '@shared/domain';
import { DEFAULT_THRESHOLDS, defaultMethod, driftMethods, type DriftMethod } from '@shared/monitoring';
import { useRows } from '../../../data/live-rows';
import { formatCount } from '../monitoring-format';
import { useMonitoringData, versionName } from '../monitoring-queries';
import { useCurrentWorkspace } from '../../../entities/workspaces/queries';
import { createDriftEngine, type DriftEngine } from './drift-client';
import { saveDriftReport } from './drift-commands';
import type { DriftRun } from './drift-job';
import { useDriftStore } from './drift-slice';
import { DriftHistogram } from './DriftHistogram';
import { DriftHistory } from './DriftHistory';
import { DriftReportTable, methodLabels, sortByDrift } from './DriftReportTable';
import '../monitoring.css';
import { ModelVersionField } from '../ModelVersionField';
import '../monitoring.css';
import { reportError, toast } from '../../../kernel/feedback/toast';

let engine: DriftEngine | null = null;
let engineFactory: () => DriftEngine = createDriftEngine;
/** Tests swap the worker for the inline engine. */
export function setDriftEngineFactory(factory: () => DriftEngine): void {
  engine?.dispose();
  engine = null;
  engineFactory = factory;
}
const getEngine = () => (engine ??= engineFactory());

async function compute() {
  const s = useDriftStore.getState();
  s.set({ phase: 'running', error: '' });
  try {
    const run = await getEngine().run({ perColumn: s.choices, driftShare: s.driftShare });
    const first = sortByDrift(run.summary.columns)[0]?.column ?? null;
    useDriftStore.getState().set({ phase: 'done', run, selected: first, savedId: null });
  } catch (error) {
    useDriftStore.getState().set({ phase: 'ready', error: errorMessage(error) });
  }
}

async function load(reference: File, current: File) {
  const s = useDriftStore.getState();
  s.set({ phase: 'loading', referenceName: reference.name, currentName: current.name, progress: { reference: 0, current: 0 }, loaded: null, run: null, choices: {}, error: '', savedId: null });
  try {
    const loaded = await getEngine().load(reference, current, (file, done, total) =>
      useDriftStore.getState().set({ progress: { ...useDriftStore.getState().progress, [file]: total ? done / total : 1 } }),
    );
    useDriftStore.getState().set({ phase: 'ready', loaded });
    await compute();
  } catch (error) {
    useDriftStore.getState().set({ phase: 'idle', error: errorMessage(error) });
  }
}

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
  const datasets = useRows<DatasetVersion>('datasets', workspaceId) ?? [];
  const s = useDriftStore();
  const [reference, setReference] = useState<File | null>(null);
  const [current, setCurrent] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [versionId, setVersionId] = useState('');
  const [refDataset, setRefDataset] = useState('');
  const [curDataset, setCurDataset] = useState('');
  const [saving, setSaving] = useState(false);
  if (!workspace || data.loading) return null;

  const saved = s.savedId ? data.driftReports.find((r) => r.id === s.savedId) : undefined;
  const busy = s.phase === 'loading' || s.phase === 'running';
  const choose = (column: string, patch: { type?: 'num' | 'cat'; method?: DriftMethod | undefined; threshold?: number | undefined }) =>
    s.set({ choices: { ...s.choices, [column]: { ...s.choices[column], ...patch } } });

  const save = async () => {
    if (!s.run) return;
    setSaving(true);
    try {
      const result = await saveDriftReport(workspace.id, {
        name,
        modelVersionId: versionId || null,
        referenceDatasetId: refDataset || null,
        currentDatasetId: curDataset || null,
        referenceFile: s.referenceName,
        currentFile: s.currentName,
        run: s.run,
      });
      const extra = result.alertRaised ? ` Drift alert raised${result.retrainingItem ? `; created ${result.retrainingItem}` : ''}.` : '';
      toast(`Saved drift report ${result.report.name}.${extra}`, 'success');
      setName('');
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  };

  const datasetOptions = datasets.map((d) => (
    <option key={d.id} value={d.id}>
      {d.name} v{d.version}
    </option>
  ));

  return (
    <div className="view view-wide">
      <header className="view-header">
        <h1>Data drift</h1>
        <p className="muted">Compare a reference dataset (e.g. training data) with current data, column by column, as Evidently does by default. Files stay on this computer.</p>
      </header>
      <section className="panel" aria-label="Files">
        <div className="file-pick">
          <label className="field">
            <span>Reference CSV</span>
            <input type="file" accept=".csv,text/csv" disabled={busy} onChange={(e) => setReference(e.target.files?.[0] ?? null)} />
          </label>
          <label className="field">
            <span>Current CSV</span>
            <input type="file" accept=".csv,text/csv" disabled={busy} onChange={(e) => setCurrent(e.target.files?.[0] ?? null)} />
          </label>
          <button type="button" className="button primary" disabled={!reference || !current || busy} onClick={() => reference && current && void load(reference, current)}>
            Compare files
          </button>
        </div>
        {s.phase === 'loading' && (
          <div className="progress-line" role="status">
            <span>Reading files in the background…</span>
            <progress aria-label={`Reading ${s.referenceName}`} value={s.progress.reference} max={1} />
            <progress aria-label={`Reading ${s.currentName}`} value={s.progress.current} max={1} />
          </div>
        )}
        {s.phase === 'running' && <p role="status">Computing drift…</p>}
        {s.error && (
          <p className="error" role="alert">
            {s.error}
          </p>
        )}
        {s.loaded && (
          <p className="muted">
            {s.referenceName}: {formatCount(s.loaded.referenceRows)} rows · {s.currentName}: {formatCount(s.loaded.currentRows)} rows · {s.loaded.columns.length} shared columns
          </p>
        )}
      </section>

      {s.loaded && !saved && (
        <details className="panel">
          <summary>Column types, methods and thresholds</summary>
          <table className="data-table drift-table">
            <caption className="sr-only">Column settings</caption>
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Type</th>
                <th scope="col">Method</th>
                <th scope="col">Threshold</th>
                <th scope="col" className="num">
                  Values (ref / cur)
                </th>
              </tr>
            </thead>
            <tbody>
              {s.loaded.columns.map((c) => {
                const choice = s.choices[c.name] ?? {};
                const type = choice.type ?? c.type;
                const auto = defaultMethod(type, c.nReference, c.distinct);
                return (
                  <tr key={c.name}>
                    <th scope="row">{c.name}</th>
                    <td>
                      <select aria-label={`Type of ${c.name}`} value={type} onChange={(e) => choose(c.name, { type: e.target.value as 'num' | 'cat' })}>
                        <option value="num">numeric</option>
                        <option value="cat">categorical</option>
                      </select>
                    </td>
                    <td>
                      <select aria-label={`Method for ${c.name}`} value={choice.method ?? ''} onChange={(e) => choose(c.name, { method: (e.target.value || undefined) as DriftMethod | undefined })}>
                        <option value="">Default ({methodLabels[auto]})</option>
                        {driftMethods.map((m) => (
                          <option key={m} value={m}>
                            {methodLabels[m]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input
                        aria-label={`Threshold for ${c.name}`}
                        inputMode="decimal"
                        placeholder={String(DEFAULT_THRESHOLDS[choice.method ?? auto])}
                        defaultValue={choice.threshold ?? ''}
                        onBlur={(e) => {
                          const t = e.target.value.trim();
                          const x = Number(t);
                          if (t && (!Number.isFinite(x) || x < 0)) {
                            toast(`Threshold for ${c.name} must be a non-negative number, not "${t}"`, 'error');
                            return;
                          }
                          choose(c.name, { threshold: t ? x : undefined });
                        }}
                      />
                    </td>
                    <td className="num">
                      {formatCount(c.nReference)} / {formatCount(c.nCurrent)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="field-row" style={{ marginTop: 10 }}>
            <label className="field">
              <span>Dataset drifts when this share of columns drift</span>
              <input inputMode="decimal" defaultValue={s.driftShare} onBlur={(e) => {
                const x = Number(e.target.value);
                if (Number.isFinite(x) && x > 0 && x <= 1) s.set({ driftShare: x });
                else toast('The drift share must be a number above 0 and at most 1', 'error');
              }} />
            </label>
            <button type="button" className="button" disabled={busy} onClick={() => void compute()}>
              Recompute drift
            </button>
          </div>
        </details>
      )}

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
            <form
              className="panel form"
              aria-label="Save report"
              onSubmit={(e) => {
                e.preventDefault();
                void save();
              }}
            >
              <h2>Save this report</h2>
              <div className="field-row" style={{ flexWrap: 'wrap' }}>
                <label className="field grow">
                  <span>Report name</span>
                  <input value={name} onChange={(e) => setName(e.target.value)} placeholder={`${s.referenceName} → ${s.currentName}`} />
                </label>
                <ModelVersionField data={data} value={versionId} onChange={setVersionId} />
                <label className="field">
                  <span>Reference dataset</span>
                  <select value={refDataset} onChange={(e) => setRefDataset(e.target.value)}>
                    <option value="">— none —</option>
                    {datasetOptions}
                  </select>
                </label>
                <label className="field">
                  <span>Current dataset</span>
                  <select value={curDataset} onChange={(e) => setCurDataset(e.target.value)}>
                    <option value="">— none —</option>
                    {datasetOptions}
                  </select>
                </label>
                <button type="submit" className="button primary" disabled={saving}>
                  Save report
                </button>
              </div>
            </form>
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
