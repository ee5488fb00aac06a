import { useState } from 'react';
import type { FairnessResult } from '@shared/monitoring';
import { formatValue } from '../monitoring-format';
import { useMonitoringData, versionName } from '../monitoring-queries';
import { useCurrentWorkspace } from '../../../entities/workspaces/queries';
import type { StoredFairnessReport } from './fairness-commands';
import { FairnessColumnsPanel } from './FairnessColumnsPanel';
import { FairnessGroupFilter } from './FairnessGroupFilter';
import { FairnessRatesChart } from './FairnessRatesChart';
import { Rate } from './Rate';
import { SavedFairnessReports } from './SavedFairnessReports';
import { SaveFairnessForm } from './SaveFairnessForm';
import { useFairnessDraft } from './use-fairness-draft';
import '../monitoring.css';

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
      <figure className="fair-chart-figure">
        <FairnessRatesChart result={result} limit={limit} />
        <figcaption className="muted">Shaded: the parity band, as wide as the gap limit ({limit}) and centred between the lowest and highest group. A red dot lies outside it: that rate's gap is over the limit.</figcaption>
      </figure>
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
  const [viewing, setViewing] = useState<string | null>(null);
  const draft = useFairnessDraft(() => setViewing(null));
  const { file, options, computed, limit, limitValue, groups } = draft;
  if (!workspace || data.loading) return null;
  const reports = data.fairnessReports as StoredFairnessReport[];
  const shown = viewing ? reports.find((r) => r.id === viewing) : undefined;

  return (
    <div className="view view-wide">
      <header className="view-header">
        <h1>Fairness</h1>
        <p className="muted">Per-group rates of a model's predictions and the gaps between groups (Fairlearn's definitions). The file stays on this computer.</p>
      </header>
      <FairnessColumnsPanel draft={draft} />
      {file && !shown && <FairnessGroupFilter draft={draft} />}
      {computed.result && !shown && (
        <section className="view" aria-label="Fairness report">
          <FairnessResultView result={computed.result} limit={Number.isFinite(limitValue) ? limitValue : 0.1} />
          {file && options && <SaveFairnessForm workspaceId={workspace.id} data={data} fileName={file.name} options={options} result={computed.result} limit={limit} groups={groups} />}
        </section>
      )}
      {shown && (
        <section className="view" aria-label="Saved fairness report">
          <div className="alert-head">
            <h2>{shown.name}</h2>
            <span className="muted">
              saved {shown.createdAt.slice(0, 10)} · {versionName(data, shown.modelVersionId)} · by {shown.sensitiveColumn}
              {shown.groupsCompared ? ` (${shown.groupsCompared.join(', ')})` : ''}
            </span>
            <button type="button" className="button" onClick={() => setViewing(null)}>
              Close saved report
            </button>
          </div>
          <FairnessResultView result={shown.result} limit={shown.limit ?? 0.1} />
        </section>
      )}
      {!file && !shown && reports.length === 0 && <p className="muted">Choose a CSV with one row per prediction: the true label, the prediction (or a score and a threshold) and the sensitive columns.</p>}
      {reports.length > 0 && <SavedFairnessReports reports={reports} data={data} setViewing={setViewing} />}
    </div>
  );
}
