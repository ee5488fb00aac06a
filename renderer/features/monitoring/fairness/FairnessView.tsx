import { errorMessage } from '@shared/domain';
import { useMemo, useState } from 'react';
import { fairnessFromDataset, readCsvText, type Dataset, type FairnessColumns, type FairnessResult } from '@shared/monitoring';
import { formatCount, formatValue } from '../monitoring-format';
import { useMonitoringData, versionName } from '../monitoring-queries';
import { useCurrentWorkspace } from '../../../entities/workspaces/queries';
import { saveFairnessReport, type StoredFairnessReport } from './fairness-commands';
import '../monitoring.css';
import { ModelVersionField } from '../ModelVersionField';
import '../monitoring.css';
import { reportError, toast } from '../../../kernel/feedback/toast';

const guess = (columns: string[], re: RegExp) => columns.find((c) => re.test(c)) ?? '';

/** A rate a group cannot have is "n/a", never 0. */
export function Rate({ value }: { value: number | null }) {
  if (value === null) {
    return (
      <span className="na" title="Undefined for this group">
        n/a
      </span>
    );
  }
  return <>{formatValue(value)}</>;
}

/** Per-group rates and the between-group gaps, as Fairlearn defines them. */
export function FairnessResultView({ result, limit }: { result: FairnessResult; limit: number }) {
  const metric = (label: string, value: number | null, gap: boolean) => (
    <div className={`stat ${gap && value !== null && value > limit ? 'over' : ''}`}>
      <span className="stat-value">
        <Rate value={value} />
      </span>
      <span className="stat-label">
        {label}
        {gap && value !== null && value > limit ? ` — over the ${limit} limit` : ''}
      </span>
    </div>
  );
  return (
    <>
      <div className="fair-metrics" aria-label="Fairness metrics">
        {metric('Demographic parity difference', result.demographicParityDifference, true)}
        {metric('Demographic parity ratio', result.demographicParityRatio, false)}
        {metric('Equalized odds difference', result.equalizedOddsDifference, true)}
        {metric('Equalized odds ratio', result.equalizedOddsRatio, false)}
        {metric('Equal opportunity difference', result.equalOpportunityDifference, false)}
      </div>
      <table className="data-table rates-table">
        <caption>Rates per group</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col" className="num">
              n
            </th>
            <th scope="col" className="num">
              Selection rate
            </th>
            <th scope="col" className="num">
              TPR
            </th>
            <th scope="col" className="num">
              FPR
            </th>
            <th scope="col" className="num">
              Precision
            </th>
            <th scope="col" className="num">
              Accuracy
            </th>
          </tr>
        </thead>
        <tbody>
          {result.groups.map((g) => (
            <tr key={g.group}>
              <th scope="row">{g.group}</th>
              <td className="num">{g.n}</td>
              <td className="num">{formatValue(g.selectionRate)}</td>
              <td className="num">
                <Rate value={g.tpr} />
              </td>
              <td className="num">
                <Rate value={g.fpr} />
              </td>
              <td className="num">
                <Rate value={g.precision} />
              </td>
              <td className="num">{formatValue(g.accuracy)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.warnings.length > 0 && (
        <div className="warning" role="note" aria-label="Warnings">
          <ul className="problem-list">
            {result.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** Group fairness of a model's predictions from a CSV (label, prediction or score, sensitive columns). */
export function FairnessView() {
  const workspace = useCurrentWorkspace();
  const data = useMonitoringData(workspace?.id ?? null);
  const [file, setFile] = useState<{ name: string; dataset: Dataset } | null>(null);
  const [fileError, setFileError] = useState('');
  const [label, setLabel] = useState('');
  const [prediction, setPrediction] = useState('');
  const [isScore, setIsScore] = useState(false);
  const [threshold, setThreshold] = useState('0.5');
  const [groups, setGroups] = useState<string[]>([]);
  const [positive, setPositive] = useState('');
  const [limit, setLimit] = useState('0.1');
  const [name, setName] = useState('');
  const [versionId, setVersionId] = useState('');
  const [viewing, setViewing] = useState<string | null>(null);

  const choose = async (picked: File | undefined) => {
    if (!picked) return;
    setFileError('');
    try {
      const dataset = readCsvText(await picked.text(), picked.name);
      const cols = dataset.columns;
      setFile({ name: picked.name, dataset });
      const l = guess(cols, /^(y_true|label|target|actual|y)$/i);
      const p = guess(cols, /^(y_pred|prediction|predicted|pred|score|y_score|probability)$/i);
      setLabel(l);
      setPrediction(p);
      setIsScore(/score|prob/i.test(p));
      setGroups(cols.filter((c) => c !== l && c !== p && /group|sex|gender|race|age|ethnic|region|sensitive/i.test(c)).slice(0, 1));
      setViewing(null);
    } catch (error) {
      setFile(null);
      setFileError(errorMessage(error));
    }
  };

  const limitValue = Number(limit);
  const options: FairnessColumns | null = label && prediction && groups.length ? { label, prediction, groups, positive: positive.trim() || undefined, threshold: isScore ? Number(threshold) : undefined } : null;
  const computed = useMemo((): { result: FairnessResult | null; error: string } => {
    if (!file || !options) return { result: null, error: '' };
    if (isScore && !Number.isFinite(options.threshold)) return { result: null, error: `Threshold must be a number, not "${threshold}"` };
    try {
      return { result: fairnessFromDataset(file.dataset, options), error: '' };
    } catch (error) {
      return { result: null, error: `${file.name}: ${errorMessage(error)}` };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file, label, prediction, isScore, threshold, groups, positive]);

  if (!workspace || data.loading) return null;
  const reports = data.fairnessReports as StoredFairnessReport[];
  const shown = viewing ? reports.find((r) => r.id === viewing) : undefined;

  const save = async () => {
    if (!computed.result || !options || !file) return;
    if (!Number.isFinite(limitValue) || limitValue < 0) {
      toast(`Gap limit must be a non-negative number, not "${limit}"`, 'error');
      return;
    }
    try {
      const saved = await saveFairnessReport(workspace.id, { name, modelVersionId: versionId || null, file: file.name, columns: options, limit: limitValue, result: computed.result });
      const extra = saved.alertRaised ? ` Fairness alert raised${saved.retrainingItem ? `; created ${saved.retrainingItem}` : ''}.` : '';
      toast(`Saved fairness report ${saved.report.name}.${extra}`, 'success');
      setName('');
    } catch (error) {
      reportError(error);
    }
  };

  const columns = file?.dataset.columns ?? [];
  return (
    <div className="view view-wide">
      <header className="view-header">
        <h1>Fairness</h1>
        <p className="muted">Per-group rates of a model's predictions and the gaps between groups (Fairlearn's definitions). The file stays on this computer.</p>
      </header>
      <section className="panel form" aria-label="Predictions">
        <label className="field" style={{ maxWidth: 420 }}>
          <span>Predictions CSV</span>
          <input type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
        {fileError && (
          <p className="error" role="alert">
            {fileError}
          </p>
        )}
        {file && (
          <>
            <p className="muted">
              {file.name}: {formatCount(file.dataset.rowCount)} rows, columns {columns.join(', ')}
            </p>
            <div className="field-row" style={{ flexWrap: 'wrap' }}>
              <label className="field">
                <span>Label column</span>
                <select value={label} onChange={(e) => setLabel(e.target.value)}>
                  <option value="">— choose —</option>
                  {columns.map((c) => (
                    <option key={c}>{c}</option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span>Prediction column</span>
                <select value={prediction} onChange={(e) => setPrediction(e.target.value)}>
                  <option value="">— choose —</option>
                  {columns.map((c) => (
                    <option key={c}>{c}</option>
                  ))}
                </select>
              </label>
              <label className="inline-check" style={{ paddingBottom: 8 }}>
                <input type="checkbox" checked={isScore} onChange={(e) => setIsScore(e.target.checked)} /> Prediction is a score
              </label>
              {isScore && (
                <label className="field">
                  <span>Score threshold</span>
                  <input inputMode="decimal" value={threshold} onChange={(e) => setThreshold(e.target.value)} />
                </label>
              )}
              <label className="field">
                <span>Positive label</span>
                <input value={positive} onChange={(e) => setPositive(e.target.value)} placeholder="auto (1, true, yes)" />
              </label>
              <label className="field">
                <span>Gap limit</span>
                <input inputMode="decimal" value={limit} onChange={(e) => setLimit(e.target.value)} />
              </label>
            </div>
            <fieldset>
              <legend>Sensitive columns</legend>
              <div className="check-list">
                {columns
                  .filter((c) => c !== label && c !== prediction)
                  .map((c) => (
                    <label key={c}>
                      <input type="checkbox" checked={groups.includes(c)} onChange={(e) => setGroups(e.target.checked ? [...groups, c] : groups.filter((g) => g !== c))} /> {c}
                    </label>
                  ))}
              </div>
            </fieldset>
            {!options && <p className="muted">Choose the label and prediction columns and at least one sensitive column.</p>}
            {computed.error && (
              <p className="error" role="alert">
                {computed.error}
              </p>
            )}
          </>
        )}
      </section>
      {computed.result && !shown && (
        <section className="view" aria-label="Fairness report">
          <FairnessResultView result={computed.result} limit={Number.isFinite(limitValue) ? limitValue : 0.1} />
          <form
            className="panel field-row"
            aria-label="Save fairness report"
            style={{ flexWrap: 'wrap' }}
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <label className="field grow">
              <span>Report name</span>
              <input value={name} onChange={(e) => setName(e.target.value)} placeholder={`${file?.name} by ${groups.join(', ')}`} />
            </label>
            <ModelVersionField data={data} value={versionId} onChange={setVersionId} />
            <button type="submit" className="button primary">
              Save report
            </button>
          </form>
        </section>
      )}
      {shown && (
        <section className="view" aria-label="Saved fairness report">
          <div className="alert-head">
            <h2>{shown.name}</h2>
            <span className="muted">
              saved {shown.createdAt.slice(0, 10)} · {versionName(data, shown.modelVersionId)} · by {shown.sensitiveColumn}
            </span>
            <button type="button" className="button" onClick={() => setViewing(null)}>
              Close saved report
            </button>
          </div>
          <FairnessResultView result={shown.result} limit={shown.limit ?? 0.1} />
        </section>
      )}
      {!file && !shown && reports.length === 0 && <p className="muted">Choose a CSV with one row per prediction: the true label, the prediction (or a score and a threshold) and the sensitive columns.</p>}
      {reports.length > 0 && (
        <section className="panel" aria-labelledby="fair-saved">
          <h2 id="fair-saved">Saved reports</h2>
          <table className="data-table">
            <caption className="sr-only">Saved fairness reports</caption>
            <thead>
              <tr>
                <th scope="col">Saved</th>
                <th scope="col">Report</th>
                <th scope="col">Model version</th>
                <th scope="col">Sensitive</th>
                <th scope="col" className="num">
                  DP difference
                </th>
                <th scope="col" className="num">
                  EO difference
                </th>
              </tr>
            </thead>
            <tbody>
              {[...reports].reverse().map((r) => (
                <tr key={r.id}>
                  <td>{r.createdAt.replace('T', ' ').slice(0, 16)}</td>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => setViewing(r.id)}>
                      {r.name}
                    </button>
                  </th>
                  <td>{versionName(data, r.modelVersionId)}</td>
                  <td>{r.sensitiveColumn}</td>
                  <td className="num">
                    <Rate value={r.result?.demographicParityDifference ?? null} />
                  </td>
                  <td className="num">
                    <Rate value={r.result?.equalizedOddsDifference ?? null} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
