import { SelectField } from '../../../kernel/fields/SelectField';
import { datasetName } from '@shared/models';
import { useState } from 'react';
import { reportError, toast } from '../../../kernel/feedback/toast';
import type { MonitoringData } from '../monitoring-queries';
import { ModelVersionField } from '../ModelVersionField';
import { useRows } from '../../../data/live-rows';
import { saveDriftReport } from './drift-commands';
import type { DriftRun } from './drift-job';
import { useDriftStore } from './drift-slice';

/** Saving a computed run as a drift report, linked to a model version and datasets. */
export function SaveDriftForm({ workspaceId, data, run }: { workspaceId: string; data: MonitoringData; run: DriftRun }) {
  const s = useDriftStore();
  const datasets = useRows('datasets', workspaceId) ?? [];
  const [name, setName] = useState('');
  const [versionId, setVersionId] = useState('');
  const [refDataset, setRefDataset] = useState('');
  const [curDataset, setCurDataset] = useState('');
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    try {
      const result = await saveDriftReport(workspaceId, {
        name,
        modelVersionId: versionId || null,
        referenceDatasetId: refDataset || null,
        currentDatasetId: curDataset || null,
        referenceFile: s.referenceName,
        currentFile: s.currentName,
        run,
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

  const datasetOptions = [['', '— none —'] as const, ...datasets.map((d) => [d.id, datasetName(d)] as const)];

  return (
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
          <SelectField value={refDataset} onChange={setRefDataset} options={datasetOptions} />
        </label>
        <label className="field">
          <span>Current dataset</span>
          <SelectField value={curDataset} onChange={setCurDataset} options={datasetOptions} />
        </label>
        <button type="submit" className="button primary" disabled={saving}>
          Save report
        </button>
      </div>
    </form>
  );
}
