import { useState } from 'react';
import type { Monitor } from '@shared/domain';
import { FormDialog } from '../../kernel/dialogs/FormDialog';
import { defineDialog, type DialogProps } from '../../kernel/dialogs/dialog-stack';
import { addMetricPoint } from './monitoring-commands';
import { metricLabel } from './monitoring-format';
import { toast } from '../../kernel/feedback/toast';

const localNow = () => {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
};

/** One value entered by hand (undoable). */
export function AddPointDialog({ workspaceId, monitor, onClose: close }: { workspaceId: string; monitor: Monitor } & DialogProps) {
  const [time, setTime] = useState(localNow);
  const [value, setValue] = useState('');
  const [segment, setSegment] = useState('');
  const submit = async () => {
    const x = Number(value.trim());
    if (!value.trim() || !Number.isFinite(x)) throw new Error(`Value must be a number, not "${value}"`);
    const at = new Date(time);
    if (Number.isNaN(at.getTime())) throw new Error('Time must be a date and time');
    const result = await addMetricPoint(workspaceId, monitor, { timestamp: at.toISOString(), value: x, segment: segment.trim() || null });
    toast(result.alertsRaised ? `${monitor.name} triggered: alert raised` : `Added ${formatLabel(monitor)} ${x}`, result.alertsRaised ? 'info' : 'success');
    close();
  };
  return (
    <FormDialog title={`Add a value to ${monitor.name}`} open onClose={close} onSubmit={submit} submitLabel="Add value">
      <div className="field-row">
        <label className="field grow">
          <span>Time</span>
          <input type="datetime-local" value={time} onChange={(e) => setTime(e.target.value)} />
        </label>
        <label className="field grow">
          <span>{metricLabel(monitor.metric)} value</span>
          <input data-autofocus inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
      </div>
      <label className="field">
        <span>Segment</span>
        <input value={segment} onChange={(e) => setSegment(e.target.value)} placeholder="optional, e.g. region=eu" />
      </label>
    </FormDialog>
  );
}

const formatLabel = (monitor: Monitor) => metricLabel(monitor.metric);

export const addPointDialog = defineDialog<{ workspaceId: string; monitor: Monitor }>('monitoring.add-point', AddPointDialog);
