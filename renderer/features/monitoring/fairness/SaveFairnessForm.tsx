import { useState } from 'react';
import type { FairnessColumns, FairnessResult } from '@shared/monitoring';
import { reportError, toast } from '../../../kernel/feedback/toast';
import type { MonitoringData } from '../monitoring-queries';
import { ModelVersionField } from '../ModelVersionField';
import { saveFairnessReport } from './fairness-commands';

/** Saving a computed check as a fairness report, linked to a model version. */
export function SaveFairnessForm({ workspaceId, data, fileName, options, result, limit, groups }: {
  workspaceId: string; data: MonitoringData; fileName: string; options: FairnessColumns; result: FairnessResult; limit: string; groups: string[];
}) {
  const [name, setName] = useState('');
  const [versionId, setVersionId] = useState('');
  const save = async () => {
    const limitValue = Number(limit);
    if (!Number.isFinite(limitValue) || limitValue < 0) {
      toast(`Gap limit must be a non-negative number, not "${limit}"`, 'error');
      return;
    }
    try {
      const saved = await saveFairnessReport(workspaceId, { name, modelVersionId: versionId || null, file: fileName, columns: options, limit: limitValue, result });
      const extra = saved.alertRaised ? ` Fairness alert raised${saved.retrainingItem ? `; created ${saved.retrainingItem}` : ''}.` : '';
      toast(`Saved fairness report ${saved.report.name}.${extra}`, 'success');
      setName('');
    } catch (error) {
      reportError(error);
    }
  };
  const file = { name: fileName };
  return (
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
  );
}
