import { useState } from 'react';
import { useMonitoringData, versionName } from '../monitoring-queries';
import { useCurrentWorkspace } from '../../../entities/workspaces/queries';
import type { StoredFairnessReport } from './fairness-commands';
import { FairnessColumnsPanel } from './FairnessColumnsPanel';
import { FairnessGroupFilter } from './FairnessGroupFilter';
import { FairnessResultView } from './FairnessResultView';
import { SavedFairnessReports } from './SavedFairnessReports';
import { SaveFairnessForm } from './SaveFairnessForm';
import { useFairnessDraft } from './use-fairness-draft';
import '../monitoring.css';

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
