import { useState } from 'react';
import { formatCount } from '../monitoring-format';
import { load } from './drift-engine';
import { useDriftStore } from './drift-slice';

/** Choosing the reference and current CSV files, with reading progress and errors. */
export function DriftFilesPanel() {
  const s = useDriftStore();
  const [reference, setReference] = useState<File | null>(null);
  const [current, setCurrent] = useState<File | null>(null);
  const busy = s.phase === 'loading' || s.phase === 'running';
  return (
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
  );
}
