import { errorMessage, type Monitor } from '@shared/domain';
import { useMemo, useState } from 'react';
import { parseMetricSeries, type SeriesMapping, type SeriesParseResult, type TimestampGuess } from '@shared/monitoring';
import { detect, seriesColumns, type Loaded } from './series-file';
import { Modal } from '../../../kernel/dialogs/Modal';
import { defineDialog, type DialogProps } from '../../../kernel/dialogs/dialog-stack';
import { SelectField, type SelectOption } from '../../../kernel/fields/SelectField';
import { toast } from '../../../kernel/feedback/toast';
import { importMetricPoints } from '../monitoring-commands';
import { SeriesFormatHint } from './SeriesFormatHint';
import { SeriesPreview } from './SeriesPreview';

function TimeColumnNote({ found, chosen }: { found: TimestampGuess | null; chosen: string | undefined }) {
  const text = !chosen
    ? 'No time column found: choose the one that holds the dates or times.'
    : found && found.column === chosen
      ? `Time column: ${chosen}, because ${found.reason}. Change it below if that is wrong.`
      : `Time column: ${chosen} (your choice).`;
  return (
    <p className="muted" role="note" aria-label="Time column">
      {text}
    </p>
  );
}

interface SeriesImportProps {
  workspaceId: string;
  monitor: Monitor;
  initial?: Loaded;
}

/** Import a metric series from CSV or JSON: a format hint, the columns found, a preview and problems by line. */
export function SeriesImportDialog({ workspaceId, monitor, initial, onClose }: SeriesImportProps & DialogProps) {
  const first = useMemo(() => (initial ? detect(initial) : { mapping: {}, found: null }), [initial]);
  const [file, setFile] = useState<Loaded | null>(initial ?? null);
  const [mapping, setMapping] = useState<Partial<SeriesMapping>>(first.mapping);
  const [found, setFound] = useState<TimestampGuess | null>(first.found);
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
      const loaded = { name: picked.name, text, columns };
      const detected = detect(loaded);
      setFile(loaded);
      setMapping(detected.mapping);
      setFound(detected.found);
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
      onClose();
    } catch (error) {
      setFileError(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const columnSelect = (key: keyof SeriesMapping, label: string, optional: boolean) => {
    const options: SelectOption<string | null>[] = [[null, optional ? '— none —' : '— choose —'], ...(file?.columns ?? []).map((c) => [c, c] as const)];
    return (
      <label className="field grow">
        <span>{label}</span>
        <SelectField value={mapping[key] ?? null} onChange={(column) => setMapping({ ...mapping, [key]: column ?? undefined })} options={options} />
      </label>
    );
  };

  return (
    <Modal title={`Import values into ${monitor.name}`} open onClose={onClose} wide>
      <div className="form">
        <label className="field">
          <span>Metrics file (CSV or JSON)</span>
          <input data-autofocus type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
        <SeriesFormatHint open={!file} />
        {file && (
          <section className="mapping-preview" aria-label="Column mapping">
            <p className="muted">
              {file.name}: {file.columns.length} columns. Map them to the series.
            </p>
            <TimeColumnNote found={found} chosen={mapping.timestamp ?? undefined} />
            <div className="field-row">
              {columnSelect('timestamp', 'Timestamp column', false)}
              {columnSelect('value', 'Value column', false)}
              {columnSelect('metric', 'Metric column', true)}
              {columnSelect('segment', 'Segment column', true)}
            </div>
            {mapping.metric && metricsInFile.length > 0 && (
              <label className="field">
                <span>Metric to import</span>
                <SelectField value={chosenMetric ?? metricsInFile[0]} onChange={setMetricValue} options={metricsInFile.map((m) => [m, m] as const)} />
              </label>
            )}
            {parsed.error && (
              <p className="error" role="alert">
                {parsed.error}
              </p>
            )}
            {parsed.result && <SeriesPreview monitor={monitor} points={points} problems={parsed.result.problems} />}
          </section>
        )}
        {fileError && (
          <p className="error" role="alert">
            {fileError}
          </p>
        )}
        <footer className="modal-footer">
          <button type="button" className="button" onClick={onClose}>
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

export const seriesImportDialog = defineDialog<SeriesImportProps>('monitoring.import-series', SeriesImportDialog);
