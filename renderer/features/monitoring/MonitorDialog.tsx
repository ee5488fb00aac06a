import { useState } from 'react';
import { monitorMetrics, type Monitor, type MonitorRule } from '@shared/domain';
import { FormDialog } from '../../kernel/dialogs/FormDialog';
import { defineDialog, type DialogProps } from '../../kernel/dialogs/dialog-stack';
import { createMonitor, updateMonitor } from './monitoring-commands';
import { metricLabel } from './monitoring-format';
import { useMonitoringData, type MonitoringData } from './monitoring-queries';
import { useMonitoringStore } from './monitoring-slice';
import { ModelVersionField } from './ModelVersionField';
import { toast } from '../../kernel/feedback/toast';
import { asOptions, SelectField } from '../../kernel/fields/SelectField';

const environments = ['production', 'staging', 'dev', 'custom'];

function numberField(label: string, text: string, { optional = false, min }: { optional?: boolean; min?: number } = {}): number | null {
  const t = text.trim();
  if (!t) {
    if (optional) return null;
    throw new Error(`${label} is required`);
  }
  const x = Number(t);
  if (!Number.isFinite(x)) throw new Error(`${label} must be a number, not "${t}"`);
  if (min !== undefined && x < min) throw new Error(`${label} must be at least ${min}`);
  return x;
}

interface MonitorDialogProps {
  workspaceId: string;
  monitor?: Monitor;
}

/** Add or edit a monitor: what it watches (model version, environment, metric) and when it triggers. */
export function MonitorDialog({ workspaceId, monitor, onClose }: MonitorDialogProps & DialogProps) {
  const data = useMonitoringData(workspaceId);
  // The form's first choices (the first model version) need the rows: draw it once they are read.
  return data.loading ? null : <MonitorForm workspaceId={workspaceId} monitor={monitor} data={data} close={onClose} />;
}

export const monitorDialog = defineDialog<MonitorDialogProps>('monitoring.monitor', MonitorDialog);

function MonitorForm({ workspaceId, data, monitor, close }: MonitorDialogProps & { data: MonitoringData; close(): void }) {
  const rule = monitor?.rule;
  const [name, setName] = useState(monitor?.name ?? '');
  const [versionId, setVersionId] = useState(monitor?.modelVersionId ?? data.versions[0]?.id ?? '');
  const [environment, setEnvironment] = useState(monitor?.environment ?? 'production');
  const [metric, setMetric] = useState(monitor?.metric ?? 'accuracy');
  const [kind, setKind] = useState<MonitorRule['kind']>(rule?.kind ?? 'threshold');
  const [operator, setOperator] = useState(rule?.kind === 'threshold' ? rule.operator : '<');
  const [threshold, setThreshold] = useState(rule?.kind === 'threshold' ? String(rule.threshold) : '');
  const [baseline, setBaseline] = useState(rule?.kind === 'baseline' ? rule.baseline : 'training');
  const [tolerance, setTolerance] = useState(rule?.kind === 'baseline' ? String(rule.tolerance) : '');
  const [trailingDays, setTrailingDays] = useState(rule?.kind === 'baseline' ? String(rule.trailingDays) : '7');
  const [trainingValue, setTrainingValue] = useState(monitor?.trainingValue === null || monitor?.trainingValue === undefined ? '' : String(monitor.trainingValue));
  const [windowDays, setWindowDays] = useState(String(monitor?.windowDays ?? 1));

  const submit = async () => {
    if (!name.trim()) throw new Error('Name the monitor');
    const window = numberField('Evaluation window', windowDays, { min: 1 }) as number;
    if (!Number.isInteger(window)) throw new Error('Evaluation window must be a whole number of days');
    let parsedRule: MonitorRule;
    if (kind === 'threshold') {
      parsedRule = { kind: 'threshold', operator: operator as '<', threshold: numberField('Threshold', threshold) as number };
    } else {
      const days = numberField('Trailing days', trailingDays, { min: 1 }) as number;
      parsedRule = { kind: 'baseline', baseline: baseline as 'training', tolerance: numberField('Tolerance', tolerance, { min: 0 }) as number, trailingDays: Math.round(days) };
    }
    const training = numberField('Training value', trainingValue, { optional: true });
    if (kind === 'baseline' && baseline === 'training' && training === null) throw new Error('Training value is required for a training baseline');
    const input = { name, modelVersionId: versionId || null, environment, metric, rule: parsedRule, windowDays: window, trainingValue: training };
    if (monitor) await updateMonitor(workspaceId, monitor, input);
    else {
      const created = await createMonitor(workspaceId, input);
      useMonitoringStore.getState().openMonitor(created.id);
    }
    toast(monitor ? `Saved ${input.name.trim()}` : `Added monitor ${input.name.trim()}`, 'success');
    close();
  };

  return (
    <FormDialog title={monitor ? `Edit ${monitor.name}` : 'Add a monitor'} open onClose={close} onSubmit={submit} submitLabel={monitor ? 'Save monitor' : 'Add monitor'} wide>
      <label className="field">
        <span>Name</span>
        <input data-autofocus value={name} onChange={(e) => setName(e.target.value)} placeholder="Accuracy in production" />
      </label>
      <div className="field-row">
        <ModelVersionField data={data} value={versionId} onChange={setVersionId} className="field grow" showStage />
        <label className="field">
          <span>Environment</span>
          <SelectField value={environment} onChange={setEnvironment} options={asOptions([...new Set([...environments, environment])])} />
        </label>
        <label className="field">
          <span>Metric</span>
          <SelectField value={metric} onChange={setMetric} options={monitorMetrics.map((m) => [m, metricLabel(m)] as const)} />
        </label>
      </div>
      <fieldset className="field segmented">
        <legend>Rule</legend>
        <label>
          <input type="radio" name="rule-kind" checked={kind === 'threshold'} onChange={() => setKind('threshold')} /> Fixed threshold
        </label>
        <label>
          <input type="radio" name="rule-kind" checked={kind === 'baseline'} onChange={() => setKind('baseline')} /> Baseline ± tolerance
        </label>
      </fieldset>
      {kind === 'threshold' ? (
        <div className="field-row">
          <label className="field">
            <span>Alert when the value is</span>
            <SelectField value={operator} onChange={setOperator} options={asOptions(['<', '<=', '>', '>='])} />
          </label>
          <label className="field grow">
            <span>Threshold</span>
            <input inputMode="decimal" value={threshold} onChange={(e) => setThreshold(e.target.value)} placeholder="0.9" />
          </label>
        </div>
      ) : (
        <div className="field-row">
          <label className="field">
            <span>Baseline</span>
            <SelectField value={baseline} onChange={setBaseline} options={[['training', 'Training value'], ['trailing', 'Trailing window']]} />
          </label>
          <label className="field grow">
            <span>Tolerance</span>
            <input inputMode="decimal" value={tolerance} onChange={(e) => setTolerance(e.target.value)} placeholder="0.02" />
          </label>
          {baseline === 'trailing' && (
            <label className="field">
              <span>Trailing days</span>
              <input inputMode="numeric" value={trailingDays} onChange={(e) => setTrailingDays(e.target.value)} />
            </label>
          )}
        </div>
      )}
      <div className="field-row">
        <label className="field grow">
          <span>Training value</span>
          <input inputMode="decimal" value={trainingValue} onChange={(e) => setTrainingValue(e.target.value)} placeholder="optional, e.g. 0.93" />
        </label>
        <label className="field grow">
          <span>Evaluation window (days)</span>
          <input inputMode="numeric" value={windowDays} onChange={(e) => setWindowDays(e.target.value)} />
        </label>
      </div>
    </FormDialog>
  );
}
