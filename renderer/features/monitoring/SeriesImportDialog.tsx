import { errorMessage } from '@shared/domain';
import { useMemo, useState } from 'react';
import Papa from 'papaparse';
import type { Monitor } from '@shared/domain';
import { guessSeriesMapping, parseMetricSeries, type SeriesMapping, type SeriesParseResult } from '@shared/monitoring';
import { Modal } from '../../kernel/dialogs/Modal';
import { importMetricPoints } from './monitoring-commands';
import { formatValue } from './monitoring-format';
import { useMonitoringStore } from './monitoring-slice';
import { toast } from '../../kernel/feedback/toast';

const PREVIEW_ROWS = 8;
const PROBLEMS_SHOWN = 20;

/** The columns of a metrics file (CSV header, or the keys of a JSON array's objects). */
export function seriesColumns(text: string): string[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      const json = JSON.parse(trimmed) as unknown;
      const list = Array.isArray(json) ? json : (json as { points?: unknown }).points;
      if (!Array.isArray(list)) return [];
      return [...new Set(list.flatMap((r) => (r && typeof r === 'object' ? Object.keys(r as object) : [])))];
    } catch {
      return [];
    }
  }
  const first = Papa.parse<string[]>(trimmed, { preview: 1 });
  return (first.data[0] ?? []).map((c) => c.trim()).filter(Boolean);
}

interface Loaded {
  name: string;
  text: string;
  columns: string[];
}

/** Import a metric series from CSV or JSON, with a column-mapping preview and problems by line. */
export function SeriesImportDialog({ workspaceId, monitor, initial }: { workspaceId: string; monitor: Monitor; initial?: Loaded }) {
  const close = useMonitoringStore((s) => s.close);
  const [file, setFile] = useState<Loaded | null>(initial ?? null);
  const [mapping, setMapping] = useState<Partial<SeriesMapping>>(initial ? guessSeriesMapping(initial.columns) : {});
  const [metricValue, setMetricValue] = useState<string | null>(null);
  const [fileError, setFileError] = useState('');
  const [busy, setBusy] = useState(false);

  const choose = async (picked: File | undefined) => {
    if (!picked) return;
    setFileError('');
    try {
      const text = await picked.text();
      const columns = seriesColumns(text);
      if (!columns.length) throw new Error(`${picked.name}: no columns found (expected a CSV header row or a JSON array of objects)`);
      setFile({ name: picked.name, text, columns });
      setMapping(guessSeriesMapping(columns));
      setMetricValue(null);
    } catch (error) {
      setFile(null);
      setFileError(errorMessage(error));
    }
  };

  const parsed = useMemo((): { result: SeriesParseResult | null; error: string } => {
    if (!file) return { result: null, error: '' };
    if (!mapping.timestamp || !mapping.value) return { result: null, error: 'Choose the timestamp and value columns.' };
    try {
      return { result: parseMetricSeries(file.name, file.text, mapping as SeriesMapping), error: '' };
    } catch (error) {
      return { result: null, error: errorMessage(error) };
    }
  }, [file, mapping]);

  const metricsInFile = useMemo(() => [...new Set((parsed.result?.points ?? []).map((p) => p.metric ?? ''))].filter(Boolean).sort(), [parsed.result]);
  const chosenMetric = mapping.metric ? (metricValue ?? (metricsInFile.includes(monitor.metric) ? monitor.metric : (metricsInFile[0] ?? null))) : null;
  const points = useMemo(() => (parsed.result?.points ?? []).filter((p) => !chosenMetric || p.metric === chosenMetric), [parsed.result, chosenMetric]);

  const importNow = async () => {
    setBusy(true);
    try {
      const result = await importMetricPoints(workspaceId, monitor, points);
      const extra = result.alertsRaised ? ` ${result.alertsRaised} alert raised${result.retrainingItems.length ? `; created ${result.retrainingItems.join(', ')}` : ''}.` : '';
      toast(`Imported ${points.length} value${points.length === 1 ? '' : 's'} into ${monitor.name}.${extra}`, result.alertsRaised ? 'info' : 'success');
      close();
    } catch (error) {
      setFileError(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const columnSelect = (key: keyof SeriesMapping, label: string, optional: boolean) => (
    <label className="field grow">
      <span>{label}</span>
      <select value={mapping[key] ?? ''} onChange={(e) => setMapping({ ...mapping, [key]: e.target.value || null })}>
        <option value="">{optional ? '— none —' : '— choose —'}</option>
        {file?.columns.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
    </label>
  );

  const problems = parsed.result?.problems ?? [];
  return (
    <Modal title={`Import values into ${monitor.name}`} open onClose={close} wide>
      <div className="form">
        <label className="field">
          <span>Metrics file (CSV or JSON)</span>
          <input data-autofocus type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
        {file && (
          <section className="mapping-preview" aria-label="Column mapping">
            <p className="muted">
              {file.name}: {file.columns.length} columns. Map them to the series.
            </p>
            <div className="field-row">
              {columnSelect('timestamp', 'Timestamp column', false)}
              {columnSelect('value', 'Value column', false)}
              {columnSelect('metric', 'Metric column', true)}
              {columnSelect('segment', 'Segment column', true)}
            </div>
            {mapping.metric && metricsInFile.length > 0 && (
              <label className="field">
                <span>Metric to import</span>
                <select value={chosenMetric ?? ''} onChange={(e) => setMetricValue(e.target.value)}>
                  {metricsInFile.map((m) => (
                    <option key={m}>{m}</option>
                  ))}
                </select>
              </label>
            )}
            {parsed.error && (
              <p className="error" role="alert">
                {parsed.error}
              </p>
            )}
            {parsed.result && (
              <>
                <p className="preview-count" role="status">
                  {points.length} value{points.length === 1 ? '' : 's'} ready
                  {problems.length ? `, ${problems.length} row${problems.length === 1 ? '' : 's'} skipped` : ''}
                </p>
                <table className="data-table">
                  <caption className="sr-only">First rows to import</caption>
                  <thead>
                    <tr>
                      <th scope="col">Time</th>
                      <th scope="col" className="num">
                        Value
                      </th>
                      <th scope="col">Metric</th>
                      <th scope="col">Segment</th>
                    </tr>
                  </thead>
                  <tbody>
                    {points.slice(0, PREVIEW_ROWS).map((p, i) => (
                      <tr key={i}>
                        <td>{p.timestamp.replace('T', ' ').slice(0, 16)}</td>
                        <td className="num">{formatValue(p.value)}</td>
                        <td>{p.metric ?? monitor.metric}</td>
                        <td>{p.segment ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {points.length > PREVIEW_ROWS && <p className="muted">… and {points.length - PREVIEW_ROWS} more.</p>}
                {problems.length > 0 && (
                  <div className="warning">
                    <strong>Skipped rows</strong>
                    <ul className="problem-list" aria-label="Problems">
                      {problems.slice(0, PROBLEMS_SHOWN).map((p) => (
                        <li key={p.line}>
                          Line {p.line}: {p.message}
                        </li>
                      ))}
                    </ul>
                    {problems.length > PROBLEMS_SHOWN && <p>… and {problems.length - PROBLEMS_SHOWN} more.</p>}
                  </div>
                )}
              </>
            )}
          </section>
        )}
        {fileError && (
          <p className="error" role="alert">
            {fileError}
          </p>
        )}
        <footer className="modal-footer">
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="button" className="button primary" disabled={busy || !points.length} onClick={() => void importNow()}>
            Import {points.length} value{points.length === 1 ? '' : 's'}
          </button>
        </footer>
      </div>
    </Modal>
  );
}
